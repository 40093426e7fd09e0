package org.veil.broker.linkage;

import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.veil.deid.pseudo.PatientKey;

/**
 * Loads the code a linkage store runs (the H2 driver, its storage engine and SQL parser, the store's own schema and
 * upserts) by using a private in-memory database once, so that this start-up work can be done on a core that would
 * otherwise wait, for example while the keystore is being unlocked (which the store's file password needs). It
 * touches no file and no store, and records nothing that outlives it: the database vanishes when it is closed. Like
 * every store, it first keeps H2's servers on the loopback interface (see {@link LoopbackServer}).
 */
public final class LinkageWarmUp {
    private static final String FINGERPRINT = "0000000000000000";

    private LinkageWarmUp() {
    }

    /**
     * Opens, writes one patient and one study link to, and closes a new in-memory database.
     *
     * @throws LinkageException when the embedded database cannot be used at all (then the real store could not be
     *                          either; callers may ignore it and let the real opening report the problem)
     */
    public static void run() {
        // before H2's settings class loads: it reads the bind address of a shared file's server only then
        LoopbackServer.ensure();
        String url = "jdbc:h2:mem:veil-warm-up-" + UUID.randomUUID() + ";TRACE_LEVEL_FILE=0";
        LinkageSession session = LinkageSession.open(url, new Properties(), FINGERPRINT);
        try {
            Instant now = Instant.now();
            Batch batch = new Batch();
            batch.add(PatientLink.of(PatientKey.of("", "warm-up"), "WARMUP", 0), Sightings.at(now));
            batch.add(new StudyLink("1.2.3", "2.25.1", "WARMUP", "", ""), Sightings.at(now));
            session.writer().writeAndCommit(batch, now);
        } finally {
            session.close();
        }
    }
}
