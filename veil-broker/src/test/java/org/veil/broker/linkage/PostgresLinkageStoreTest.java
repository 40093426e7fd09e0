package org.veil.broker.linkage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.veil.broker.testing.PostgresServer;

/** The contract on a real PostgreSQL server started for this class (skipped where none can start, failed on CI). */
class PostgresLinkageStoreTest extends LinkageStoreContract {
    private static PostgresServer server;

    @BeforeAll
    static void start() {
        server = PostgresServer.startOrSkip();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.properties());
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS veil_patient, veil_study, veil_warning, veil_schema");
        }
    }

    @Override
    LinkageStore open(String keyFingerprint, int batchSize) {
        return LinkageStore.open(server.jdbcUrl(), server.properties(),
                new LinkageOptions(keyFingerprint, batchSize, clock));
    }
}
