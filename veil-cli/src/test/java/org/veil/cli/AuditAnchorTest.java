package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientLink;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;

/**
 * The audit chain's head is anchored in the linkage store: deleting the audit log and its head file is detected by
 * {@code veil audit verify} (it used to say "intact, 0 records") and refused by the next {@code veil reidentify}; and
 * re-identification cannot be pointed at another log ({@code --audit OTHERFILE} used to write there while the
 * project's log still said intact).
 */
class AuditAnchorTest {
    @TempDir
    Path dir;

    @Test
    void auditLogAndHeadDeleted_detectedAndReidentifyRefused_andNoOtherLogAccepted() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path ks = dir.resolve("project.p12");
        Path log = dir.resolve("child.log");
        String[] keystore = {"--keystore", ks.toString(), "--password-file", pw.toString()};
        assertEquals(0, veil(log, "keys", "init", keystore));
        ProjectKey key = new KeystoreFile(ks).load(PasswordSource.file(pw));
        try (LinkageStore store = LinkageConnection.open("jdbc:h2:file:" + ks.toAbsolutePath() + ".linkage", key)) {
            store.record(PatientLink.of(PatientKey.of("HOSP", "MRN515151"), "PSEUDO51", 12));
            store.flush();
        }
        String[] ask = {"--pseudonym", "PSEUDO51", "--reason", "safety follow-up"};
        assertEquals(0, veil(log, "reidentify", concat(keystore, ask)));
        assertEquals(0, veil(log, "reidentify", concat(keystore, ask)));
        assertEquals(0, veil(log, "audit", "verify", keystore));

        Path other = dir.resolve("elsewhere.jsonl");
        assertEquals(Veil.USAGE, veil(log, "reidentify", concat(keystore, concat(ask, "--audit", other.toString()))));
        assertFalse(Files.exists(other), "nothing written elsewhere");

        Path audit = dir.resolve("project.p12.audit.jsonl");
        assertEquals(2, Files.readAllLines(audit).size());
        Files.delete(audit);
        Files.delete(dir.resolve("project.p12.audit.jsonl.head"));
        Files.writeString(log, "");
        assertEquals(Veil.PROBLEMS, veil(log, "audit", "verify", keystore));
        assertTrue(Files.readString(log).contains("TAMPERED at line 1: the linkage store confirms 2 records but the "
                + "log holds 0"), Files.readString(log));
        assertEquals(Veil.BROKER, veil(log, "reidentify", concat(keystore, ask)));
        assertFalse(Files.readString(log).contains("MRN515151"), "no answer without an audit record");
    }

    private static int veil(Path log, String command, String... args) throws Exception {
        return ChildVeil.run(log, Map.of(), concat(new String[] {command}, args));
    }

    private static int veil(Path log, String command, String sub, String... args) throws Exception {
        return ChildVeil.run(log, Map.of(), concat(new String[] {command, sub}, args));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
