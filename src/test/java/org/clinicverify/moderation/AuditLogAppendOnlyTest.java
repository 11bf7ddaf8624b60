package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;
import org.junit.jupiter.api.Test;

/** Nothing in the application can change or remove an audit line: the repository only inserts and reads. */
class AuditLogAppendOnlyTest {

    @Test
    void theAuditRepositoryIsNotACrudRepository() {
        assertFalse(CrudRepository.class.isAssignableFrom(AuditLog.class));
    }

    @Test
    void theAuditRepositoryOnlySavesAndReads() {
        List<String> writers = Arrays.stream(AuditLog.class.getMethods())
                .map(Method::getName)
                .filter(name -> !name.equals("save") && !name.startsWith("find") && !name.equals("search"))
                .toList();

        assertEquals(List.of(), writers);
    }

    @Test
    void noQueryOfTheAuditRepositoryUpdatesOrDeletes() {
        List<String> writing = Arrays.stream(AuditLog.class.getMethods())
                .filter(method -> method.isAnnotationPresent(Query.class))
                .map(method -> method.getAnnotation(Query.class).value().toLowerCase(Locale.ROOT))
                .filter(sql -> sql.contains("update") || sql.contains("delete") || sql.contains("truncate"))
                .toList();

        assertEquals(List.of(), writing);
    }
}
