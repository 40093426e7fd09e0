package org.veil.broker.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LinkageStoreTest extends LinkageStoreContract {
    @TempDir
    Path dir;

    @Override
    LinkageStore open(String keyFingerprint, int batchSize) {
        return LinkageStore.openH2(dir.resolve("linkage"), new LinkageOptions(keyFingerprint, batchSize, clock));
    }

    @Test
    void openH2_posix_databaseFileMode600() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        try (LinkageStore store = open()) {
            store.record(new PatientLink("", "1", "P1", -1));
            store.flush();
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("linkage.mv.db"))));
        }
    }

    @Test
    void openH2_nameWithMvDbEnding_sameDatabase() {
        try (LinkageStore store = open()) {
            store.record(new PatientLink("", "1", "P1", -1));
        }
        try (LinkageStore store = LinkageStore.openH2(dir.resolve("linkage.mv.db"), LinkageOptions.of("fp-a"))) {
            assertEquals(1, store.patientsByPseudonym("P1").size());
        }
    }

    @Test
    void open_newerSchema_refused() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("linkage"));
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO veil_schema (version) VALUES (99)");
        }
        var e = assertThrows(LinkageException.class, this::open);
        assertEquals("linkage store schema version 99 is newer than this Veil supports (1)", e.getMessage());
    }

    @Test
    void open_noTraceFile() {
        try (LinkageStore store = open()) {
            store.record(new PatientLink("", "1", "P1", -1));
        }
        assertEquals(false, Files.exists(dir.resolve("linkage.trace.db")));
    }
}
