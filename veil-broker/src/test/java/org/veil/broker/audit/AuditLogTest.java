package org.veil.broker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.testing.MutableClock;
import org.veil.deid.pseudo.ProjectKey;

class AuditLogTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    @TempDir
    Path dir;
    private final ProjectKey key = ProjectKey.random();
    private final MutableClock clock = new MutableClock(T0);
    private Path file;
    private AuditLog log;

    @BeforeEach
    void setUp() {
        file = dir.resolve("audit.jsonl");
        log = AuditLog.open(file, key, clock);
    }

    private void appendThree() {
        for (int i = 1; i <= 3; i++) {
            log.append(new AuditEvent("reidentify-patient", "PSEUDO" + i, "ticket " + i + "?", "found"));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }

    private void write(List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    @Test
    void append_threeEvents_chainedRecordsThatVerify() {
        appendThree();
        List<AuditRecord> records = log.records();
        assertEquals(3, records.size());
        assertEquals(AuditHead.GENESIS, records.get(0).prev());
        assertEquals(records.get(0).mac(), records.get(1).prev());
        assertEquals(records.get(1).mac(), records.get(2).prev());
        assertEquals(3, records.get(2).seq());
        assertEquals(T0.plus(Duration.ofMinutes(2)), records.get(2).time());
        assertEquals(System.getProperty("user.name"), records.get(0).user());
        assertEquals(key.keyId(), records.get(0).keyId());
        assertEquals(new AuditEvent("reidentify-patient", "PSEUDO2", "ticket 2?", "found"), records.get(1).event());
        assertEquals(AuditVerification.intact(3), log.verify());
        assertEquals(new AuditHead(3, records.get(2).mac()), log.head());
    }

    @Test
    void verify_emptyLog_intact() {
        assertEquals(AuditVerification.intact(0), log.verify());
    }

    @Test
    void verify_editedRecord_namesItsLine() throws IOException {
        appendThree();
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("ticket 2", "ticket 9"));
        write(lines);
        assertEquals(new AuditVerification(3, 2,
                "MAC does not match: the record was changed, forged, or written with another key"), log.verify());
    }

    @Test
    void verify_byteReplacedByNonAscii_detected() throws IOException {
        appendThree();
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf('?', text.indexOf('\n'));
        bytes[at] = (byte) 0xE9;
        Files.write(file, bytes);
        AuditVerification result = log.verify();
        assertEquals(2, result.firstBadLine());
        assertEquals("not an audit record (characters outside printable ASCII)", result.problem());
    }

    @Test
    void verify_deletedMiddleRecord_namesLine() throws IOException {
        appendThree();
        List<String> lines = lines();
        lines.remove(1);
        write(lines);
        assertEquals(new AuditVerification(2, 2, "record number 3 where 2 belongs: records were deleted, inserted or"
                + " reordered"), log.verify());
    }

    @Test
    void verify_reorderedRecords_namesLine() throws IOException {
        appendThree();
        List<String> lines = lines();
        lines.add(1, lines.remove(2));
        write(lines);
        assertEquals(2, log.verify().firstBadLine());
    }

    @Test
    void verify_forgedRecordFromAnotherKeyInserted_namesLine() throws IOException {
        appendThree();
        Path other = dir.resolve("other.jsonl");
        AuditLog forger = AuditLog.open(other, ProjectKey.random(), clock);
        forger.append(new AuditEvent("reidentify-patient", "X", "forged", "found"));
        forger.append(new AuditEvent("reidentify-patient", "Y", "forged", "found"));
        List<String> lines = lines();
        lines.add(1, Files.readAllLines(other).get(1));
        write(lines);
        assertEquals(new AuditVerification(4, 2,
                "MAC does not match: the record was changed, forged, or written with another key"), log.verify());
    }

    @Test
    void verify_recordCopiedFromAnotherLogWithSameKey_namesLine() throws IOException {
        appendThree();
        Path other = dir.resolve("same-key.jsonl");
        AuditLog twin = AuditLog.open(other, key, clock);
        twin.append(new AuditEvent("reidentify-patient", "X", "a", "found"));
        twin.append(new AuditEvent("reidentify-patient", "Y", "b", "found"));
        List<String> lines = lines();
        lines.set(1, Files.readAllLines(other).get(1));
        write(lines);
        assertEquals(new AuditVerification(3, 2, "does not follow the record before it: records were deleted,"
                + " inserted or reordered"), log.verify());
    }

    @Test
    void verify_tailCutOff_reportedThroughHead() throws IOException {
        appendThree();
        List<String> lines = lines();
        lines.remove(2);
        write(lines);
        assertEquals(new AuditVerification(2, 3, "the log ends at record 2 but its head confirms 3: records were"
                + " removed from the end"), log.verify());
    }

    @Test
    void verify_headMissing_reported() throws IOException {
        appendThree();
        Files.delete(dir.resolve("audit.jsonl.head"));
        assertEquals(new AuditVerification(3, 0, "head file missing: records cut off the end would go unnoticed"),
                log.verify());
    }

    @Test
    void verify_headEditedWithoutKey_reported() throws IOException {
        appendThree();
        Path head = dir.resolve("audit.jsonl.head");
        Files.writeString(head, Files.readString(head).replace("\"seq\":3", "\"seq\":2"));
        assertEquals(new AuditVerification(3, 0, "head file MAC does not match: changed, or written with another"
                + " key"), log.verify());
    }

    @Test
    void verify_otherKey_firstLineBad() {
        appendThree();
        AuditVerification result = AuditLog.open(file, ProjectKey.random(), clock).verify();
        assertEquals(1, result.firstBadLine());
    }

    @Test
    void append_afterEditedLastRecord_refusedFailClosed() throws IOException {
        appendThree();
        List<String> lines = lines();
        lines.set(2, lines.get(2).replace("PSEUDO3", "PSEUDO4"));
        write(lines);
        var e = assertThrows(AuditException.class,
                () -> log.append(new AuditEvent("reidentify-patient", "P", "r", "found")));
        assertEquals("audit log " + file + ": the last record does not verify; nothing appended (run verify)",
                e.getMessage());
        assertEquals(3, lines().size());
    }

    @Test
    void append_afterTailCutOff_refused() throws IOException {
        appendThree();
        List<String> lines = lines();
        lines.remove(2);
        write(lines);
        var e = assertThrows(AuditException.class,
                () -> log.append(new AuditEvent("reidentify-patient", "P", "r", "found")));
        assertEquals("audit log " + file + ": the log ends at record 2 but its head confirms record 3; nothing"
                + " appended (run verify)", e.getMessage());
    }

    @Test
    void append_afterIncompleteLine_refusedAndVerifyNamesIt() throws IOException {
        appendThree();
        Files.writeString(file, "{\"seq\":4", StandardOpenOption.APPEND);
        assertEquals(new AuditVerification(4, 4, "incomplete last line (no line end)"), log.verify());
        assertThrows(AuditException.class, () -> log.append(new AuditEvent("reidentify-patient", "P", "r", "found")));
    }

    @Test
    void append_headOneBehindAfterInterruptedAppend_reportedThenRepaired() throws IOException {
        appendThree();
        Path head = dir.resolve("audit.jsonl.head");
        String headAfterThree = Files.readString(head);
        log.append(new AuditEvent("reidentify-study", "2.25.1", "r", "not-found"));
        Files.writeString(head, headAfterThree);
        assertEquals(new AuditVerification(4, 4, "records from line 4 on are not confirmed by the head (an"
                + " interrupted append, or the head was rolled back)"), log.verify());
        log.append(new AuditEvent("reidentify-study", "2.25.2", "r", "found"));
        assertEquals(AuditVerification.intact(5), log.verify());
    }

    @Test
    void append_manyThreadsTwoInstances_oneIntactChain() throws Exception {
        AuditLog second = AuditLog.open(file, key, clock);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                AuditLog target = t % 2 == 0 ? log : second;
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        target.append(new AuditEvent("reidentify-patient", "T" + thread + "-" + i, "load", "found"));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(AuditVerification.intact(120), log.verify());
    }

    @Test
    void append_reasonWithQuotesNewlinesAndUnicode_roundTripsOnOneAsciiLine() throws IOException {
        String reason = "line1\nline2 \"quoted\" \\ back \u00e9\u4e2d \ud83d\ude00 \t";
        log.append(new AuditEvent("reidentify-patient", "P1", reason, "found"));
        assertEquals(reason, log.records().get(0).event().reason());
        List<String> lines = lines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).chars().allMatch(c -> c >= 0x20 && c <= 0x7E));
        assertTrue(log.verify().intact());
    }

    @Test
    void append_posix_logAndHeadMode600() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        log.append(new AuditEvent("reidentify-patient", "P1", "r", "found"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("audit.jsonl.head"))));
    }

    @Test
    void auditEvent_blankReason_refused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent("reidentify-patient", "P", " ", "found"));
        assertEquals("an audited action needs a stated reason of 1..1000 characters", e.getMessage());
    }
}
