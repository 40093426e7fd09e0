package org.veil.broker.reid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.audit.AuditEvent;
import org.veil.broker.audit.AuditException;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.audit.AuditRecord;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.linkage.PatientRecord;
import org.veil.broker.linkage.StudyLink;
import org.veil.deid.pseudo.ProjectKey;

class ReIdentifierTest {
    @TempDir
    Path dir;
    private final ProjectKey key = ProjectKey.random();
    private LinkageStore store;
    private AuditLog audit;
    private ReIdentifier reidentifier;

    @BeforeEach
    void setUp() {
        store = LinkageStore.openH2(dir.resolve("linkage"), LinkageOptions.of(key.fingerprint()));
        audit = AuditLog.open(dir.resolve("audit.jsonl"), key);
        reidentifier = new ReIdentifier(key, store, audit);
        store.record(new PatientLink("HOSP", "12345", "PSEUDO1", -42));
        store.record(new StudyLink("1.2.3", "2.25.77", "PSEUDO1", "ACC1", "XACC1"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void patient_recorded_originalReturnedAfterAuditRecord() {
        PatientReIdentification answer = reidentifier.patient("PSEUDO1", "ticket 42: tumour board");
        assertEquals(LookupOutcome.FOUND, answer.outcome());
        assertEquals(new PatientLink("HOSP", "12345", "PSEUDO1", -42), answer.patients().get(0).link());
        assertEquals("1.2.3", answer.studies().get(0).link().studyUid());
        List<AuditRecord> records = audit.records();
        assertEquals(1, records.size());
        assertEquals(new AuditEvent("reidentify-patient", "PSEUDO1", "ticket 42: tumour board", "found"),
                records.get(0).event());
        assertTrue(audit.verify().intact());
    }

    @Test
    void patient_unknown_notFoundAudited() {
        assertEquals(LookupOutcome.NOT_FOUND, reidentifier.patient("NOPE", "check").outcome());
        assertEquals("not-found", audit.records().get(0).event().outcome());
    }

    @Test
    void patient_collision_ambiguousWithAllOriginals() {
        store.record(new PatientLink("HOSP", "99999", "PSEUDO1", -3));
        PatientReIdentification answer = reidentifier.patient("PSEUDO1", "check");
        assertEquals(LookupOutcome.AMBIGUOUS, answer.outcome());
        assertEquals(List.of("12345", "99999"),
                answer.patients().stream().map(PatientRecord::link).map(PatientLink::patientId).sorted().toList());
        assertEquals("ambiguous", audit.records().get(0).event().outcome());
    }

    @Test
    void study_recorded_studyAndPatientReturned() {
        StudyReIdentification answer = reidentifier.study("2.25.77", "follow-up");
        assertEquals(LookupOutcome.FOUND, answer.outcome());
        assertEquals("1.2.3", answer.study().orElseThrow().link().studyUid());
        assertEquals("12345", answer.patient().orElseThrow().link().patientId());
        assertEquals(new AuditEvent("reidentify-study", "2.25.77", "follow-up", "found"),
                audit.records().get(0).event());
    }

    @Test
    void patient_auditNotWritable_noAnswer() {
        AuditLog unwritable = AuditLog.open(dir.resolve("missing-dir").resolve("audit.jsonl"), key);
        ReIdentifier blocked = new ReIdentifier(key, store, unwritable);
        var e = assertThrows(AuditException.class, () -> blocked.patient("PSEUDO1", "ticket"));
        assertTrue(e.getMessage().startsWith("audit log "), e.getMessage());
    }

    @Test
    void patient_auditTampered_noAnswer() throws Exception {
        reidentifier.patient("PSEUDO1", "first");
        Path file = dir.resolve("audit.jsonl");
        Files.writeString(file, Files.readString(file).replace("first", "fir5t"));
        assertThrows(AuditException.class, () -> reidentifier.patient("PSEUDO1", "second"));
        assertEquals(1, Files.readAllLines(file).size());
    }

    @Test
    void patient_blankReason_refusedBeforeAnything() {
        assertThrows(IllegalArgumentException.class, () -> reidentifier.patient("PSEUDO1", ""));
        assertEquals(List.of(), audit.records());
    }

    @Test
    void patient_lookupFails_failureAuditedThenThrown() throws Exception {
        store.flush();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("linkage"));
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE veil_study");
        }
        assertThrows(LinkageException.class, () -> reidentifier.patient("PSEUDO1", "ticket"));
        assertEquals("failed", audit.records().get(0).event().outcome());
    }

    @Test
    void constructor_storeOfAnotherKey_refused() {
        try (LinkageStore other = LinkageStore.openH2(dir.resolve("other"), LinkageOptions.of("0000000000000000"))) {
            var e = assertThrows(IllegalArgumentException.class, () -> new ReIdentifier(key, other, audit));
            assertEquals("the linkage store is opened for key 0000000000000000, not for the loaded key "
                    + key.fingerprint(), e.getMessage());
        }
    }

    @Test
    void answer_toString_hidesOriginals() {
        String text = reidentifier.patient("PSEUDO1", "r").toString() + reidentifier.study("2.25.77", "r");
        assertTrue(!text.contains("12345") && !text.contains("HOSP") && !text.contains("ACC1"), text);
    }
}
