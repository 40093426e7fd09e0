package org.veil.cli.gateway;

import java.util.concurrent.atomic.AtomicLong;

/** What a gateway did since it started (counts only, safe to print). Thread-safe. */
public final class GatewayCounts {
    final AtomicLong received = new AtomicLong();
    final AtomicLong deidentified = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong quarantined = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong forwarded = new AtomicLong();
    final AtomicLong refused = new AtomicLong();

    public long received() {
        return received.get();
    }

    public long deidentified() {
        return deidentified.get();
    }

    public long skipped() {
        return skipped.get();
    }

    public long quarantined() {
        return quarantined.get();
    }

    public long forwarded() {
        return forwarded.get();
    }

    public long refused() {
        return refused.get();
    }

    /** Instances that could be neither de-identified nor quarantined (they stay received, tried again on restart). */
    public long failed() {
        return failed.get();
    }

    @Override
    public String toString() {
        return "received " + received() + ", de-identified " + deidentified() + ", skipped " + skipped()
                + ", quarantined " + quarantined() + ", forwarded " + forwarded() + ", refused by the peer "
                + refused() + (failed() > 0 ? ", left for the next start " + failed() : "");
    }
}
