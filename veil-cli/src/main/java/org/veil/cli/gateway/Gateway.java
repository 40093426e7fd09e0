package org.veil.cli.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.net.AcceptPolicy;
import org.veil.net.DicomServer;
import org.veil.net.NetOptions;
import org.veil.net.PartTenFile;
import org.veil.net.RemoteAe;
import org.veil.net.Requestor;
import org.veil.net.StoreScu;
import org.veil.net.queue.Forwarder;
import org.veil.net.queue.SpoolQueue;
import org.veil.net.queue.SpoolQueue.State;
import org.veil.pipeline.Destination;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.Outcome;

/**
 * Receive, de-identify, forward. Each instance a caller stores is made durable in the {@link SpoolQueue}'s received
 * state before success is answered; a worker de-identifies it through the {@link InstanceStep} into the processed
 * state (or the quarantine) and only then deletes the received copy; the {@link Forwarder} sends it to the peer and
 * deletes it once the peer answered success. On start, whatever a previous process left in the spool is picked up
 * where it stopped. Logs: one line per association (veil-net), one per study ({@link StudyLog}), counts at the end.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    /** Threads that make de-identified instances durable: they wait for the disk, not for a core. */
    private static final int PUBLISHERS = 8;

    /**
     * How the gateway is set up.
     *
     * @param net             this end (AE title, PDU size, timeouts)
     * @param bind            the address to listen on
     * @param port            the port (0: any free one)
     * @param callers         calling AE titles allowed (empty: any)
     * @param maxAssociations associations received at once
     * @param forward         the peer instances are forwarded to
     * @param forwarders      associations used at once to forward
     * @param retry           how forwarding is retried
     * @param spool           the spool folder (holds PHI)
     * @param quarantine      the quarantine folder (holds PHI)
     * @param workers         de-identification threads
     * @param studiesByUid    name studies in the log by their de-identified UID (false when UIDs are kept)
     */
    public record Settings(NetOptions net, InetAddress bind, int port, Set<String> callers, int maxAssociations,
                           RemoteAe forward, int forwarders, Forwarder.Retry retry, Path spool, Path quarantine,
                           int workers, boolean studiesByUid) {
    }

    private final Settings settings;
    private final Function<Destination, InstanceStep> steps;
    private InstanceStep step;
    private final GatewayCounts counts = new GatewayCounts();
    private final AtomicLong inFlight = new AtomicLong();
    private SpoolQueue queue;
    private Forwarder forwarder;
    private ExecutorService workers;
    private ExecutorService publishers;
    private final Map<String, SpoolQueue.Staged> staged = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private StudyLog studies;
    private DicomServer server;
    private int port;
    private boolean closed;

    /**
     * @param steps makes the gateway's de-identification step once its sinks exist (the processed state and the
     *              quarantine), e.g. {@code d -> run.perInstance(d.output(), d.quarantine())::process}
     */
    public Gateway(Settings settings, Function<Destination, InstanceStep> steps) {
        this.settings = settings;
        this.steps = steps;
    }

    /** Opens the spool (repairing it), resumes what it holds, starts forwarding and listening; returns the port. */
    public synchronized int start() throws IOException {
        queue = SpoolQueue.open(settings.spool());
        step = steps.apply(new Destination(sink(), new SpoolQuarantine(settings.quarantine())));
        studies = new StudyLog(settings.studiesByUid(), 10_000);
        forwarder = new Forwarder(queue, new StoreScu(new Requestor(settings.net())), settings.forward(),
                settings.retry(), new Forwarder.Listener() {
                    @Override
                    public void forwarded(String id, PartTenFile sent) {
                        counts.forwarded.incrementAndGet();
                        studies.forwarded(id);
                    }

                    @Override
                    public void refused(String id, String reason) {
                        counts.refused.incrementAndGet();
                        LOG.warn("the peer refused an instance for good ({}); it is kept in the spool's refused "
                                + "folder", reason);
                    }
                });
        workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "veil-gateway-deid");
            t.setDaemon(true);
            return t;
        });
        publishers = Executors.newFixedThreadPool(PUBLISHERS, r -> {
            Thread t = new Thread(r, "veil-gateway-publish");
            t.setDaemon(true);
            return t;
        });
        var received = queue.ids(State.RECEIVED);
        int waiting = queue.ids(State.PROCESSED).size();
        forwarder.start(settings.forwarders()); // first: it must not find an instance a resumed worker is writing
        received.forEach(this::submit);
        int resumed = received.size();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "veil-gateway-studies");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(() -> studies.flush(false), 2, 2, TimeUnit.SECONDS);
        server = new DicomServer(settings.net(), AcceptPolicy.storage(settings.net().aeTitle(), settings.callers()),
                queue.receiver(id -> {
                    counts.received.incrementAndGet();
                    submit(id);
                }), settings.maxAssociations());
        port = server.start(settings.bind(), settings.port());
        if (resumed + waiting > 0) {
            LOG.info("resumed from the spool: {} instance(s) to de-identify, {} to forward", resumed, waiting);
        }
        return port;
    }

    public GatewayCounts counts() {
        return counts;
    }

    /** Instances received or de-identified but not yet forwarded (nor quarantined, skipped or refused). */
    public long pending() {
        return inFlight.get() + forwarder.pending();
    }

    /** Associations being received now. */
    public int active() {
        return server.active();
    }

    public int port() {
        return port;
    }

    private void submit(String id) {
        inFlight.incrementAndGet();
        workers.execute(() -> {
            boolean handedOn = false;
            try {
                handedOn = deidentify(id);
            } finally {
                if (!handedOn) {
                    inFlight.decrementAndGet();
                }
            }
        });
    }

    /** De-identifies one received instance; true when its output was handed to a publisher (which ends the step). */
    private boolean deidentify(String id) {
        Path file = queue.file(State.RECEIVED, id);
        Outcome outcome;
        try {
            outcome = step.process(new Input.OfFile(file, id, "spooled instance " + id, Files.size(file)));
        } catch (IOException | RuntimeException e) {
            discardStaged(id); // written before the failure (e.g. of the linkage commit): not to be sent
            failed(e);
            return false;
        }
        SpoolQueue.Staged output = staged.remove(id);
        if (outcome instanceof Outcome.Written w && output != null) {
            // the disk waits (force, rename, folder force) on a publisher: this worker goes on to the next instance
            publishers.execute(() -> {
                try {
                    publish(id, output, w);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            return true;
        }
        if (output != null) {
            output.discard();
        }
        forget(State.RECEIVED, id);
        if (outcome instanceof Outcome.Written) {
            failed(new IOException("the de-identified instance was not stored"));
        } else if (outcome instanceof Outcome.Quarantined) {
            counts.quarantined.incrementAndGet();
        } else {
            counts.skipped.incrementAndGet();
        }
        return false;
    }

    /** Makes the output durable in the processed state, then lets the received copy go and queues it for sending. */
    private void publish(String id, SpoolQueue.Staged output, Outcome.Written w) {
        try {
            output.publish(State.PROCESSED);
        } catch (IOException | RuntimeException e) {
            failed(e);
            return;
        }
        supersede(id); // its processed copy is durable
        counts.deidentified.incrementAndGet();
        studies.deidentified(id, w.result().studyUid());
        forwarder.offer(id);
    }

    private void failed(Exception e) {
        counts.failed.incrementAndGet();
        LOG.error("an instance could be neither de-identified nor quarantined ({}); it stays in the spool and is "
                + "tried again at the next start", e.getMessage());
    }

    private void discardStaged(String id) {
        SpoolQueue.Staged s = staged.remove(id);
        if (s != null) {
            s.discard();
        }
    }

    private void supersede(String id) {
        try {
            queue.supersede(State.RECEIVED, id);
        } catch (IOException e) {
            LOG.error("a spool file could not be removed: {}", e.getMessage());
        }
    }

    private void forget(State state, String id) {
        try {
            queue.remove(state, id);
        } catch (IOException e) {
            LOG.error("a spool file could not be removed: {}", e.getMessage());
        }
    }

    /**
     * The run's output: each instance under its spool id, whatever its output name, written to the spool's temporary
     * folder and kept aside until the run returned (its linkage records are then durable) and a publisher moves it
     * into the processed state.
     */
    private InstanceSink sink() {
        return (inputId, name, body) -> {
            SpoolQueue.Staged s = queue.stage(inputId, body::writeTo);
            SpoolQueue.Staged before = staged.put(inputId, s);
            if (before != null) {
                before.discard();
            }
            return s.size();
        };
    }

    /**
     * Stops listening, lets running de-identifications and the batch being forwarded end, and logs the studies. What
     * is still queued stays in the spool for the next start.
     */
    @Override
    public synchronized void close() {
        if (closed || queue == null) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("closing the listener: {}", e.getMessage());
        }
        workers.shutdownNow(); // queued instances stay in received/ for the next start; running ones finish
        try {
            workers.awaitTermination(60, TimeUnit.SECONDS);
            publishers.shutdown(); // what was de-identified is published
            publishers.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        forwarder.close();
        ticker.shutdownNow();
        studies.flush(true);
    }
}
