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

    private static SpoolQueue.Body text(String s) {
        return out -> out.write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
    }
}
