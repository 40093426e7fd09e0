package org.veil.net;

import java.time.Duration;

/**
 * Settings of one end of the DICOM network.
 *
 * @param aeTitle        this application entity's title (1..16 characters)
 * @param maxPduLength   the largest P-DATA-TF PDU this end receives (advertised in User Information)
 * @param connectTimeout opening a TCP connection
 * @param artimTimeout   association establishment and release (the ARTIM timer of PS3.8 9.1.5)
 * @param idleTimeout    silence on an established association before it is aborted
 */
public record NetOptions(String aeTitle, int maxPduLength, Duration connectTimeout, Duration artimTimeout,
                         Duration idleTimeout) {
    public static final int DEFAULT_MAX_PDU = 65536;

    public NetOptions {
        AeTitle.check(aeTitle);
        if (maxPduLength < 1024) {
            throw new IllegalArgumentException("maximum PDU length below 1024: " + maxPduLength);
        }
    }

    /** Defaults: 64 KiB PDUs, 10 s to connect, 30 s ARTIM, 120 s idle. */
    public static NetOptions of(String aeTitle) {
        return new NetOptions(aeTitle, DEFAULT_MAX_PDU, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(120));
    }

    public NetOptions withIdleTimeout(Duration d) {
        return new NetOptions(aeTitle, maxPduLength, connectTimeout, artimTimeout, d);
    }

    public NetOptions withArtimTimeout(Duration d) {
        return new NetOptions(aeTitle, maxPduLength, connectTimeout, d, idleTimeout);
    }

    public NetOptions withMaxPduLength(int n) {
        return new NetOptions(aeTitle, n, connectTimeout, artimTimeout, idleTimeout);
    }
}
