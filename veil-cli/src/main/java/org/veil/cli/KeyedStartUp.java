package org.veil.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.io.FailureText;

/**
 * Unlocks the project key on a thread of its own while the calling thread prepares what the run needs anyway and
 * that needs no key. Unlocking a keystore derives the entry's key with PBKDF2 (210,000 iterations: about half a
 * second of one core, more on a busy machine) and used to delay every keyed run by that much; on two cores the
 * preparations (the text cleaner's lexicon, the linkage store's database code) now run beside it. The key itself
 * never leaves the two threads' hands: the preparations do not see it.
 */
final class KeyedStartUp {
    private static final Logger LOG = LoggerFactory.getLogger(KeyedStartUp.class);

    private KeyedStartUp() {
    }

    /**
     * The key from {@code unlock}, run on a new thread while {@code preparations} run on this one, in order.
     *
     * @throws RuntimeException what {@code unlock} threw (a usage error, an unusable keystore), as it threw it
     */
    static RunKey load(Supplier<RunKey> unlock, List<Runnable> preparations) throws InterruptedException {
        if (preparations.isEmpty()) {
            return unlock.get();
        }
        FutureTask<RunKey> task = new FutureTask<>(unlock::get);
        Thread thread = new Thread(task, "veil-key-unlock");
        thread.setDaemon(true);
        thread.start();
        for (Runnable p : preparations) {
            prepare(p);
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the key could not be unlocked", e.getCause());
        }
    }

    /** A preparation that fails is only an early try: the run does the same work again where it needs it. */
    private static void prepare(Runnable preparation) {
        try {
            preparation.run();
        } catch (RuntimeException e) {
            LOG.debug("a start-up preparation failed ({}); it is done again when needed", FailureText.withoutDetail(e));
        }
    }
}
