package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.AcceptPolicy;
import org.veil.net.DicomServer;
import org.veil.net.NetOptions;
import org.veil.net.SpoolStorage;
import org.veil.testkit.Corpus;
import org.veil.testkit.DcmQrScp;

/**
 * {@code veil retrieve}: studies found on a PACS (dcmqrscp) by a Patient ID list are moved to a receiving AE and
 * reported complete; the console shows counts, never a Patient ID; the report file is private to its owner.
 */
class RetrieveCommandTest {
    @TempDir
    Path dir;


    @Test
    void retrieve_byPatientIds_movesCompleteStudies() throws Exception {
        Path series = Corpus.root().resolveSibling("deface").resolve("colin27-ctlike");
        List<Path> slices = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            slices.add(series.resolve(String.format("CT%04d.dcm", i)));
        }
        try (DicomServer gateway = new DicomServer(NetOptions.of("GATEWAY"), AcceptPolicy.storage("GATEWAY",
                Set.of()), new SpoolStorage(dir.resolve("spool")), 4)) {
            int port = gateway.start(InetAddress.getLoopbackAddress(), 0);
            try (DcmQrScp pacs = DcmQrScp.start(dir, "PACS", slices, Map.of("GATEWAY", port))) {
                Path ids = Files.writeString(dir.resolve("ids.txt"), "# research cohort\nDF27-00417\nNOT-THERE\n");
                Path report = dir.resolve("report.tsv");
                CliRun r = CliRun.of("retrieve", "--pacs", pacs.address(), "--move-to", "GATEWAY",
                        "--patient-ids", ids.toString(), "--report", report.toString());
                assertEquals(Veil.OK, r.exit(), r.out() + r.err());
                assertTrue(r.out().contains("1 study found for 2 queries"), r.out());
                assertTrue(r.out().contains("1 of 1 studies arrived complete (4 instances moved)"), r.out());
                assertFalse((r.out() + r.err()).contains("DF27-00417"), "no Patient ID on the console");
                assertEquals(4, gateway.counts().stored());
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
                assertTrue(Files.readString(report).contains("\t4\t4\t0\t0\t0x0000\tyes"), Files.readString(report));
            }
        }
    }

    @Test
    void retrieve_withoutACriterion_isAUsageError() {
        CliRun r = CliRun.of("retrieve", "--pacs", "PACS@127.0.0.1:1", "--move-to", "X");
        assertEquals(Veil.USAGE, r.exit());
        assertTrue(r.err().contains("give one of --patient-ids FILE"), r.err());
    }

    @Test
    void retrieve_unreachablePacs_isAnInputErrorWithASentence() throws Exception {
        int port = DcmQrScp.freePort();
        CliRun r = CliRun.of("retrieve", "--pacs", "PACS@127.0.0.1:" + port, "--move-to", "X",
                "--study-date", "20200101-20201231");
        assertEquals(Veil.INPUT, r.exit());
        assertTrue(r.err().contains("cannot connect to PACS@127.0.0.1:" + port), r.err());
    }
}
