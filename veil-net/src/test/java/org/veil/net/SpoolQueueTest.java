package org.veil.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.queue.SpoolQueue;
import org.veil.net.queue.SpoolQueue.State;

/** The gateway's persistent queue: durable receipt, atomic state changes, repair after a killed process. */
class SpoolQueueTest {
    @TempDir
    Path dir;

    @Test
    void received_instances_areWholeInTheReceivedState_andAnnouncedOnlyAfterTheyAreThere() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        List<String> announced = new CopyOnWriteArrayList<>();
        List<Boolean> presentWhenAnnounced = new CopyOnWriteArrayList<>();
        List<PartTenFile> sent = NetFixture.onePerSyntax().subList(0, 3);
        try (DicomServer server = new DicomServer(NetOptions.of("VEIL"), AcceptPolicy.storage("VEIL", Set.of()),
                q.receiver(id -> {
                    announced.add(id);
                    presentWhenAnnounced.add(Files.exists(q.file(State.RECEIVED, id)));
                }), 2)) {
            int port = server.start(InetAddress.getLoopbackAddress(), 0);
            List<StoreScu.Result> results = new StoreScu(new Requestor(NetOptions.of("MODALITY")))
                    .send(new RemoteAe("VEIL", "127.0.0.1", port), sent);
            assertTrue(results.stream().allMatch(StoreScu.Result::ok), results.toString());
        }
        assertEquals(q.ids(State.RECEIVED), announced);
        assertEquals(List.of(true, true, true), presentWhenAnnounced);
        for (int i = 0; i < sent.size(); i++) {
            PartTenFile got = PartTenFile.of(q.file(State.RECEIVED, announced.get(i)));
            assertEquals(sent.get(i).sopInstance(), got.sopInstance());
            try (var a = sent.get(i).openDataSet(); var b = got.openDataSet()) {
                assertArrayEquals(a.readAllBytes(), b.readAllBytes());
            }
        }
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(q.root().resolve(State.RECEIVED.folder()))));
        assertEquals(List.of(), temporaries(q));
    }

    @Test
    void open_afterACrash_removesPartialFiles_andKeepsEachIdInItsLatestStateOnly() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        q.put(State.RECEIVED, "a", bytes("raw a"));
        q.put(State.RECEIVED, "b", bytes("raw b"));
        q.put(State.PROCESSED, "b", bytes("clean b")); // killed after the processed copy, before the raw one went
        q.put(State.PROCESSED, "c", bytes("clean c"));
        q.put(State.REFUSED, "c", bytes("clean c")); // killed in the middle of a move (cannot happen with rename)
        Files.writeString(q.root().resolve(".tmp").resolve("d.123.tmp"), "half of d");

        SpoolQueue again = SpoolQueue.open(dir.resolve("spool"));
        assertEquals(List.of("a"), again.ids(State.RECEIVED));
        assertEquals(List.of("b"), again.ids(State.PROCESSED));
        assertEquals(List.of("c"), again.ids(State.REFUSED));
        assertEquals("clean b", Files.readString(again.file(State.PROCESSED, "b")));
        assertEquals(List.of(), temporaries(again));
    }

    @Test
    void move_and_remove_changeStateInOneStep() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        q.put(State.PROCESSED, "x", bytes("clean x"));
        q.move("x", State.PROCESSED, State.REFUSED);
        assertFalse(Files.exists(q.file(State.PROCESSED, "x")));
        assertEquals("clean x", Files.readString(q.file(State.REFUSED, "x")));
        q.remove(State.REFUSED, "x");
        q.remove(State.REFUSED, "x");
        assertEquals(List.of(), q.ids(State.REFUSED));
    }

    @Test
    void aFailingBody_leavesNothingBehind() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        try {
            q.put(State.PROCESSED, "y", out -> {
                out.write(ByteBuffer.wrap(new byte[] {1, 2}));
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertEquals("disk full", expected.getMessage());
        }
        assertEquals(List.of(), q.ids(State.PROCESSED));
        assertEquals(List.of(), temporaries(q));
    }

    private static SpoolQueue.Body bytes(String s) {
        return out -> out.write(ByteBuffer.wrap(s.getBytes()));
    }

    private static List<Path> temporaries(SpoolQueue q) throws IOException {
        try (Stream<Path> s = Files.list(q.root().resolve(".tmp"))) {
            return s.toList();
        }
    }
}
