package org.veil.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.linkage.StudyLink;
import org.veil.broker.reid.ReIdentifier;
import org.veil.deid.pseudo.DateShifter;
import org.veil.deid.pseudo.IdOptions;
import org.veil.deid.pseudo.IdPseudonymizer;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.deid.pseudo.UidOptions;
import org.veil.deid.pseudo.UidPseudonymizer;

/**
 * A keystore, pseudonymisation, linkage and re-identification round trip with all logging captured (slf4j-simple at
 * TRACE writes to System.err), including failure paths: neither the key (hex, Base64), the password nor any
 * original identifier may appear in the log, in exception messages, in toString output or in the audit files.
 */
class NoSecretsInLogsTest {
    private static final String PASSWORD = "Tr0ub4dor&3-veil-secret";
    private static final String ISSUER = "PHI-ISSUER-GENERAL";
    private static final String PATIENT_ID = "PHI7734921";
    private static final String OTHER_PATIENT_ID = "PHI8800112";
    private static final String STUDY_UID = "1.2.826.0.1.3680043.99.7734921";
    private static final String ACCESSION = "PHIACC55123";
    @TempDir
    Path dir;

    @Test
    void roundTripWithFailures_logsAndMessages_holdNoKeyPasswordOrOriginal() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        List<String> texts = new ArrayList<>();
        ProjectKey key;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            key = roundTrip(texts);
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("created keystore") && log.contains("re-identification of patient")
                && log.contains("PSEUDONYM_COLLISION"), "logging was not captured:\n" + log);
        texts.add(log);
        texts.add(Files.readString(dir.resolve("audit.jsonl")));
        texts.add(Files.readString(dir.resolve("audit.jsonl.head")));
        assertFalse(Files.exists(dir.resolve("linkage.trace.db")));
        String all = String.join("\n", texts);
        for (String secret : secrets(key)) {
            assertFalse(all.contains(secret), "leaked: " + secret + "\n" + all);
        }
    }

    private ProjectKey roundTrip(List<String> texts) throws Exception {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        KeystoreFile keystore = new KeystoreFile(dir.resolve("veil.p12"));
        keystore.create(PasswordSource.file(passwordFile));
        ProjectKey key = keystore.load(PasswordSource.file(passwordFile));
        texts.add(key.toString() + key.subkeys());

        PatientKey patient = PatientKey.of(ISSUER, PATIENT_ID);
        IdPseudonymizer ids = new IdPseudonymizer(key.subkeys(), IdOptions.defaults());
        String pseudonym = ids.patientId(patient);
        String pseudoUid = new UidPseudonymizer(key.subkeys(), UidOptions.defaults()).map(STUDY_UID).valueOrThrow();
        int offset = new DateShifter(key.subkeys(), ShiftRange.DEFAULT).offsetDays(patient);
        texts.add(patient.toString());

        try (LinkageStore store = LinkageStore.openH2(dir.resolve("linkage"), LinkageOptions.of(key.fingerprint()))) {
            PatientLink link = PatientLink.of(patient, pseudonym, offset);
            store.record(link);
            store.record(new PatientLink(ISSUER, OTHER_PATIENT_ID, pseudonym, offset));
            StudyLink study = new StudyLink(STUDY_UID, pseudoUid, pseudonym, ACCESSION,
                    ids.accessionNumber(null, ACCESSION));
            store.record(study);
            store.record(new StudyLink(STUDY_UID, pseudoUid, "SOMEONE-ELSE", ACCESSION, "X"));
            texts.add(link.toString() + study);

            AuditLog audit = AuditLog.open(dir.resolve("audit.jsonl"), key);
            ReIdentifier reidentifier = new ReIdentifier(key, store, audit);
            var answer = reidentifier.patient(pseudonym, "ticket 1");
            assertEquals(PATIENT_ID, answer.patients().stream().map(p -> p.link().patientId()).sorted().findFirst()
                    .orElseThrow());
            texts.add(answer.toString() + reidentifier.study(pseudoUid, "ticket 2"));
            assertTrue(audit.verify().intact());

            texts.addAll(failures(store, passwordFile, keystore, patient));
        }
        return key;
    }

    private List<String> failures(LinkageStore store, Path passwordFile, KeystoreFile keystore, PatientKey patient)
            throws Exception {
        List<String> messages = new ArrayList<>();
        Files.writeString(passwordFile, "wrong-" + PASSWORD + "\n");
        messages.add(describe(assertThrows(RuntimeException.class,
                () -> keystore.load(PasswordSource.file(passwordFile)))));
        messages.add(describe(assertThrows(RuntimeException.class,
                () -> new KeystoreFile(dir.resolve("veil.p12")).create(PasswordSource.file(passwordFile)))));
        messages.add(describe(assertThrows(IllegalArgumentException.class,
                () -> new PatientLink(ISSUER, PATIENT_ID.repeat(200), "P", 0))));
        messages.add(new UidPseudonymizer(ProjectKey.random().subkeys(), UidOptions.defaults()).map(PATIENT_ID)
                .toString());
        messages.add(new org.veil.deid.pseudo.DateShift(-1).date(PATIENT_ID).toString());
        store.record(new PatientLink(ISSUER, PATIENT_ID + "-2", "P2", 0));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("linkage"));
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE veil_patient");
        }
        messages.add(describe(assertThrows(RuntimeException.class, store::flush)));
        messages.add(describe(assertThrows(RuntimeException.class, () -> store.patientsById(patient))));
        messages.add(describe(assertThrows(RuntimeException.class, store::close)));
        return messages;
    }

    private static String describe(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(c).append('\n');
        }
        return out.toString();
    }

    private static List<String> secrets(ProjectKey key) {
        byte[] secret = key.secretBytes();
        String hex = HexFormat.of().formatHex(secret);
        List<String> out = new ArrayList<>(List.of(PASSWORD, ISSUER, PATIENT_ID, OTHER_PATIENT_ID, STUDY_UID,
                ACCESSION, Base64.getEncoder().encodeToString(secret).substring(0, 20),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret).substring(0, 20)));
        for (int i = 0; i + 16 <= hex.length(); i += 16) {
            out.add(hex.substring(i, i + 16));
            out.add(hex.substring(i, i + 16).toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
