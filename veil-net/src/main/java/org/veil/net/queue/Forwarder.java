package org.veil.net.queue;

import java.io.IOException;
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
 * associations at once: each sender takes one instance at a time and keeps its association open while there is work
 * ({@link PeerLink}, released after {@link #LINGER} without work). An instance leaves the queue only after the peer
 * answered success for it; when the peer cannot be reached or the association breaks, it waits and is sent again, the
 * wait doubling from {@link Retry#first()} to {@link Retry#max()} (and back to the first after a success). An instance
 * the peer answers with a failure status is tried {@link Retry#attempts()} times, then moved to
 * {@link SpoolQueue.State#REFUSED} with the status as reason. Logs hold counts and statuses, never data.
 */
public final class Forwarder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);
    /** Recent SOP class and transfer syntax pairs proposed on every new association. */
    private static final int KINDS = 16;
    /** How long a sender keeps its association open without work. */
    public static final Duration LINGER = Duration.ofSeconds(5);

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
    private final Map<String, PartTenFile> kinds = new java.util.LinkedHashMap<>();
    private final Duration linger;
    private final java.util.concurrent.LinkedBlockingQueue<Confirmed> confirmations =
            new java.util.concurrent.LinkedBlockingQueue<>();
    private Thread retirer;
    private volatile boolean closed;
    private volatile boolean sendersDone;

    public Forwarder(SpoolQueue queue, StoreScu scu, RemoteAe peer, Retry retry, Listener listener) {
        this(queue, scu, peer, retry, listener, LINGER);
    }

    /** As above, each sender keeping its association open for {@code linger} without work. */
    public Forwarder(SpoolQueue queue, StoreScu scu, RemoteAe peer, Retry retry, Listener listener, Duration linger) {
        this.linger = linger;
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
        retirer = new Thread(this::retireLoop, "veil-forward-retire");
        retirer.setDaemon(true);
        retirer.start();
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
        try (PeerLink link = new PeerLink(scu, peer, this::recentKinds, linger)) {
            while (!closed) {
                String id = null;
                try {
                    id = ready.pollFirst(200, TimeUnit.MILLISECONDS);
                    if (id == null) {
                        link.releaseIfIdle();
                        continue;
                    }
                    if (send(link, id)) {
                        wait = retry.first();
                    } else {
                        TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                        wait = wait.multipliedBy(2).compareTo(retry.max()) > 0 ? retry.max() : wait.multipliedBy(2);
                    }
                } catch (InterruptedException e) {
                    if (id != null && queued.contains(id) && !ready.contains(id)) {
                        ready.addFirst(id);
                    }
                    return;
                }
            }
        }
    }

    /** Sends one instance; false when something must wait (the association failed or the peer refused it). */
    private boolean send(PeerLink link, String id) {
        PartTenFile file;
        try {
            file = PartTenFile.of(queue.file(SpoolQueue.State.PROCESSED, id));
        } catch (IOException | RuntimeException e) {
            refuse(id, "the processed instance cannot be read to be sent");
            return true;
        }
        remember(file);
        StoreScu.Result r;
        try {
            r = link.send(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("forwarding to {} failed ({}); {} instance(s) wait for the next attempt", peer.aeTitle(),
                    e.getMessage(), ready.size() + 1);
            ready.addFirst(id);
            return false;
        }
        if (r.ok()) {
            confirmed(id, file);
            return true;
        }
        failedOnce(id, r);
        return false;
    }

    /** Remembers the SOP class and transfer syntax of {@code f}, so that new associations are proposed for them. */
    private void remember(PartTenFile f) {
        synchronized (kinds) {
            kinds.remove(f.sopClass() + "|" + f.transferSyntax());
            kinds.put(f.sopClass() + "|" + f.transferSyntax(), f);
            if (kinds.size() > KINDS) {
                kinds.remove(kinds.keySet().iterator().next());
            }
        }
    }

    private List<PartTenFile> recentKinds() {
        synchronized (kinds) {
            return new ArrayList<>(kinds.values());
        }
    }

    private void confirmed(String id, PartTenFile sent) {
        confirmations.add(new Confirmed(id, sent));
    }

    /** What the peer confirmed, to be deleted from the queue. */
    private record Confirmed(String id, PartTenFile sent) {
    }

    /**
     * Deletes what the peer confirmed, in batches (the folder is forced once per batch), so that a sender goes on to
     * its next instance at once instead of waiting for the disk; runs until the senders stopped and all is deleted.
     */
    private void retireLoop() {
        while (!(sendersDone && confirmations.isEmpty())) {
            List<Confirmed> batch = new ArrayList<>();
            try {
                Confirmed first = confirmations.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            confirmations.drainTo(batch);
            try {
                queue.removeAll(SpoolQueue.State.PROCESSED, batch.stream().map(Confirmed::id).toList());
            } catch (IOException e) {
                LOG.error("{} forwarded instance(s) could not be deleted from the spool ({}); they are sent again "
                        + "at the next start", batch.size(), e.getMessage());
            }
            for (Confirmed c : batch) {
                failures.remove(c.id());
                queued.remove(c.id());
                listener.forwarded(c.id(), c.sent());
            }
        }
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

    /** Stops sending; a batch in flight ends first (its peer answers or times out). Queued instances stay on disk. */
    @Override
    public void close() {
        closed = true;
        try {
            for (Thread t : threads) {
                t.join(30_000);
            }
            sendersDone = true;
            if (retirer != null) {
                retirer.join(30_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
