package org.veil.broker.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veil.broker.testing.MutableClock;
import org.veil.deid.pseudo.PatientKey;

/** The behaviour every database must show; subclasses say how to open a store on a fresh database. */
abstract class LinkageStoreContract {
    protected static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    protected final MutableClock clock = new MutableClock(T0);

    /** A store on this test's database, for the key fingerprint. */
    abstract LinkageStore open(String keyFingerprint, int batchSize);

    LinkageStore open() {
        return open("fp-a", LinkageOptions.DEFAULT_BATCH);
    }

    private static PatientLink patient(String id, String pseudonym) {
        return new PatientLink("HOSP", id, pseudonym, -100);
    }

    @Test
    void record_thenLookup_originalReturned() {
        try (LinkageStore store = open()) {
            store.record(patient("12345", "PSEUDO1"));
            List<PatientRecord> found = store.patientsByPseudonym("PSEUDO1");
            assertEquals(1, found.size());
            assertEquals(patient("12345", "PSEUDO1"), found.get(0).link());
            assertEquals(T0, found.get(0).firstSeen());
            assertEquals(List.of(), store.patientsByPseudonym("OTHER"));
            assertEquals(found, store.patientsById(PatientKey.of("HOSP", "12345")));
        }
    }

    @Test
    void record_sameLinkAgainLater_oneRowWithFirstAndLastSeen() {
        try (LinkageStore store = open()) {
            store.record(patient("1", "P1"));
            store.flush();
            clock.advance(Duration.ofHours(5));
            store.record(patient("1", "P1"));
            clock.advance(Duration.ofHours(1));
            store.record(patient("1", "P1"));
            PatientRecord only = store.patientsByPseudonym("P1").get(0);
            assertEquals(1, store.patientsByPseudonym("P1").size());
            assertEquals(T0, only.firstSeen());
            assertEquals(T0.plus(Duration.ofHours(6)), only.lastSeen());
        }
    }

    @Test
    void record_manyThreadsSameMappings_noFailureOneRowEach() throws Exception {
        try (LinkageStore a = open("fp-a", 7); LinkageStore b = open("fp-a", 11)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    LinkageStore store = t % 2 == 0 ? a : b;
                    jobs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 400; i++) {
                            store.record(patient("ID" + (i % 50), "PS" + (i % 50)));
                            store.record(new StudyLink("1.2." + (i % 30), "2.25." + (i % 30), "PS" + (i % 30),
                                    "ACC" + i % 30, "A" + i % 30));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> job : jobs) {
                    job.get();
                }
            } finally {
                pool.shutdownNow();
            }
            a.flush();
            b.flush();
            for (int i = 0; i < 50; i++) {
                assertEquals(1, a.patientsByPseudonym("PS" + i).size());
            }
            assertEquals(1, b.studiesOfPatient("PS7").size());
            assertEquals(List.of(), a.collisions());
            assertEquals(List.of(), a.warnings());
        }
    }

    @Test
    void record_twoOriginalsOnePseudonym_collisionReportedAndWarned() {
        try (LinkageStore store = open()) {
            store.record(patient("111", "SAME"));
            store.flush();
            store.record(patient("222", "SAME"));
            store.record(patient("333", "OTHER"));
            assertEquals(List.of(new Collision("SAME", 2)), store.collisions());
            List<LinkageWarning> warnings = store.warnings();
            assertEquals(1, warnings.size());
            assertEquals(new LinkageWarning(WarningKind.PSEUDONYM_COLLISION, "SAME", "shared by 2 different patients",
                    T0), warnings.get(0));
            assertEquals(2, store.patientsByPseudonym("SAME").size());
        }
    }

    @Test
    void record_studyWithSecondPatient_firstKeptAndConflictWarned() {
        try (LinkageStore store = open()) {
            store.record(patient("111", "PA"));
            store.record(patient("222", "PB"));
            store.record(new StudyLink("1.2.3", "2.25.9", "PA", "ACC1", "XACC1"));
            store.flush();
            store.record(new StudyLink("1.2.3", "2.25.9", "PB", "ACC1", "XACC1"));
            assertEquals("PA", store.studyByUid("1.2.3").orElseThrow().link().patientPseudonym());
            assertEquals(patient("111", "PA"), store.patientOfStudy("1.2.3").orElseThrow().link());
            assertEquals(List.of(new LinkageWarning(WarningKind.STUDY_PATIENT_CONFLICT, "2.25.9",
                    "recorded for patient PA, also arrived for patient PB", T0)), store.warnings());
        }
    }

    @Test
    void record_conflictingStudyLinksInOneBatch_bothSeenOneKept() {
        try (LinkageStore store = open()) {
            store.record(new StudyLink("1.2.4", "2.25.10", "PA", "", ""));
            store.record(new StudyLink("1.2.4", "2.25.10", "PB", "", ""));
            assertEquals("PA", store.studyByUid("1.2.4").orElseThrow().link().patientPseudonym());
            assertEquals(WarningKind.STUDY_PATIENT_CONFLICT, store.warnings().get(0).kind());
        }
    }

    @Test
    void studyLookups_byPseudonymousUidAndPatient_found() {
        try (LinkageStore store = open()) {
            StudyLink s1 = new StudyLink("1.2.3", "2.25.1", "PA", "ACC1", "X1");
            StudyLink s2 = new StudyLink("1.2.4", "2.25.2", "PA", null, null);
            store.record(s1);
            clock.advance(Duration.ofMinutes(1));
            store.record(s2);
            assertEquals(s2, store.studyByPseudonymousUid("2.25.2").orElseThrow().link());
            assertEquals(List.of(s1, s2), store.studiesOfPatient("PA").stream().map(StudyRecord::link).toList());
            assertTrue(store.studyByUid("9.9").isEmpty());
            assertTrue(store.patientOfStudy("9.9").isEmpty());
        }
    }

    @Test
    void lookups_otherKeyFingerprint_seeNothing() {
        try (LinkageStore a = open("fp-a", 10); LinkageStore b = open("fp-b", 10)) {
            a.record(patient("1", "P1"));
            a.flush();
            assertEquals(List.of(), b.patientsByPseudonym("P1"));
            assertEquals(1, a.patientsByPseudonym("P1").size());
        }
    }

    @Test
    void reopen_sameDatabase_dataKept() {
        try (LinkageStore store = open()) {
            store.record(patient("1", "P1"));
        }
        try (LinkageStore store = open()) {
            assertEquals(1, store.patientsByPseudonym("P1").size());
        }
    }

    @Test
    void record_afterClose_refused() {
        LinkageStore store = open();
        store.close();
        var e = assertThrows(IllegalStateException.class, () -> store.record(patient("1", "P1")));
        assertEquals("linkage store is closed", e.getMessage());
    }

    @Test
    void patientLink_toString_hidesOriginals() {
        String text = patient("12345", "P1").toString() + new StudyLink("1.2.3.4", "2.25.1", "P1", "ACC77", "X");
        assertTrue(!text.contains("12345") && !text.contains("HOSP") && !text.contains("1.2.3.4")
                && !text.contains("ACC77"), text);
    }
}
