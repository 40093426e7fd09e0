package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.TransferSyntax;
import java.net.InetAddress;
import java.util.Set;
import org.veil.net.AcceptPolicy;
import org.veil.net.DicomServer;
import org.veil.net.NetOptions;
import org.veil.net.PartTenFile;
import org.veil.net.SpoolStorage;
import org.veil.testkit.Tool;

/**
 * {@code veil gateway} between dcmtk peers on loopback: echoscu and storescu (compressed syntaxes negotiated, and
 * uncompressed data with storescu's default proposals) into the gateway, which forwards to storescp. Each forwarded
 * data set is byte for byte what {@code veil deid} writes, with the same key, for what the gateway received (the same
 * storescu calls into Veil's plain storage SCP, which negotiates the same way, keep it).
 */
class GatewayDcmtkTest {
    private static final byte[] SECRET = new byte[32];

    static {
        for (int i = 0; i < SECRET.length; i++) {
            SECRET[i] = (byte) (i * 7 + 3);
        }
    }

    @TempDir
    Path dir;

    @Test
    void storescu_throughTheGateway_toStorescp_equalsVeilDeidOfWhatWasSent() throws Exception {
        Tool.require("storescu");
        Tool.require("echoscu");
        Path key = ChildVeil.keyFile(dir, SECRET);
        List<PartTenFile> files = GatewayPeers.corpus(1);
        assertTrue(files.size() >= 8, "transfer syntaxes covered: " + files.size());
        Map<List<String>, List<Path>> sends = sends(files);
        int sent;
        try (GatewayPeers.Archive archive = new GatewayPeers.Archive(dir);
             DicomServer capture = new DicomServer(NetOptions.of("VEIL"), AcceptPolicy.storage("VEIL", Set.of()),
                     new SpoolStorage(dir.resolve("cap")), 4);
             GatewayPeers.Child gateway = new GatewayPeers.Child(dir, key, "--forward", archive.address(), "--spool",
                     dir.resolve("spool").toString(), "--allow-calling", "MODALITY")) {
            int capturePort = capture.start(InetAddress.getLoopbackAddress(), 0);
            Tool.Result echo = Tool.run(Duration.ofSeconds(30), "echoscu", "-aet", "MODALITY", "-aec", "VEIL",
                    "127.0.0.1", Integer.toString(gateway.port));
            assertTrue(echo.ok(), echo.stdout() + echo.stderr());
            // a caller not on the allow-list is rejected at association (permanent, calling AE not recognized)
            Tool.Result stranger = Tool.run(Duration.ofSeconds(30), "echoscu", "-aet", "STRANGER", "-aec", "VEIL",
                    "127.0.0.1", Integer.toString(gateway.port));
            assertFalse(stranger.ok());
            assertTrue((stranger.stdout() + stranger.stderr()).contains("Calling AE Title Not Recognized"),
                    stranger.stdout() + stranger.stderr());
            Tool.Result refused = GatewayPeers.storescu(gateway.port, "STRANGER", List.of(), List.of(files.get(0).path()));
            assertFalse(refused.ok());
            sent = 0;
            for (var e : sends.entrySet()) {
                Tool.Result r = GatewayPeers.storescu(gateway.port, "MODALITY", e.getKey(), e.getValue());
                assertTrue(r.ok(), e.getKey() + ": " + r.stdout() + r.stderr());
                // the same call into Veil's plain storage SCP (same negotiation) keeps what the gateway received
                Tool.Result c = GatewayPeers.storescu(capturePort, "MODALITY", e.getKey(), e.getValue());
                assertTrue(c.ok(), c.stdout() + c.stderr());
                sent += e.getValue().size();
            }
            assertEquals(sent, archive.await(sent).size(), gateway.log());
            assertEquals(143, gateway.stop(), gateway.log()); // SIGTERM: 128 + 15, after the counts
            String log = gateway.log();
            assertTrue(log.contains("stopped; received " + sent + ", de-identified " + sent + ", skipped 0, "
                    + "quarantined 0, forwarded " + sent + ", refused by the peer 0"), log);
            assertEquals(List.of(), spooled(dir.resolve("spool")));
            assertEquals(sent, capture.counts().stored());
        }
        Map<String, byte[]> reference = deidDataSets(dir.resolve("cap"), key);
        assertEquals(sent, reference.size());
        int same = 0;
        for (Path f : archive(dir)) {
            PartTenFile got = PartTenFile.of(f);
            byte[] expected = reference.get(got.sopInstance());
            assertTrue(expected != null, "a forwarded instance that veil deid did not write");
            if ((expected.length & 1) == 1) { // PDVs are even: an odd deflated data set travels with a pad byte
                expected = java.util.Arrays.copyOf(expected, expected.length + 1);
            }
            assertArrayEquals(expected, dataSet(got), "data set bytes, " + TransferSyntax.of(got.transferSyntax()));
            same++;
        }
        assertEquals(sent, same);
    }

    /** Compressed syntaxes one storescu call each, negotiated with -R and its proposal; uncompressed ones by default. */
    private static Map<List<String>, List<Path>> sends(List<PartTenFile> files) {
        Map<List<String>, List<Path>> sends = new LinkedHashMap<>();
        for (PartTenFile p : files) {
            TransferSyntax ts = TransferSyntax.of(p.transferSyntax());
            List<String> options = ts.encapsulated() || ts.deflated()
                    ? List.of("-R", GatewayPeers.STORESCU_PROPOSAL.get(p.transferSyntax())) : List.of();
            sends.computeIfAbsent(options, k -> new ArrayList<>()).add(p.path());
        }
        return sends;
    }

    /** Runs {@code veil deid} (child JVM, same key) on a folder; the data set bytes of each output by SOP instance. */
    private Map<String, byte[]> deidDataSets(Path in, Path key) throws Exception {
        Path out = dir.resolve("deid-out");
        int exit = ChildVeil.run(dir.resolve("deid.log"), Map.of(RunKey.TEST_KEY_FILE, key.toString()), "deid",
                in.toString(), out.toString());
        assertEquals(0, exit, Files.readString(dir.resolve("deid.log")));
        Map<String, byte[]> byUid = new HashMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".dcm")).toList()) {
                PartTenFile p = PartTenFile.of(f);
                byUid.put(p.sopInstance(), dataSet(p));
            }
        }
        return byUid;
    }

    static byte[] dataSet(PartTenFile f) throws IOException {
        try (InputStream in = f.openDataSet()) {
            return in.readAllBytes();
        }
    }

    static List<Path> archive(Path work) throws IOException {
        try (Stream<Path> s = Files.list(work.resolve("archive"))) {
            return s.sorted().toList();
        }
    }

    /** Every instance file left in the spool's states (the quarantine aside). */
    static List<Path> spooled(Path spool) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        Path quarantine = spool.resolve("quarantine");
        // the gateway renames and deletes while we look: a file gone between listing and reading is passed over
        Files.walkFileTree(spool, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && !f.startsWith(quarantine)) {
                    files.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

}
