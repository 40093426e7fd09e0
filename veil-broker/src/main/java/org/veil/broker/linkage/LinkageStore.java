package org.veil.broker.linkage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.broker.PrivateFile;
import org.veil.broker.audit.AuditAnchor;
import org.veil.broker.audit.AuditHead;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.io.FailureText;

/**
 * The linkage store of one project key (see the package documentation for what it holds and why it is secret).
 *
 * <p>Recording is buffered and thread-safe: {@code record} only adds to a batch, which is written with upserts when
 * it reaches {@link LinkageOptions#batchSize()}, on {@link #flush()}, on {@link #commitNew()} when a link is new,
 * before every lookup and on {@link #close()}.
 * Recording the same link any number of times, from any number of threads, is harmless; on PostgreSQL, any number
 * of processes may write at once. A study keeps the patient it was first recorded for; a later link of the same
 * study to another patient becomes a {@link WarningKind#STUDY_PATIENT_CONFLICT} warning, and two different patients
 * with one pseudonym a {@link WarningKind#PSEUDONYM_COLLISION} warning (both also logged at WARN, in pseudonyms).
 *
 * <p>An H2 file is shared by the processes that open it at once (AUTO_SERVER: the first serves it to the others on the
 * loopback interface; when it ends, the others connect again and one of them takes over), without a trace file (its
 * messages may quote values), and with the database file set to mode 600. A write or read whose connection was lost
 * is retried on a new connection; links stay buffered until a commit succeeded.
 */
public final class LinkageStore implements AutoCloseable, AuditAnchor {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageStore.class);
    private static final int MAX_REMEMBERED = 1_000_000;

    private static final int CONNECT_ATTEMPTS = 5;
    /** Opening again after a lost connection: tries 200 ms, 400 ms, ... apart (about 11 s in all). */
    private static final int REOPEN_TRIES = 10;

    private final String jdbcUrl;
    private final Properties properties;
    private final LinkageOptions options;
    private LinkageSession session;
    private final ReentrantLock lock = new ReentrantLock();
    private final Object batchLock = new Object();
    private Batch batch = new Batch();
    /** Links this store has committed (bounded: forgetting one only costs a commit that was not needed). */
    private final Set<Object> committed = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private H2File watched;

    private LinkageStore(String jdbcUrl, Properties properties, LinkageSession session, LinkageOptions options) {
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.session = session;
        this.options = options;
    }

    /**
     * Opens (creating if needed) an embedded H2 database; {@code file} is the path without the {@code .mv.db}
     * ending H2 adds (given with it, the ending is dropped).
     */
    public static LinkageStore openH2(Path file, LinkageOptions options) {
        String base = file.toAbsolutePath().toString();
        if (base.endsWith(".mv.db")) {
            base = base.substring(0, base.length() - ".mv.db".length());
        }
        LinkageStore store = open("jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0", new Properties(), options);
        try {
            PrivateFile.restrict(Path.of(base + ".mv.db"));
        } catch (IOException e) {
            LOG.warn("{}.mv.db: could not restrict permissions to the owner ({})", base, FailureText.withoutDetail(e));
        }
        return store;
    }

    /**
     * Opens the store named by a JDBC URL with database credentials from {@code VEIL_LINKAGE_USER} and
     * {@code VEIL_LINKAGE_PASSWORD} (never from a command line), as every front end does.
     *
     * @throws LinkageException as {@link #open(String, Properties, ProjectKey, LinkageOptions)}
     */
    public static LinkageStore openWithEnvironmentCredentials(String jdbcUrl, ProjectKey key) {
        Properties p = new Properties();
        String user = System.getenv("VEIL_LINKAGE_USER");
        String password = System.getenv("VEIL_LINKAGE_PASSWORD");
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return open(jdbcUrl, p, key, LinkageOptions.of(key.fingerprint()));
    }

    /**
     * Opens the store of a project key, as the command line does. An embedded H2 file ({@code jdbc:h2:file:PATH}) is
     * created with mode 600 and encrypted (AES) under a file password derived from the key, and watched: its deletion
     * or replacement while in use makes the next write fail (see {@link H2File}). Other URLs open as with
     * {@link #open(String, Properties, LinkageOptions)} (PostgreSQL protects its data on the server).
     *
     * @throws LinkageException as {@link #open(String, Properties, LinkageOptions)}, and when an H2 file cannot be
     *                          decrypted with this key (another key, or a store made unencrypted by an earlier Veil)
     */
    public static LinkageStore open(String jdbcUrl, Properties connectionProperties, ProjectKey key,
                                    LinkageOptions options) {
        Optional<H2File> h2 = H2File.of(jdbcUrl);
        if (h2.isEmpty()) {
            return open(jdbcUrl, connectionProperties, options);
        }
        String url;
        try {
            url = h2.get().prepare();
        } catch (IOException e) {
            throw new LinkageException("cannot create linkage store " + h2.get().file() + " ("
                    + FailureText.withoutDetail(e) + ")");
        }
        LinkageStore store = open(url, H2File.withFilePassword(connectionProperties, key), options);
        try {
            h2.get().remember();
        } catch (IOException e) {
            store.close();
            throw new LinkageException("linkage store " + h2.get().file() + " vanished as it was opened");
        }
        store.watched = h2.get();
        return store;
    }

    /** True when {@code jdbcUrl} names an embedded H2 file that does not exist (yet). */
    public static boolean missingFile(String jdbcUrl) {
        return H2File.of(jdbcUrl).map(f -> !f.exists()).orElse(false);
    }

    /**
     * Opens a store through a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}) with connection
     * properties such as {@code user} and {@code password}; creates or checks the schema.
     *
     * @throws LinkageException when the database cannot be reached, is neither H2 nor PostgreSQL, or has a newer
     *                          schema
     */
    public static LinkageStore open(String jdbcUrl, Properties connectionProperties, LinkageOptions options) {
        Properties properties = new Properties();
        properties.putAll(connectionProperties);
        LinkageSession session = LinkageSession.open(jdbcUrl, properties, options.keyFingerprint());
        LOG.info("linkage store opened for key {}", options.keyFingerprint());
        return new LinkageStore(jdbcUrl, properties, session, options);
    }

    /** Buffers a patient link. */
    public void record(PatientLink link) {
        add(b -> b.add(link, Sightings.at(options.clock().instant())));
    }

    /** Buffers a study link. */
    public void record(StudyLink link) {
        add(b -> b.add(link, Sightings.at(options.clock().instant())));
    }

    /** Writes everything buffered so far in one transaction. */
    public void flush() {
        lock.lock();
        try {
            Batch pending = takeBatch();
            if (pending.size() > 0) {
                write(pending);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Commits the buffered links when one of them is new (not yet committed by this store); when all are known, only
     * their sightings (last seen) would change, and those wait for the next batch. After this returns, every link
     * recorded so far is durable: what {@code veil deid} calls before it journals an input as done.
     */
    public void commitNew() {
        lock.lock();
        try {
            boolean fresh;
            synchronized (batchLock) {
                fresh = batch.anyOutside(committed);
            }
            if (fresh) {
                flush();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The patients recorded under a pseudonym: one, or several when the pseudonym collides. */
    public List<PatientRecord> patientsByPseudonym(String pseudonym) {
        return read("patient lookup by pseudonym", () -> session.queries().patientsByPseudonym(pseudonym));
    }

    /** The links recorded for an original patient (several when the pseudonym pattern changed). */
    public List<PatientRecord> patientsById(PatientKey patient) {
        return read("patient lookup by ID", () -> session.queries().patientsById(patient.issuer(), patient.patientId()));
    }

    /** The study recorded for an original Study Instance UID. */
    public Optional<StudyRecord> studyByUid(String studyUid) {
        return read("study lookup", () -> session.queries().studiesByUid(studyUid)).stream().findFirst();
    }

    /** The study recorded for a pseudonymous Study Instance UID. */
    public Optional<StudyRecord> studyByPseudonymousUid(String pseudoStudyUid) {
        return read("study lookup by pseudonym", () -> session.queries().studiesByPseudonymousUid(pseudoStudyUid)).stream()
                .findFirst();
    }

    /** The studies recorded for a patient pseudonym. */
    public List<StudyRecord> studiesOfPatient(String patientPseudonym) {
        return read("studies of a patient", () -> session.queries().studiesOfPatient(patientPseudonym));
    }

    /**
     * The patient a study was first recorded for: the dirty-input rule gives every file of a study this patient's
     * pseudonym and date offset, whatever Patient ID the file carries. With a pseudonym collision, the patient first
     * seen is returned.
     */
    public Optional<PatientRecord> patientOfStudy(String studyUid) {
        Optional<StudyRecord> study = studyByUid(studyUid);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        return patientsByPseudonym(study.get().link().patientPseudonym()).stream().findFirst();
    }

    /** Pseudonyms shared by different original patients. */
    public List<Collision> collisions() {
        return read("collision check", () -> session.queries().collisions());
    }

    /** All stored warnings, oldest first. */
    public List<LinkageWarning> warnings() {
        return read("warning list", () -> session.queries().warnings());
    }

    /** The audit chain's head anchored here by the last re-identification of this key (see {@link AuditAnchor}). */
    @Override
    public Optional<AuditHead> anchoredHead() {
        return read("audit head lookup", () -> session.auditHead().read());
    }

    /** Anchors the audit chain's head of this key, in its own transaction. */
    @Override
    public void anchor(AuditHead head) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("linkage store is closed");
            }
            flush();
            onSession("anchoring the audit head", s -> {
                s.auditHead().write(head);
                return null;
            });
        } finally {
            lock.unlock();
        }
    }

    public String keyFingerprint() {
        return options.keyFingerprint();
    }

    /** Writes what is buffered and closes the connection. */
    @Override
    public void close() {
        lock.lock();
        try {
            synchronized (batchLock) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            try {
                flush();
            } finally {
                closeConnection();
            }
        } finally {
            lock.unlock();
        }
    }

    private void add(Consumer<Batch> addition) {
        boolean full;
        synchronized (batchLock) {
            if (closed) {
                throw new IllegalStateException("linkage store is closed");
            }
            addition.accept(batch);
            full = batch.size() >= options.batchSize();
        }
        if (full) {
            flush();
        }
    }

    private Batch takeBatch() {
        synchronized (batchLock) {
            Batch taken = batch;
            batch = new Batch();
            return taken;
        }
    }

    private void write(Batch pending) {
        try {
            if (watched != null) {
                watched.check();
            }
            List<LinkageWarning> warnings = writeAndCommit(pending);
            if (committed.size() > MAX_REMEMBERED) {
                committed.clear();
            }
            pending.addLinksTo(committed);
            warnings.forEach(w -> LOG.warn("linkage {}: {} {}", w.kind(), w.subject(), w.detail()));
        } catch (LinkageException e) {
            synchronized (batchLock) {
                batch.restore(pending);
            }
            throw e;
        }
    }

    private <T> T read(String what, SqlCall<T> call) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("linkage store is closed");
            }
            flush();
            return onSession(what, s -> call.run());
        } finally {
            lock.unlock();
        }
    }

    /** Writes a batch, on a new connection when the connection was lost (see {@link LinkageSession}). */
    private List<LinkageWarning> writeAndCommit(Batch pending) {
        for (int attempt = 1; ; attempt++) {
            try {
                return session.writer().writeAndCommit(pending, options.clock().instant());
            } catch (LinkageException e) {
                if (!e.connectionLost() || attempt >= CONNECT_ATTEMPTS) {
                    throw e;
                }
                reconnect(attempt);
            }
        }
    }

    /** Runs a call and commits, on a new connection when the connection was lost. */
    private <T> T onSession(String what, SessionCall<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = call.run(session);
                session.connection().commit();
                return result;
            } catch (SQLException e) {
                LinkageDatabase.rollback(session.connection());
                if (!LinkageException.lost(e.getSQLState()) || attempt >= CONNECT_ATTEMPTS) {
                    throw new LinkageException("linkage store: " + what + " failed (SQLState " + e.getSQLState()
                            + ")", e.getSQLState());
                }
                reconnect(attempt);
            }
        }
    }

    /**
     * Replaces the lost connection, after pauses that let another process take over serving a shared file (while the
     * process that served it is still ending, its lock file names a server that no longer answers).
     */
    private void reconnect(int attempt) {
        LOG.info("linkage store: connection lost, connecting again (attempt {})", attempt + 1);
        session.close();
        LinkageException last = null;
        for (int tries = 1; tries <= REOPEN_TRIES; tries++) {
            try {
                Thread.sleep(200L * tries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkageException("linkage store: interrupted while connecting again");
            }
            try {
                session = LinkageSession.open(jdbcUrl, properties, options.keyFingerprint());
                return;
            } catch (LinkageException e) {
                last = e;
            }
        }
        throw last;
    }

    private void closeConnection() {
        session.close();
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface SessionCall<T> {
        T run(LinkageSession session) throws SQLException;
    }
}
