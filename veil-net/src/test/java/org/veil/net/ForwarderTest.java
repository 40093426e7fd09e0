package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.dimse.Status;
import org.veil.net.queue.Forwarder;
import org.veil.net.queue.SpoolQueue;
import org.veil.net.queue.SpoolQueue.State;

/** Forwarding from the queue: waits for a peer that is down, sends each instance once, sets refused ones aside. */
class ForwarderTest {
    private static final Forwarder.Retry FAST = new Forwarder.Retry(Duration.ofMillis(100), Duration.ofMillis(400), 3);

    @TempDir
    Path dir;

    @Test
    void aPeerThatIsDown_isRetried_andEveryInstanceArrivesOnce() throws Exception {
        SpoolQueue q = queueWith(NetFixture.onePerSyntax().subList(0, 4));
        int port = NetFixture.freePort();
        Map<String, Integer> arrivals = new ConcurrentHashMap<>();
        List<String> forwarded = new CopyOnWriteArrayList<>();
        try (Forwarder f = new Forwarder(q, new StoreScu(new Requestor(NetOptions.of("VEIL"))),
                new RemoteAe("ARCHIVE", "127.0.0.1", port), FAST, listener(forwarded, new CopyOnWriteArrayList<>()))) {
            f.start(2);
            Thread.sleep(700); // several refused connections: the back-off runs
            assertEquals(4, f.pending());
            try (DicomServer archive = new DicomServer(NetOptions.of("ARCHIVE"),
                    AcceptPolicy.storage("ARCHIVE", Set.of()), counting(arrivals, Status.SUCCESS), 4)) {
                archive.start(InetAddress.getLoopbackAddress(), port);
                waitUntil(() -> f.pending() == 0);
            }
        }
        assertEquals(4, forwarded.size());
        assertEquals(4, arrivals.size());
        assertTrue(arrivals.values().stream().allMatch(n -> n == 1), arrivals.toString());
        assertEquals(List.of(), q.ids(State.PROCESSED));
    }

    @Test
    void anInstanceThePeerKeepsRefusing_isSetAsideWithTheStatus() throws Exception {
        SpoolQueue q = queueWith(NetFixture.onePerSyntax().subList(0, 1));
        Map<String, Integer> arrivals = new ConcurrentHashMap<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        try (DicomServer archive = new DicomServer(NetOptions.of("ARCHIVE"), AcceptPolicy.storage("ARCHIVE", Set.of()),
                counting(arrivals, Status.OUT_OF_RESOURCES), 4)) {
            int port = archive.start(InetAddress.getLoopbackAddress(), 0);
            try (Forwarder f = new Forwarder(q, new StoreScu(new Requestor(NetOptions.of("VEIL"))),
                    new RemoteAe("ARCHIVE", "127.0.0.1", port), FAST, listener(new CopyOnWriteArrayList<>(), refused))) {
                f.start(1);
                waitUntil(() -> f.pending() == 0);
            }
        }
        assertEquals(1, refused.size());
        assertEquals(3, arrivals.values().iterator().next());
        String id = q.ids(State.REFUSED).get(0);
        assertEquals("the peer answered status A700H (3 attempts)\n",
                Files.readString(q.root().resolve("refused").resolve(id + ".reason.txt")));
        assertEquals(List.of(), q.ids(State.PROCESSED));
    }

    @Test
    void instancesArrivingOneByOne_shareOneAssociationPerSender() throws Exception {
        // regression: each sender used to open, use and release an association per batch of what was ready, so a
        // gateway whose instances trickle in (one de-identified at a time) paid an association per instance
        SpoolQueue q = queueWith(List.of());
        List<PartTenFile> files = NetFixture.onePerSyntax().subList(0, 3);
        Map<String, Integer> arrivals = new ConcurrentHashMap<>();
        List<String> forwarded = new CopyOnWriteArrayList<>();
        try (DicomServer archive = new DicomServer(NetOptions.of("ARCHIVE"), AcceptPolicy.storage("ARCHIVE", Set.of()),
                counting(arrivals, Status.SUCCESS), 4)) {
            int port = archive.start(InetAddress.getLoopbackAddress(), 0);
            try (Forwarder f = new Forwarder(q, new StoreScu(new Requestor(NetOptions.of("VEIL"))),
                    new RemoteAe("ARCHIVE", "127.0.0.1", port), FAST, listener(forwarded, new CopyOnWriteArrayList<>()),
                    Duration.ofSeconds(30))) {
                f.start(1);
                for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < files.size(); i++) { // the same kinds again and again, one at a time
                        String id = "r" + round + "i" + i;
                        byte[] bytes = Files.readAllBytes(files.get(i).path());
                        q.put(State.PROCESSED, id, out -> out.write(java.nio.ByteBuffer.wrap(bytes)));
                        f.offer(id);
                        waitUntil(() -> f.pending() == 0);
                    }
                }
            }
            assertEquals(9, forwarded.size());
            assertEquals(3, arrivals.size());
            assertTrue(arrivals.values().stream().allMatch(n -> n == 3), arrivals.toString());
            // the first file's kind opens the association; the other kinds are new to it the first time only
            assertTrue(archive.counts().accepted() <= 3, archive.counts().toString());
        }
    }

    @Test
    void aKeptAssociationThePeerDropped_isReplacedAtOnce() throws Exception {
        SpoolQueue q = queueWith(List.of());
        PartTenFile file = NetFixture.onePerSyntax().get(0);
        byte[] bytes = Files.readAllBytes(file.path());
        Map<String, Integer> arrivals = new ConcurrentHashMap<>();
        List<String> forwarded = new CopyOnWriteArrayList<>();
        int port = NetFixture.freePort();
        Forwarder.Retry slow = new Forwarder.Retry(Duration.ofSeconds(60), Duration.ofSeconds(60), 3);
        try (Forwarder f = new Forwarder(q, new StoreScu(new Requestor(NetOptions.of("VEIL"))),
                new RemoteAe("ARCHIVE", "127.0.0.1", port), slow, listener(forwarded, new CopyOnWriteArrayList<>()),
                Duration.ofSeconds(30))) {
            f.start(1);
            for (int round = 0; round < 2; round++) { // the archive restarts in between: the kept association is gone
                try (DicomServer archive = new DicomServer(NetOptions.of("ARCHIVE"),
                        AcceptPolicy.storage("ARCHIVE", Set.of()), counting(arrivals, Status.SUCCESS), 4)) {
                    archive.start(InetAddress.getLoopbackAddress(), port);
                    q.put(State.PROCESSED, "i" + round, out -> out.write(java.nio.ByteBuffer.wrap(bytes)));
                    f.offer("i" + round);
                    waitUntil(() -> f.pending() == 0); // well before the 60 s back-off a failure would cost
                }
            }
        }
        assertEquals(List.of("i0", "i1"), forwarded);
        assertEquals(Map.of(file.sopInstance(), 2), arrivals);
    }

    private SpoolQueue queueWith(List<PartTenFile> files) throws IOException {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        int n = 0;
        for (PartTenFile p : files) {
            byte[] bytes = Files.readAllBytes(p.path());
            q.put(State.PROCESSED, "i" + n++, out -> out.write(java.nio.ByteBuffer.wrap(bytes)));
        }
        return q;
    }

    private static Forwarder.Listener listener(List<String> forwarded, List<String> refused) {
        return new Forwarder.Listener() {
            @Override
            public void forwarded(String id, PartTenFile sent) {
                forwarded.add(id);
            }

            @Override
            public void refused(String id, String reason) {
                refused.add(id);
            }
        };
    }

    /** A storage that counts arrivals per SOP instance and answers {@code status}. */
    private static StorageHandler counting(Map<String, Integer> arrivals, int status) {
        return rq -> new StorageHandler.Instance() {
            @Override
            public OutputStream out() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public int commit() {
                arrivals.merge(rq.sopInstanceUid(), 1, Integer::sum);
                return status;
            }

            @Override
            public void discard() {
            }
        };
    }

    static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(done.getAsBoolean(), "not done within 30 s");
    }

    static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
