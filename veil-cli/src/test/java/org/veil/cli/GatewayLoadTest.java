package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.PartTenFile;
import org.veil.synth.Workloads;
import org.veil.testkit.Tool;

/**
 * Eight storescu associations at once into the gateway (a bounded count, checked for completeness, not for speed):
 * every instance is acknowledged, de-identified and forwarded exactly once.
 */
class GatewayLoadTest {
    private static final int SENDERS = 8;
    private static final int PER_SENDER = 12;

    @TempDir
    Path dir;

    @Test
    void eightConcurrentAssociations_everyInstanceForwardedOnce() throws Exception {
        Tool.require("storescu");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Workloads.small(inputs, SENDERS * PER_SENDER, SENDERS, 8L);
        List<Path> files;
        try (Stream<Path> s = Files.walk(inputs)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        Path key = ChildVeil.keyFile(dir, "0123456789abcdef0123456789abcdef".getBytes());
        try (GatewayPeers.Archive archive = new GatewayPeers.Archive(dir);
             GatewayPeers.Child gateway = new GatewayPeers.Child(dir, key, "--forward", archive.address(), "--spool",
                     dir.resolve("spool").toString(), "--max-associations", "8", "--forward-associations", "1")) {
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            List<Future<Tool.Result>> runs = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                List<Path> mine = files.subList(i * PER_SENDER, (i + 1) * PER_SENDER);
                runs.add(pool.submit(() -> GatewayPeers.storescu(gateway.port, "MODALITY", List.of(), mine)));
            }
            for (Future<Tool.Result> r : runs) {
                Tool.Result result = r.get();
                assertTrue(result.ok(), result.stdout() + result.stderr());
            }
            pool.shutdown();
            int total = SENDERS * PER_SENDER;
            List<Path> arrived = archive.await(total);
            assertEquals(143, gateway.stop());
            assertTrue(gateway.log().contains("received " + total + ", de-identified " + total + ", skipped 0, "
                    + "quarantined 0, forwarded " + total), gateway.log());
            Set<String> distinct = new HashSet<>();
            for (Path f : archive.files()) {
                distinct.add(PartTenFile.of(f).sopInstance());
            }
            assertEquals(total, arrived.size());
            assertEquals(total, distinct.size());
            assertEquals(SENDERS, gateway.log().lines().filter(l -> l.contains("association from MODALITY released"))
                    .count());
        }
    }
}
