package org.veil.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.StudyClaim;
import org.veil.pipeline.folder.InputIds;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.InstanceRun;
import org.veil.pipeline.run.KeySource;
import org.veil.pipeline.run.MemoryStudyPatients;

/**
 * The job's run as one executor JVM holds it: the key (loaded once from the keystore shipped with the job), the
 * linkage store, the {@link DeidRun} and the sinks. One per job and JVM, shared by the JVM's tasks.
 */
final class ExecutorRun {
    static final String NEEDS_KEYSTORE = "a Spark job needs --keystore FILE: every executor must derive the same "
            + "pseudonyms from one project key";
    private static final Map<String, ExecutorRun> RUNS = new ConcurrentHashMap<>();

    private final JobArguments args;
    private final ProjectKey key;
    private final LinkageStore store;
    private final DeidRun run;
    private final InputIds ids;
    private final FileSystem fs;
    private final FileSystem inFs;
    private final Path in;
    private final Path out;
    private final WorkFolder work;
    private volatile InstanceRun deid;

    private ExecutorRun(JobArguments args) throws IOException {
        this.args = args;
        if (args.keystore() == null) {
            throw new IllegalArgumentException(NEEDS_KEYSTORE);
        }
        java.nio.file.Path ks = java.nio.file.Path.of(args.keystore()).toAbsolutePath();
        this.key = loadKey(args);
        String url = args.linkage() != null ? args.linkage()
                : "jdbc:h2:file:" + ks.resolveSibling(ks.getFileName() + ".linkage");
        this.store = LinkageStore.openWithEnvironmentCredentials(url, key);
        KeySource source = KeySource.supplied(key, "keystore " + ks.getFileName())
                .recordingTo(new LinkageRecorder(store), store::commitNew);
        this.run = DeidRun.builder(args.runOptions(), source).build();
        this.ids = new InputIds(key);
        Configuration conf = new Configuration();
        Path given = new Path(args.in());
        this.inFs = Checksums.off(given.getFileSystem(conf));
        this.in = inFs.makeQualified(given);
        this.out = new Path(args.out());
        this.fs = Checksums.off(out.getFileSystem(conf));
        this.work = WorkFolder.beside(fs.makeQualified(out));
    }

    /** The project key from the keystore; its password from the file named or {@code VEIL_KEYSTORE_PASSWORD}. */
    static ProjectKey loadKey(JobArguments args) {
        java.nio.file.Path ks = java.nio.file.Path.of(args.keystore()).toAbsolutePath();
        return new KeystoreFile(ks).load(args.passwordFile() != null
                ? PasswordSource.file(java.nio.file.Path.of(args.passwordFile())) : PasswordSource.environment());
    }

    static ExecutorRun of(String jobId, JobArguments args) {
        return RUNS.computeIfAbsent(jobId, id -> {
            try {
                return new ExecutorRun(args);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Forgets the job's run in this JVM and closes its linkage store (driver side, when the job ends). */
    static void release(String jobId) {
        ExecutorRun r = RUNS.remove(jobId);
        if (r != null) {
            r.store.close();
        }
    }

    /** The study and own patient of an input (first pass). */
    Optional<StudyClaim> claimOf(InputFile f) throws IOException {
        InstanceRun probe = run.perInstance().output((id, name, body) -> {
            throw new IOException("the first pass writes nothing");
        }).quarantine((input, reason) -> { }).build();
        return probe.studyClaim(input(f));
    }

    /** Prepares the second pass with every study's patient decided. */
    synchronized void decide(Map<String, String[]> studies) {
        if (deid != null) {
            return;
        }
        Map<String, PatientKey> decided = new java.util.HashMap<>();
        studies.forEach((study, p) -> decided.put(study, PatientKey.of(p[0], p[1])));
        deid = run.perInstance().output(new HadoopOutputSink(fs, fs.makeQualified(out), work))
                .quarantine(new HadoopQuarantine(fs, new Path(fs.makeQualified(out).getParent(),
                        out.getName() + ".quarantine")))
                .studyPatients(new MemoryStudyPatients(decided)).build();
    }

    /** Something to run just before an input is processed (not when a finished one is found). */
    interface BeforeProcessing {
        void run() throws Exception;
    }

    /** De-identifies one input, or returns what a previous attempt recorded for it. */
    ManifestRow process(InputFile f, BeforeProcessing before) throws Exception {
        String id = ids.textOf(f.relative());
        Path done = new Path(work.done(), id);
        if (fs.exists(done)) {
            try (FSDataInputStream is = fs.open(done)) {
                ManifestRow row = ManifestRow.fromRecord(id, f.order(),
                        new String(is.readAllBytes(), StandardCharsets.UTF_8));
                if (row != null) {
                    return row;
                }
            }
        }
        before.run();
        Outcome o = deid.process(input(f));
        ManifestRow row = rowOf(id, f.order(), o);
        Path temp = new Path(work.temp(), id + ".done");
        try (OutputStream os = fs.create(temp, true)) {
            os.write(row.toRecord().getBytes(StandardCharsets.UTF_8));
        }
        fs.mkdirs(work.done());
        if (!fs.rename(temp, done) && !fs.exists(done)) {
            throw new IOException("the record of a finished input could not be renamed into place");
        }
        return row;
    }

    private static ManifestRow rowOf(String id, long order, Outcome o) {
        if (o instanceof Outcome.Written w) {
            return new ManifestRow(id, order, w.name(), "written", "", w.result().patientPseudonym(),
                    w.result().studyUid());
        }
        if (o instanceof Outcome.Quarantined q) {
            return new ManifestRow(id, order, "", "quarantined", q.reason().group(), "", "");
        }
        String why = o instanceof Outcome.Skipped s ? s.reason() : ((Outcome.Deferred) o).reason();
        return new ManifestRow(id, order, "", "skipped", why, "", "");
    }

    private Input input(InputFile f) throws IOException {
        String id = ids.textOf(f.relative());
        Path p = new Path(in, f.relative());
        URI uri = p.toUri();
        if ("file".equals(uri.getScheme())) {
            return new Input.OfFile(java.nio.file.Path.of(uri), id, f.relative(), f.size());
        }
        try (FSDataInputStream is = inFs.open(p)) {
            return new Input.OfBytes(is.readAllBytes(), id, f.relative());
        }
    }
}
