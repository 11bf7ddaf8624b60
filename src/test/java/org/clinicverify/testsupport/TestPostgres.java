package org.clinicverify.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL on 127.0.0.1:5432 (CI starts it). Each caller gets a fresh, empty database so
 * tests never see each other's rows. Outside CI a machine without PostgreSQL skips these tests with
 * a message; in CI (CI=true) a missing PostgreSQL fails them. The databases a test JVM created are
 * dropped when it exits, so runs do not pile them up on a developer's server.
 */
public final class TestPostgres {

    private static final String SERVER = System.getenv().getOrDefault("CLINICVERIFY_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("CLINICVERIFY_TEST_PG_USER", "postgres");

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated, "drop-test-databases"));
    }

    private TestPostgres() {
    }

    public static String user() {
        return USER;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String freshDatabase(String purpose) {
        String name = ("cv_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = DriverManager.getConnection(SERVER + "test", USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            CREATED.add(name);
        } catch (SQLException e) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            if (ci) {
                throw new IllegalStateException("PostgreSQL at " + SERVER + " is required in CI: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + " (" + e.getMessage() + "); skipping");
        }
        return SERVER + name;
    }

    /** FORCE: connection pools of contexts still closing at exit must not keep a database alive. */
    private static void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER + "test", USER, "");
             Statement statement = admin.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }
}
