package org.veil.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ServerSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.net.pdu.AssociateReject;

/**
 * An acceptor (SCP): listens on a port, negotiates each association by its {@link AcceptPolicy}, answers C-ECHO and
 * hands C-STORE data sets to a {@link StorageHandler}. At most {@code maxAssociations} run at once; more are rejected
 * as "local limit exceeded". Logs one line per association: AE titles and counts, never data.
 */
public final class DicomServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DicomServer.class);

    private final NetOptions options;
    private final AcceptPolicy policy;
    private final StorageHandler storage;
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ExecutorService rejecters;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final ServerSocketFactory sockets;
    private final Counts counts = new Counts();
    private ServerSocket server;
    private Thread acceptor;

    /** What the server did so far. */
    public static final class Counts {
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong aborted = new AtomicLong();
        final AtomicLong stored = new AtomicLong();
        final AtomicLong failed = new AtomicLong();

        public long accepted() {
            return accepted.get();
        }

        public long rejected() {
            return rejected.get();
        }

        public long aborted() {
            return aborted.get();
        }

        public long stored() {
            return stored.get();
        }

        public long failed() {
            return failed.get();
        }

        @Override
        public String toString() {
            return "associations accepted " + accepted() + ", rejected " + rejected() + ", aborted " + aborted()
                    + "; instances stored " + stored() + ", failed " + failed();
        }
    }

    public DicomServer(NetOptions options, AcceptPolicy policy, StorageHandler storage, int maxAssociations) {
        this(options, policy, storage, maxAssociations, ServerSocketFactory.getDefault());
    }

    public DicomServer(NetOptions options, AcceptPolicy policy, StorageHandler storage, int maxAssociations,
                       ServerSocketFactory sockets) {
        this.options = options;
        this.policy = policy;
        this.storage = storage;
        this.slots = new Semaphore(maxAssociations);
        // the slots bound the associations at once; the queue only hands them to idle threads (a queue of one
        // rejected a burst within the limit once every thread existed)
        this.workers = new ThreadPoolExecutor(maxAssociations, maxAssociations, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("veil-scp"));
        this.rejecters = new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8),
                daemon("veil-scp-reject"));
        this.sockets = sockets;
    }

    /** Starts listening on {@code bind}:{@code port} (0 for any free port) and returns the bound port. */
    public synchronized int start(InetAddress bind, int port) throws IOException {
        server = sockets.createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bind, port), 64);
        acceptor = new Thread(this::acceptLoop, "veil-scp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server.getLocalPort();
    }

    public Counts counts() {
        return counts;
    }

    /** Associations running now. */
    public int active() {
        return live.size();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("accepting a connection failed: {}", e.getMessage());
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                rejectBusy(socket);
                continue;
            }
            live.add(socket);
            try {
                workers.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                live.remove(socket);
                slots.release();
                rejectBusy(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try {
            new AssociationAcceptor(options, policy, storage, counts).serve(socket);
        } finally {
            live.remove(socket);
            slots.release();
            closeQuietly(socket);
        }
    }

    private void rejectBusy(Socket socket) {
        try {
            rejecters.execute(() -> {
                try {
                    new AssociationAcceptor(options, policy, storage, counts).reject(socket, new AssociateReject(
                            AssociateReject.TRANSIENT, AssociateReject.SERVICE_PROVIDER_PRESENTATION,
                            AssociateReject.LOCAL_LIMIT_EXCEEDED));
                } finally {
                    closeQuietly(socket);
                }
            });
        } catch (RejectedExecutionException e) {
            counts.rejected.incrementAndGet();
            closeQuietly(socket);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
        }
        for (Socket s : live) {
            closeQuietly(s);
        }
        workers.shutdownNow();
        rejecters.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            rejecters.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (acceptor != null) {
            try {
                acceptor.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** For tests: whether a socket error is the server closing. */
    static boolean closing(IOException e) {
        return e instanceof SocketException;
    }
}
