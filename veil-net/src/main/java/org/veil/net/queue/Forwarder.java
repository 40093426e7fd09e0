package org.veil.net.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.net.PartTenFile;
import org.veil.net.RemoteAe;
import org.veil.net.StoreScu;

/**
 * Sends the instances of {@link SpoolQueue.State#PROCESSED} to a peer by C-STORE, over up to {@code associations}
 * associations at once, each carrying a batch. An instance leaves the queue only after the peer answered success for
 * it; when the peer cannot be reached or the association breaks, the batch waits and is sent again, the wait doubling
 * from {@link Retry#first()} to {@link Retry#max()} (and back to the first after a success). An instance the peer
 * answers with a failure status is tried {@link Retry#attempts()} times, then moved to {@link SpoolQueue.State#REFUSED}
 * with the status as reason. Logs hold counts and statuses, never data.
 */
public final class Forwarder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);
    private static final int BATCH = 32;

    /** What happened to an instance (called from the sending threads). */
    public interface Listener {
        /** The peer confirmed {@code id}; it has left the queue. */
        void forwarded(String id, PartTenFile sent);

        /** The peer refused {@code id} for good; it was moved to the refused state. */
        void refused(String id, String reason);
    }

    /**
     * How sending is retried.
     *
     * @param first    the first wait after a failed association
     * @param max      the longest wait
     * @param attempts how many times one instance is sent while the peer answers it with a failure status
     */
    public record Retry(Duration first, Duration max, int attempts) {
        public static final Retry DEFAULT = new Retry(Duration.ofSeconds(1), Duration.ofMinutes(1), 5);

        public Retry {
            if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || attempts < 1) {
                throw new IllegalArgumentException("retry waits must be positive (first ≤ max), attempts ≥ 1");
            }
        }
    }

    private final SpoolQueue queue;
    private final StoreScu scu;
    private final RemoteAe peer;
    private final Retry retry;
    private final Listener listener;
    private final LinkedBlockingDeque<String> ready = new LinkedBlockingDeque<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

    public Forwarder(SpoolQueue queue, StoreScu scu, RemoteAe peer, Retry retry, Listener listener) {
        this.queue = queue;
        this.scu = scu;
        this.peer = peer;
        this.retry = retry;
        this.listener = listener;
    }

    /** Queues what the spool already holds in the processed state, then starts {@code associations} senders. */
    public synchronized void start(int associations) throws IOException {
        for (String id : queue.ids(SpoolQueue.State.PROCESSED)) {
            offer(id);
        }
        for (int i = 0; i < associations; i++) {
            Thread t = new Thread(this::sendLoop, "veil-forward-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Queues {@code id} (in the processed state) for sending; an id already queued is not queued twice. */
    public void offer(String id) {
        if (queued.add(id)) {
            ready.addLast(id);
        }
    }

    /** Instances waiting or being sent. */
    public int pending() {
        return queued.size();
    }

    private void sendLoop() {
        Duration wait = retry.first();
        while (!closed) {
            List<String> batch = new ArrayList<>();
            try {
                String first = ready.pollFirst(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                ready.drainTo(batch, BATCH - 1);
                if (sendBatch(batch)) {
                    wait = retry.first();
                } else {
                    TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                    wait = wait.multipliedBy(2).compareTo(retry.max()) > 0 ? retry.max() : wait.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                requeue(batch);
                return;
            }
        }
    }

    /** Sends one batch; false when something must wait (the association failed or the peer refused an instance). */
    private boolean sendBatch(List<String> batch) {
        List<PartTenFile> files = new ArrayList<>();
        for (String id : batch) {
            try {
                files.add(PartTenFile.of(queue.file(SpoolQueue.State.PROCESSED, id)));
            } catch (IOException | RuntimeException e) {
                refuse(id, "the processed instance cannot be read to be sent");
            }
        }
        if (files.isEmpty()) {
            return true;
        }
        Set<String> open = ConcurrentHashMap.newKeySet();
        files.forEach(f -> open.add(idOf(f)));
        boolean[] refusedOne = {false};
        try {
            scu.send(peer, files, r -> {
                String id = idOf(r);
                open.remove(id);
                if (r.ok()) {
                    confirmed(id, files);
                } else {
                    refusedOne[0] = true;
                    failedOnce(id, r);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("forwarding to {} failed ({}); {} instance(s) wait for the next attempt", peer.aeTitle(),
                    e.getMessage(), open.size());
            requeue(files.stream().map(Forwarder::idOf).filter(open::contains).toList());
            return false;
        }
        return !refusedOne[0];
    }

    private void confirmed(String id, List<PartTenFile> files) {
        try {
            queue.remove(SpoolQueue.State.PROCESSED, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        failures.remove(id);
        queued.remove(id);
        PartTenFile sent = files.stream().filter(f -> idOf(f).equals(id)).findFirst().orElseThrow();
        listener.forwarded(id, sent);
    }

    private void failedOnce(String id, StoreScu.Result r) {
        String why = r.status() < 0 ? r.reason() : "the peer answered status " + String.format("%04XH", r.status());
        int n = failures.merge(id, 1, Integer::sum);
        if (n >= retry.attempts()) {
            refuse(id, why + " (" + n + " attempts)");
        } else {
            ready.addLast(id);
        }
    }

    private void refuse(String id, String reason) {
        try {
            queue.putNote(SpoolQueue.State.REFUSED, id, ".reason.txt", reason + "\n");
            queue.move(id, SpoolQueue.State.PROCESSED, SpoolQueue.State.REFUSED);
        } catch (IOException e) {
            LOG.error("an instance the peer refused could not be moved aside: {}", e.getMessage());
        }
        failures.remove(id);
        queued.remove(id);
        listener.refused(id, reason);
    }

    private void requeue(List<String> ids) {
        for (int i = ids.size() - 1; i >= 0; i--) {
            ready.addFirst(ids.get(i));
        }
    }

    private static String idOf(PartTenFile f) {
        String name = f.path().getFileName().toString();
        return name.substring(0, name.length() - ".dcm".length());
    }

    private static String idOf(StoreScu.Result r) {
        String name = r.file().getFileName().toString();
        return name.substring(0, name.length() - ".dcm".length());
    }

    /** Stops sending; a batch in flight ends first (its peer answers or times out). Queued instances stay on disk. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
