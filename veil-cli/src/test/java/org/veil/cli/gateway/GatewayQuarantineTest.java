package org.veil.cli.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.AcceptPolicy;
import org.veil.net.DicomServer;
import org.veil.net.FileMeta;
import org.veil.net.NetOptions;
import org.veil.net.PartTenFile;
import org.veil.net.RemoteAe;
import org.veil.net.Requestor;
import org.veil.net.StorageHandler;
import org.veil.net.StoreScu;
import org.veil.net.queue.Forwarder;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.KeySource;
import org.veil.synth.Workloads;

/**
 * The gateway in this JVM, between Veil's own SCU and SCP: an instance the run cannot read is acknowledged (it is
 * durable), then quarantined with a reason sentence, never forwarded; the good ones go through; the spool ends empty.
 */
class GatewayQuarantineTest {
    private static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.7";
    private static final String BROKEN_UID = "2.25.4242424242";
    @TempDir
    Path dir;

    @Test
    void anUnreadableInstance_isQuarantinedWithAReason_othersForwarded() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Workloads.small(inputs, 3, 1, 5L);
        byte[] brokenDataSet = brokenDataSet();
        Path broken = dir.resolve("broken.dcm");
        byte[] meta = FileMeta.encode(SOP_CLASS, BROKEN_UID, "1.2.840.10008.1.2.1", "TEST");
        Files.write(broken, meta);
        Files.write(broken, brokenDataSet, java.nio.file.StandardOpenOption.APPEND);
        List<PartTenFile> files;
        try (Stream<Path> s = Files.walk(inputs)) {
            files = new java.util.ArrayList<>(s.filter(p -> p.toString().endsWith(".dcm")).sorted().map(p -> {
                try {
                    return PartTenFile.of(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        }
        files.add(1, new PartTenFile(broken, SOP_CLASS, BROKEN_UID, "1.2.840.10008.1.2.1", meta.length));
        Map<String, Integer> arrivals = new ConcurrentHashMap<>();
        try (DicomServer archive = new DicomServer(NetOptions.of("ARCHIVE"), AcceptPolicy.storage("ARCHIVE", Set.of()),
                counting(arrivals), 2)) {
            int archivePort = archive.start(InetAddress.getLoopbackAddress(), 0);
            Gateway.Settings settings = new Gateway.Settings(NetOptions.of("VEIL"), InetAddress.getLoopbackAddress(),
                    0, Set.of(), 4, new RemoteAe("ARCHIVE", "127.0.0.1", archivePort), 1,
                    new Forwarder.Retry(Duration.ofMillis(100), Duration.ofSeconds(1), 3), dir.resolve("spool"),
                    dir.resolve("quarantine"), 2, true);
            DeidRun run = DeidRun.builder(DeidRunOptions.DEFAULT, KeySource.random()).build();
            try (Gateway gateway = new Gateway(settings, d -> run.perInstance(d.output(), d.quarantine())::process)) {
                int port = gateway.start();
                List<StoreScu.Result> results = new StoreScu(new Requestor(NetOptions.of("MODALITY")))
                        .send(new RemoteAe("VEIL", "127.0.0.1", port), files);
                assertTrue(results.stream().allMatch(StoreScu.Result::ok), results.toString());
                for (int i = 0; i < 600 && (gateway.pending() > 0 || arrivals.size() < 3); i++) {
                    Thread.sleep(50);
                }
                GatewayCounts c = gateway.counts();
                assertEquals(4, c.received());
                assertEquals(3, c.deidentified());
                assertEquals(1, c.quarantined());
                assertEquals(3, c.forwarded());
            }
        }
        assertEquals(3, arrivals.size());
        assertTrue(arrivals.values().stream().allMatch(n -> n == 1));
        List<Path> quarantined;
        try (Stream<Path> s = Files.list(dir.resolve("quarantine"))) {
            quarantined = s.sorted().toList();
        }
        assertEquals(2, quarantined.size(), quarantined.toString());
        Path copy = quarantined.stream().filter(p -> p.toString().endsWith(".input")).findFirst().orElseThrow();
        byte[] kept = Files.readAllBytes(copy);
        assertEquals(ByteBuffer.wrap(brokenDataSet), ByteBuffer.wrap(kept, kept.length - brokenDataSet.length,
                brokenDataSet.length), "the quarantine keeps the instance as received");
        Path reason = quarantined.stream().filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
        String text = Files.readString(reason);
        assertTrue(text.startsWith("spooled instance "), text);
        assertFalse(text.contains("Exception"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(reason)));
        try (Stream<Path> s = Files.walk(dir.resolve("spool"))) {
            assertEquals(List.of(), s.filter(Files::isRegularFile).toList());
        }
    }

    /** Explicit VR Little Endian; Patient's Name claims 200 bytes where 4 follow. */
    private static byte[] brokenDataSet() throws Exception {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        element(ds, 0x0008, 0x0016, "UI", SOP_CLASS + "\0");
        element(ds, 0x0008, 0x0018, "UI", BROKEN_UID + "\0");
        ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) 0x0010).putShort((short) 0x0010).put("PN".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 200);
        ds.write(h.array());
        ds.write("DOE^".getBytes(StandardCharsets.US_ASCII));
        return ds.toByteArray();
    }

    private static void element(ByteArrayOutputStream out, int group, int element, String vr, String value)
            throws Exception {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII))
                .putShort((short) v.length);
        out.write(h.array());
        out.write(v);
    }

    private static StorageHandler counting(Map<String, Integer> arrivals) {
        return rq -> new StorageHandler.Instance() {
            @Override
            public java.io.OutputStream out() {
                return java.io.OutputStream.nullOutputStream();
            }

            @Override
            public int commit() {
                arrivals.merge(rq.sopInstanceUid(), 1, Integer::sum);
                return 0;
            }

            @Override
            public void discard() {
            }
        };
    }
}
