package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.PartTenFile;
import org.veil.synth.Workloads;
import org.veil.testkit.DcmQrScp;
import org.veil.testkit.Tool;

/**
 * kill -9 of the gateway while storescu is sending: after a restart, every instance storescu saw acknowledged is
 * forwarded, each exactly once, and nothing else is (at most the one instance the gateway had made durable but not
 * yet acknowledged when it died). The destination is down while the gateway is killed, so no forward is in flight:
 * the count at storescp is exact (a forward in flight at a crash is sent again, see docs/gateway.md).
 */
class GatewayCrashTest {
    private static final int FILES = 150;

    @TempDir
    Path dir;

    @Test
    void killedWhileReceiving_restarted_everyAcknowledgedInstanceForwardedOnce() throws Exception {
        Tool.require("storescu");
        Tool.require("storescp");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Workloads.small(inputs, FILES, 3, 18L);
        List<Path> files = list(inputs);
        Path key = ChildVeil.keyFile(dir, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
            19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        int archivePort = DcmQrScp.freePort();
        String forward = "ARCHIVE@127.0.0.1:" + archivePort;
        Path spool = dir.resolve("spool");
        int acknowledged;
        Path first = Files.createDirectories(dir.resolve("run1"));
        try (GatewayPeers.Child gateway = new GatewayPeers.Child(first, key, "--forward", forward, "--spool",
                spool.toString(), "--retry-max", "1")) {
            List<String> cmd = new ArrayList<>(List.of("storescu", "-v", "-aet", "MODALITY", "-aec", "VEIL",
                    "127.0.0.1", Integer.toString(gateway.port)));
            files.forEach(f -> cmd.add(f.toString()));
            Process storescu = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("storescu.log").toFile()).start();
            for (int i = 0; i < 3000 && GatewayDcmtkTest.spooled(spool).size() < FILES / 3 && storescu.isAlive(); i++) {
                Thread.sleep(5);
            }
            gateway.kill();
            assertTrue(storescu.waitFor(60, TimeUnit.SECONDS));
            acknowledged = successes();
        }
        // killed mid-stream: the spool held a third of the files (some of them maybe not yet acknowledged)
        assertTrue(acknowledged >= FILES / 3 - 5 && acknowledged < FILES, "acknowledged before the kill: "
                + acknowledged);

        try (GatewayPeers.Archive archive = new GatewayPeers.Archive(dir, archivePort)) {
            Path second = Files.createDirectories(dir.resolve("run2"));
            int exit = ChildVeil.run(second.resolve("gateway.log"), Map.of(RunKey.TEST_KEY_FILE, key.toString()),
                    "gateway", "--bind", "127.0.0.1", "--port", "0", "--forward", forward, "--spool",
                    spool.toString(), "--stop-when-idle", "3");
            String log = Files.readString(second.resolve("gateway.log"));
            assertEquals(0, exit, log);
            assertTrue(log.contains("resumed from the spool"), log);
            List<Path> arrived = archive.files();
            Set<String> distinct = new HashSet<>();
            for (Path f : arrived) {
                distinct.add(PartTenFile.of(f).sopInstance());
            }
            assertEquals(arrived.size(), distinct.size(), "an instance was forwarded twice");
            assertTrue(arrived.size() == acknowledged || arrived.size() == acknowledged + 1,
                    "acknowledged " + acknowledged + ", forwarded " + arrived.size());
            // the acknowledged ones are among them: veil deid of the same inputs with the same key names them
            Set<String> expected = deidentifiedUids(files.subList(0, acknowledged), key);
            assertTrue(distinct.containsAll(expected), "an acknowledged instance was not forwarded");
            assertEquals(List.of(), GatewayDcmtkTest.spooled(spool));
        }
    }

    private int successes() throws Exception {
        Path log = dir.resolve("storescu.log");
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return (int) lines.filter(l -> l.contains("Received Store Response (Success)")).count();
        }
    }

    private Set<String> deidentifiedUids(List<Path> inputs, Path key) throws Exception {
        Path in = Files.createDirectories(dir.resolve("acknowledged"));
        for (Path f : inputs) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        Path out = dir.resolve("deid");
        int exit = ChildVeil.run(dir.resolve("deid.log"), Map.of(RunKey.TEST_KEY_FILE, key.toString()), "deid",
                in.toString(), out.toString());
        assertEquals(0, exit, Files.readString(dir.resolve("deid.log")));
        Set<String> uids = new HashSet<>();
        for (Path f : list(out)) {
            uids.add(PartTenFile.of(f).sopInstance());
        }
        assertEquals(inputs.size(), uids.size());
        return uids;
    }

    private static List<Path> list(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }
}
