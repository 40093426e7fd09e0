package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veil.pipeline.Input;

/** The turns of a folder run: listing order, inputs ending before their turn, rivals, inputs never enlisted. */
class ListingTurnsTest {
    private static Input input(int n) {
        return new Input.OfFile(Path.of("f" + n), "id" + n, "f" + n, 0);
    }

    @Test
    void turnsAreTakenInListingOrder_evenWhenLaterInputsArriveFirst() throws Exception {
        ListingTurns turns = new ListingTurns();
        for (int i = 0; i < 4; i++) {
            turns.enlist(input(i).id());
        }
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> later = new ArrayList<>();
            for (int i = 3; i >= 1; i--) {
                int n = i;
                later.add(pool.submit(() -> {
                    turns.await(input(n));
                    order.add(n);
                    turns.pass(input(n), "k" + n);
                }));
                Thread.sleep(20);
            }
            assertEquals(List.of(), order, "nobody passes before input 0");
            turns.settled(input(0)); // e.g. not DICOM: ends without taking its turn
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (Future<?> f : later) {
                    f.get();
                }
            });
            assertEquals(List.of(1, 2, 3), order);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, turns.open(), "passed but not settled");
    }

    @Test
    void aClaimWaitsForEarlierTurns_andForEarlierRivalsToSettle() throws Exception {
        ListingTurns turns = new ListingTurns();
        for (int i = 0; i < 3; i++) {
            turns.enlist(input(i).id());
        }
        turns.pass(input(2), "same");
        turns.pass(input(1), "other");
        Thread waiting = new Thread(() -> turns.awaitRivals(input(1)));
        waiting.start();
        waiting.join(200);
        assertEquals(Thread.State.WAITING, waiting.getState(), "input 1 waits for input 0 to pass its turn");
        turns.pass(input(0), "same");
        waiting.join(5000);
        assertEquals(Thread.State.TERMINATED, waiting.getState(), "input 0 is no rival of input 1");
        Thread later = new Thread(() -> {
            turns.awaitRivals(input(2));
            turns.settled(input(2));
        });
        later.start();
        later.join(200);
        assertEquals(Thread.State.WAITING, later.getState(), "input 2 waits for input 0, its rival");
        turns.settled(input(0));
        later.join(5000);
        assertEquals(Thread.State.TERMINATED, later.getState());
        turns.settled(input(1));
        assertEquals(0, turns.open());
    }

    @Test
    void inputsNeverEnlisted_neverWait() {
        ListingTurns turns = new ListingTurns();
        turns.enlist(input(0).id());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            turns.await(input(7));
            turns.awaitRivals(input(7));
            turns.pass(input(7), "k");
            turns.settled(input(7));
        });
        assertEquals(1, turns.open());
    }
}
