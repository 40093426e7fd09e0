package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.dimse.Status;
import org.veil.net.pdu.PresentationContext;
import org.veil.testkit.Tool;

/**
 * Veil's Upper Layer and DIMSE against dcmtk on loopback: echoscu and storescu into Veil's SCP (the data set arrives
 * byte for byte, in every transfer syntax of the corpus), and Veil's SCU into storescp.
 */
class DcmtkInteropTest {
    @TempDir
    Path dir;

    @Test
    void echoscu_toVeil_succeeds_wrongCalledAe_isRejected() throws Exception {
        Tool.require("echoscu");
        try (NetFixture scp = NetFixture.start(dir.resolve("spool"))) {
            Tool.Result ok = Tool.run(Duration.ofSeconds(30), "echoscu", "-aet", "MODALITY", "-aec", "VEIL",
                    "127.0.0.1", Integer.toString(scp.port));
            assertTrue(ok.ok(), ok.stderr());
            Tool.Result wrong = Tool.run(Duration.ofSeconds(30), "echoscu", "-aet", "MODALITY", "-aec", "NOTVEIL",
                    "127.0.0.1", Integer.toString(scp.port));
            assertFalse(wrong.ok());
            assertTrue((wrong.stdout() + wrong.stderr()).contains("Called AE Title Not Recognized"),
                    wrong.stdout() + wrong.stderr());
            assertEquals(1, scp.server.counts().accepted());
            assertEquals(1, scp.server.counts().rejected());
        }
    }

    @Test
    void unknownCallingAe_isRejectedAtAssociation_nothingWritten() throws Exception {
        Tool.require("storescu");
        PartTenFile one = NetFixture.onePerSyntax().get(0);
        try (NetFixture scp = new NetFixture(dir.resolve("spool"), Set.of("PACS"), 4, NetOptions.of("VEIL"))) {
            Tool.Result r = Tool.run(Duration.ofSeconds(30), "storescu", "-aet", "STRANGER", "-aec", "VEIL",
                    "127.0.0.1", Integer.toString(scp.port), one.path().toString());
            assertFalse(r.ok());
            assertTrue((r.stdout() + r.stderr()).contains("Calling AE Title Not Recognized"), r.stdout() + r.stderr());
            assertEquals(List.of(), scp.spooled());
        }
    }

    @Test
    void storescu_everyTransferSyntax_arrivesByteForByte() throws Exception {
        Tool.require("storescu");
        List<PartTenFile> sent = NetFixture.onePerSyntax();
        // storescu proposes a compressed syntax only when told to (its default is uncompressed only)
        assertTrue(sent.size() >= 10, "the corpus has many transfer syntaxes: " + sent.size());
        try (NetFixture scp = NetFixture.start(dir.resolve("spool"))) {
            java.util.Map<String, List<String>> byOption = new java.util.LinkedHashMap<>();
            List<PartTenFile> proposable = new ArrayList<>();
            for (PartTenFile p : sent) {
                String option = STORESCU_PROPOSAL.get(p.transferSyntax());
                if (option != null) {
                    byOption.computeIfAbsent(option, k -> new ArrayList<>()).add(p.path().toString());
                    proposable.add(p);
                }
            }
            assertTrue(byOption.size() >= 8, "transfer syntaxes covered: " + byOption.keySet());
            for (var e : byOption.entrySet()) {
                List<String> args = new ArrayList<>(List.of("storescu", "-R", e.getKey(), "-aet", "MODALITY", "-aec", "VEIL",
                        "127.0.0.1", Integer.toString(scp.port)));
                args.addAll(e.getValue());
                Tool.Result r = Tool.run(Duration.ofSeconds(120), args);
                assertTrue(r.ok(), e.getKey() + ": " + r.stdout() + r.stderr());
            }
            sent = proposable;
            for (PartTenFile p : sent) {
                Path got = scp.spool.folder().resolve(p.sopInstance() + ".dcm");
                assertTrue(Files.isRegularFile(got), "received " + p.path().getFileName());
                PartTenFile received = PartTenFile.of(got);
                assertEquals(p.transferSyntax(), received.transferSyntax(), p.path().getFileName().toString());
                // storescu parses and re-encodes what it sends: compare the data sets, element by element
                assertEquals(List.of(), new org.veil.dicom.data.DatasetComparator(
                        org.veil.dicom.data.DatasetComparator.VrCheck.IMPLICIT_EQUIVALENT, 5).differences(
                        org.veil.dicom.io.DicomReader.read(p.path()).dataset(),
                        org.veil.dicom.io.DicomReader.read(got).dataset()), p.path().getFileName().toString());
            }
            assertEquals(List.of(), scp.leftovers());
            assertEquals(sent.size(), scp.server.counts().stored());
        }
    }

    @Test
    void veilStoreScu_toVeilScp_dataSetsArriveByteForByte() throws Exception {
        List<PartTenFile> files = NetFixture.onePerSyntax();
        try (NetFixture scp = NetFixture.start(dir.resolve("spool"))) {
            List<StoreScu.Result> results = new StoreScu(new Requestor(NetOptions.of("SENDER").withMaxPduLength(
                    4096))).send(scp.remote(), files);
            for (int i = 0; i < files.size(); i++) {
                PartTenFile p = files.get(i);
                assertEquals(Status.SUCCESS, results.get(i).status(), p.path().getFileName().toString());
                PartTenFile received = PartTenFile.of(scp.spool.folder().resolve(p.sopInstance() + ".dcm"));
                byte[] sent = dataSet(p);
                byte[] got = dataSet(received);
                if ((sent.length & 1) == 1) {
                    sent = java.util.Arrays.copyOf(sent, sent.length + 1);
                }
                assertArrayEquals(sent, got, "data set bytes of " + p.path().getFileName());
                assertEquals(p.transferSyntax(), received.transferSyntax());
            }
        }
    }

    @Test
    void veilStoreScu_toStorescp_filesArrive_andEcho() throws Exception {
        Tool.require("storescp");
        int port = NetFixture.freePort();
        Path out = Files.createDirectories(dir.resolve("storescp"));
        Process storescp = new ProcessBuilder("storescp", "-aet", "ARCHIVE", "-od", out.toString(), "+xa",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(dir.resolve("storescp.log").toFile())
                .start();
        try {
            waitForPort(port);
            RemoteAe archive = new RemoteAe("ARCHIVE", "127.0.0.1", port);
            Requestor requestor = new Requestor(NetOptions.of("VEIL"));
            try (Association a = requestor.open(archive, List.of(new PresentationContext(1,
                    AcceptPolicy.VERIFICATION, List.of("1.2.840.10008.1.2"))))) {
                assertEquals(Status.SUCCESS, new DimseClient(a).echo());
                a.release();
            }
            List<PartTenFile> files = NetFixture.onePerSyntax();
            int ok = 0;
            List<String> failed = new ArrayList<>();
            for (PartTenFile f : files) {
                List<StoreScu.Result> results;
                try {
                    results = new StoreScu(requestor).send(archive, List.of(f));
                } catch (AssociationException e) {
                    failed.add(f.path().getFileName() + " (" + f.transferSyntax() + "): " + e.getMessage());
                    continue;
                }
                for (StoreScu.Result r : results) {
                    if (r.ok()) {
                        ok++;
                    } else if (!STORESCP_CANNOT_TAKE.contains(f.transferSyntax())) {
                        failed.add(f.path().getFileName() + " (" + f.transferSyntax() + "): " + r.reason());
                    }
                }
            }
            assertEquals(List.of(), failed);
            assertTrue(ok >= 10, "sent " + ok);
            try (var listing = Files.list(out)) {
                assertEquals(ok, listing.count(), Files.readString(dir.resolve("storescp.log")));
            }
        } finally {
            storescp.destroy();
            storescp.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Transfer syntaxes dcmtk 3.6.7's storescp does not accept even with +xa (HTJ2K, JPEG XL, deflated frames). */
    static final Set<String> STORESCP_CANNOT_TAKE = Set.of("1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
            "1.2.840.10008.1.2.4.203", "1.2.840.10008.1.2.4.110", "1.2.840.10008.1.2.4.111",
            "1.2.840.10008.1.2.4.112", "1.2.840.10008.1.2.8.1");

    /** The storescu option that proposes a file's own transfer syntax (plus the uncompressed ones). */
    static final java.util.Map<String, String> STORESCU_PROPOSAL = java.util.Map.ofEntries(
            java.util.Map.entry("1.2.840.10008.1.2", "-xi"), java.util.Map.entry("1.2.840.10008.1.2.1", "-xe"),
            java.util.Map.entry("1.2.840.10008.1.2.2", "-xb"), java.util.Map.entry("1.2.840.10008.1.2.1.99", "-xd"),
            java.util.Map.entry("1.2.840.10008.1.2.4.50", "-xy"), java.util.Map.entry("1.2.840.10008.1.2.4.51", "-xx"),
            java.util.Map.entry("1.2.840.10008.1.2.4.70", "-xs"), java.util.Map.entry("1.2.840.10008.1.2.4.80", "-xt"),
            java.util.Map.entry("1.2.840.10008.1.2.4.81", "-xu"), java.util.Map.entry("1.2.840.10008.1.2.4.90", "-xv"),
            java.util.Map.entry("1.2.840.10008.1.2.4.91", "-xw"), java.util.Map.entry("1.2.840.10008.1.2.5", "-xr"));

    static byte[] dataSet(PartTenFile f) throws Exception {
        try (var in = f.openDataSet()) {
            return in.readAllBytes();
        }
    }

    static void waitForPort(int port) throws Exception {
        org.veil.testkit.DcmQrScp.waitForPort(port);
    }
}
