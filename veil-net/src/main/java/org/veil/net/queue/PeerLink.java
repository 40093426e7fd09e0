package org.veil.net.queue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.veil.net.PartTenFile;
import org.veil.net.RemoteAe;
import org.veil.net.StoreScu;

/**
 * One sending thread's association to the peer, kept open while there is work: opening an association costs a
 * connection, a negotiation and a release (and, at a forking SCP such as dcmtk's {@code storescp --fork}, a new process),
 * which for one instance costs more than sending it. The association is opened for the SOP classes and transfer
 * syntaxes of the file to send and of the kinds seen recently, used for every next file it covers, replaced when a file
 * needs a context it lacks, and released once idle for {@code linger}. A kept association the peer dropped meanwhile
 * (its own idle timeout) is replaced once, at once, without counting as a failure. One thread at a time.
 */
final class PeerLink implements AutoCloseable {
    private final StoreScu scu;
    private final RemoteAe peer;
    private final Supplier<List<PartTenFile>> kinds;
    private final long lingerNanos;
    private StoreScu.Session session;
    private long lastUse;
    private long opened;

    PeerLink(StoreScu scu, RemoteAe peer, Supplier<List<PartTenFile>> kinds, java.time.Duration linger) {
        this.scu = scu;
        this.peer = peer;
        this.kinds = kinds;
        this.lingerNanos = linger.toNanos();
    }

    /**
     * Sends {@code f} on the kept association, or on a new one when there is none, it does not cover {@code f}, or the
     * peer dropped it; an exception when a new association cannot be opened or breaks (it is aborted).
     */
    StoreScu.Result send(PartTenFile f) throws IOException {
        boolean kept = session != null && session.covers(f);
        if (session != null && !kept) {
            close();
        }
        if (kept) {
            try {
                return used(session.send(f));
            } catch (IOException | RuntimeException e) {
                session.abort(); // dropped while kept, or broken now: one more try on a new association
                session = null;
            }
        }
        session = open(f);
        try {
            return used(session.send(f));
        } catch (IOException | RuntimeException e) {
            session.abort();
            session = null;
            throw e;
        }
    }

    /** Releases the association when it was not used for the linger time. */
    void releaseIfIdle() {
        if (session != null && System.nanoTime() - lastUse >= lingerNanos) {
            close();
        }
    }

    /** Associations opened so far (for tests and figures). */
    long opened() {
        return opened;
    }

    private StoreScu.Session open(PartTenFile f) throws IOException {
        List<PartTenFile> propose = new ArrayList<>();
        propose.add(f);
        propose.addAll(kinds.get());
        // the recent kinds are a courtesy: when they would not fit, the file's own contexts are enough
        StoreScu.Session s;
        try {
            s = scu.open(peer, propose);
        } catch (IllegalArgumentException e) {
            s = scu.open(peer, List.of(f));
        }
        opened++;
        return s;
    }

    private StoreScu.Result used(StoreScu.Result r) {
        lastUse = System.nanoTime();
        return r;
    }

    /** Releases the association, if one is open (a peer that does not answer the release is aborted). */
    @Override
    public void close() {
        if (session != null) {
            StoreScu.Session s = session;
            session = null;
            s.close();
        }
    }
}
