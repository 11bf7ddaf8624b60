package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.clinicverify.ClinicVerifyCommand;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code clinic-verify reindex} in a command-line context (no HTTP server). */
class ReindexCommandTest {

    @Test
    void reindexCommandRebuildsTheIndexBehindTheAlias() throws IOException {
        try (ApplicationContext context = ApplicationContext.run(TestApp.withH2(), "cli")) {
            context.getBean(ListingRepository.class).save(Listings.clinic("cmd.example", "Command Clinic", 40, -100,
                    List.of(), List.of(), List.of(), 60, context.getBean(JsonMapper.class)));
            ClinicIndexAdmin admin = context.getBean(ClinicIndexAdmin.class);

            int exit = new CommandLine(ClinicVerifyCommand.class, new MicronautFactory(context)).execute("reindex");

            assertEquals(0, exit);
            Set<String> indices = admin.indicesBehindAlias();
            assertEquals(1, indices.size());
            assertTrue(indices.iterator().next().startsWith(admin.alias() + "_v" + admin.mappingVersion() + "_"), indices.toString());
            assertEquals(1, context.getBean(co.elastic.clients.elasticsearch.ElasticsearchClient.class)
                    .count(c -> c.index(admin.alias())).count());
        }
    }
}
