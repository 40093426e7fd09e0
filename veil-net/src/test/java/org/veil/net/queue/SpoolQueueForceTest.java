package org.veil.net.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.net.queue.SpoolQueue.State;

/** Which steps wait for a folder force: the received copy's deletion after de-identification does not. */
class SpoolQueueForceTest {
    @TempDir
    Path dir;

    @Test
    void supersedingTheReceivedCopy_doesNotWaitForAForce_butTheInstanceLeavingTheQueueDoes() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        q.put(State.RECEIVED, "a", text("raw a"));
        q.put(State.PROCESSED, "a", text("clean a"));
        long before = q.forces(State.RECEIVED);

        q.supersede(State.RECEIVED, "a");
        assertFalse(Files.exists(q.file(State.RECEIVED, "a")));
        assertEquals(before, q.forces(State.RECEIVED)); // regression: it used to force received/ here, per instance

        q.remove(State.PROCESSED, "a"); // forwarded: the deletion must be durable before the instance is gone
        assertEquals(before + 1, q.forces(State.RECEIVED));
        q.remove(State.PROCESSED, "b"); // nothing left unforced: no more forces of received/
        assertEquals(before + 1, q.forces(State.RECEIVED));
    }

    @Test
    void aSupersededCopyThatACrashBroughtBack_isRemovedAtOpen() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        q.put(State.PROCESSED, "a", text("clean a"));
        q.put(State.RECEIVED, "a", text("raw a")); // as if the deletion had not reached the disk
        SpoolQueue again = SpoolQueue.open(dir.resolve("spool"));
        assertEquals(List.of(), again.ids(State.RECEIVED));
        assertEquals("clean a", Files.readString(again.file(State.PROCESSED, "a")));
    }

    @Test
    void aStagedInstance_isNeitherForcedNorInAState_untilItIsPublished() throws Exception {
        // the gateway's de-identification workers stage; publishers wait for the disk (it used to be the workers)
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        SpoolQueue.Staged s = q.stage("a", text("clean a"));
        assertEquals(7, s.size());
        assertEquals(0, q.dataForces());
        assertEquals(List.of(), q.ids(State.PROCESSED));
        assertEquals(1, temporaries(q));

        s.publish(State.PROCESSED);
        assertEquals(1, q.dataForces());
        assertEquals("clean a", Files.readString(q.file(State.PROCESSED, "a")));
        assertEquals(0, temporaries(q));
    }

    @Test
    void aStagedInstanceACrashLeftUnpublished_isGoneAtOpen() throws Exception {
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        q.put(State.RECEIVED, "a", text("raw a"));
        q.stage("a", text("clean a"));
        SpoolQueue again = SpoolQueue.open(dir.resolve("spool"));
        assertEquals(List.of("a"), again.ids(State.RECEIVED)); // de-identified again after the restart
        assertEquals(List.of(), again.ids(State.PROCESSED));
        assertEquals(0, temporaries(again));
    }

    @Test
    void removingSeveralAtOnce_forcesTheFolderOnce() throws Exception {
        // the forwarder deletes what the peer confirmed in batches: a sender no longer waits for a force per instance
        SpoolQueue q = SpoolQueue.open(dir.resolve("spool"));
        for (String id : List.of("a", "b", "c")) {
            q.put(State.PROCESSED, id, text("clean " + id));
        }
        long before = q.forces(State.PROCESSED);
        q.removeAll(State.PROCESSED, List.of("a", "b", "c"));
        assertEquals(before + 1, q.forces(State.PROCESSED));
        assertEquals(List.of(), q.ids(State.PROCESSED));
    }

    private static long temporaries(SpoolQueue q) throws java.io.IOException {
        try (var s = Files.list(q.root().resolve(".tmp"))) {
            return s.count();
        }
    }

    private static SpoolQueue.Body text(String s) {
        return out -> out.write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
    }
}
