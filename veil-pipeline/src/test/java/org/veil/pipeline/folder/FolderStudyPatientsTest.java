package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;

class FolderStudyPatientsTest {
    private static final String STUDY = "1.2.3.4.5";
    private static final PatientKey ALICE = PatientKey.of("HOSP", "MRN-ALICE-1");
    private static final PatientKey BOB = PatientKey.of("HOSP", "MRN-BOB-2");

    @TempDir
    Path dir;
    private final ProjectKey key = ProjectKey.random();

    private FolderStudyPatients open() throws Exception {
        return FolderStudyPatients.open(dir, key, new InputIds(key), Durability.PROCESS_CRASH);
    }

    @Test
    void patientFor_firstPatientOfAStudyWins_andSurvivesReopening() throws Exception {
        try (FolderStudyPatients s = open()) {
            assertEquals(ALICE, s.patientFor(STUDY, ALICE));
            assertEquals(ALICE, s.patientFor(STUDY, BOB));
            assertEquals(BOB, s.patientFor(STUDY + ".9", BOB));
        }
        try (FolderStudyPatients s = open()) {
            assertEquals(ALICE, s.patientFor(STUDY, BOB));
            assertEquals(BOB, s.patientFor(STUDY + ".9", ALICE));
        }
        String file = Files.readString(dir.resolve(FolderStudyPatients.FILE), StandardCharsets.ISO_8859_1);
        for (String secret : List.of(STUDY, "MRN-ALICE-1", "MRN-BOB-2", "HOSP")) {
            assertFalse(file.contains(secret), "no readable identifier in the state file");
        }
    }

    @Test
    void open_tornLastLine_cutOffAndStudyDecidedAgain() throws Exception {
        try (FolderStudyPatients s = open()) {
            s.patientFor(STUDY, ALICE);
            s.patientFor(STUDY + ".2", ALICE);
        }
        Path f = dir.resolve(FolderStudyPatients.FILE);
        byte[] all = Files.readAllBytes(f);
        int secondLine = new String(all, StandardCharsets.US_ASCII).indexOf('\n') + 1;
        Files.write(f, java.util.Arrays.copyOf(all, secondLine + 40));
        try (FolderStudyPatients s = open()) {
            assertEquals(ALICE, s.patientFor(STUDY, BOB));
            assertEquals(BOB, s.patientFor(STUDY + ".2", BOB), "the torn decision is made again");
        }
        try (FolderStudyPatients s = open()) {
            assertEquals(BOB, s.patientFor(STUDY + ".2", ALICE), "the new decision was appended after the cut");
        }
        Files.writeString(f, "garbage\n", StandardOpenOption.APPEND);
        try (FolderStudyPatients s = open()) {
            assertEquals(ALICE, s.patientFor(STUDY, BOB));
        }
    }

    @Test
    void patientFor_manyThreadsRacingWithDifferentPatients_allGetOneAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (FolderStudyPatients s = open()) {
            for (int round = 0; round < 50; round++) {
                String study = STUDY + "." + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<PatientKey>> answers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    PatientKey own = PatientKey.of("HOSP", "P" + t);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return s.patientFor(study, own);
                    }));
                }
                go.countDown();
                Set<PatientKey> distinct = ConcurrentHashMap.newKeySet();
                for (Future<PatientKey> a : answers) {
                    distinct.add(a.get());
                }
                assertEquals(1, distinct.size(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, Files.readAllLines(dir.resolve(FolderStudyPatients.FILE)).size(), "one line per study");
    }
}
