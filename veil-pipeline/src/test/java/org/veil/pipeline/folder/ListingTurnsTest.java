package org.veil.pipeline.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veil.pipeline.Input;

/** The turns of a folder run: listing order, inputs ending before their turn, releases, rivals, unknown inputs. */
class ListingTurnsTest {
    private static Input input(int n) {
        return new Input.OfFile(Path.of("f" + n), "id" + n, "f" + n, 0);
    }

    private static ListingTurns<String> enlisted(int n) {
        ListingTurns<String> turns = new ListingTurns<>();
        for (int i = 0; i < n; i++) {
            turns.enlist(input(i).id());
        }
        return turns;
    }

    private static List<String> done(List<ListingTurns.Released<String>> released) {
        return released.stream().map(r -> r.done() + (r.demoted() ? " demoted" : "")).toList();
    }

    @Test
    void newStudiesAreDecidedInListingOrder_evenWhenLaterInputsArriveFirst() throws Exception {
        ListingTurns<String> turns = enlisted(4);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
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
            assertEquals(List.of(), order, "nobody decides before input 0");
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
    }

    @Test
    void aFinishedInputIsReleasedOnceEveryEarlierOneHasPassed() {
        ListingTurns<String> turns = enlisted(3);
        turns.pass(input(1), "b");
        turns.settled(input(1));
        assertEquals(List.of(), done(turns.finish(input(1), "one")), "input 0 has not read its header yet");
        turns.pass(input(0), "a");
        assertEquals(List.of("zero", "one"), done(turns.finish(input(0), "zero")));
        assertEquals(List.of("two"), done(turns.finish(input(2), "two")), "ended before its turn");
        assertEquals(0, turns.open());
    }

    @Test
    void anEarlierRivalTakesTheNameOver_theLaterOneIsDemoted() {
        ListingTurns<String> turns = enlisted(2);
        turns.pass(input(1), "same");
        turns.settled(input(1)); // wrote the name first
        assertEquals(List.of(), done(turns.finish(input(1), "later")));
        turns.pass(input(0), "same");
        assertFalse(turns.yields(input(0).id(), input(1)), "an earlier holder keeps its name");
        assertTrue(turns.yields(input(1).id(), input(0)), "a later, unreleased holder gives it up");
        turns.settled(input(0));
        assertEquals(List.of("earlier", "later demoted"), done(turns.finish(input(0), "earlier")));
        assertFalse(turns.yields(input(1).id(), input(0)), "released inputs are not known any more");
    }

    @Test
    void aLaterRivalIsNotReleasedBeforeTheEarlierOneSettles() {
        ListingTurns<String> turns = enlisted(3);
        turns.pass(input(0), "same");
        turns.pass(input(1), "other");
        turns.pass(input(2), "same");
        turns.settled(input(2));
        turns.settled(input(1));
        assertEquals(List.of("one"), done(turns.finish(input(1), "one")));
        assertEquals(List.of(), done(turns.finish(input(2), "two")), "input 0 may still claim its name");
        turns.settled(input(0));
        assertEquals(List.of("zero", "two"), done(turns.finish(input(0), "zero")));
    }

    @Test
    void inputsNeverEnlisted_neverWait() {
        ListingTurns<String> turns = enlisted(1);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            turns.await(input(7));
            turns.pass(input(7), "k");
            turns.settled(input(7));
            assertFalse(turns.yields(input(0).id(), input(7)));
        });
        assertEquals(List.of("seven"), done(turns.finish(input(7), "seven")));
        assertEquals(1, turns.open());
    }
}
