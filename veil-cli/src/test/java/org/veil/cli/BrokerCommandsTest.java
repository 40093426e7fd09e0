package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientLink;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;

/** keys init/show, reidentify and audit verify from the command line, with the password in a file. */
class BrokerCommandsTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Veil.run(args), String.join(" ", args));
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void keysReidentifyAudit_roundTrip_auditedAndTamperDetected() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path ks = dir.resolve("project.p12");
        String created = run(0, "keys", "init", "--keystore", ks.toString(), "--password-file", pw.toString());
        ProjectKey key = new KeystoreFile(ks).load(PasswordSource.file(pw));
        assertTrue(created.contains(key.fingerprint()), created);
        String shown = run(0, "keys", "show", "--keystore", ks.toString(), "--password-file", pw.toString());
        assertTrue(shown.contains("fingerprint " + key.fingerprint()));
        assertFalse(shown.contains(java.util.HexFormat.of().formatHex(key.secretBytes())), "never the key");

        String url = "jdbc:h2:file:" + ks.toAbsolutePath() + ".linkage";
        try (LinkageStore store = LinkageConnection.open(url, key)) {
            store.record(PatientLink.of(PatientKey.of("HOSP", "MRN424242"), "PSEUDO42", -17));
            store.flush();
        }
        String found = run(0, "reidentify", "--keystore", ks.toString(), "--password-file", pw.toString(),
                "--pseudonym", "PSEUDO42", "--reason", "adverse event follow-up");
        assertTrue(found.contains("id=MRN424242"), found);
        run(1, "reidentify", "--keystore", ks.toString(), "--password-file", pw.toString(), "--pseudonym",
                "NOBODY", "--reason", "typo check");
        run(0, "audit", "verify", "--keystore", ks.toString(), "--password-file", pw.toString());

        Path audit = dir.resolve("project.p12.audit.jsonl");
        List<String> lines = Files.readAllLines(audit);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("adverse event follow-up"));
        Files.writeString(audit, lines.get(0).replace("adverse", "routine") + "\n" + lines.get(1) + "\n");
        String tampered = run(1, "audit", "verify", "--keystore", ks.toString(), "--password-file", pw.toString());
        assertTrue(tampered.contains("TAMPERED at line 1"), tampered);
    }

    @Test
    void keysShow_wrongPassword_brokerExitCode() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path bad = Files.writeString(dir.resolve("bad"), "wrong horse battery staple\n");
        Path ks = dir.resolve("k.p12");
        run(0, "keys", "init", "--keystore", ks.toString(), "--password-file", pw.toString());
        run(Veil.BROKER, "keys", "show", "--keystore", ks.toString(), "--password-file", bad.toString());
    }
}
