package org.veil.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.PatientCensus;
import org.veil.pipeline.QuarantineSink;
import org.veil.pipeline.StudyClaim;
import org.veil.pipeline.folder.InputIds;
import org.veil.pipeline.folder.SharedTally;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.InstanceRun;
import org.veil.pipeline.run.KeySource;
import org.veil.pipeline.run.MemoryStudyPatients;

/**
 * The job's run as one executor JVM holds it, built once and shared by the JVM's tasks: the key (loaded once from
 * the keystore shipped with the job), the {@link DeidRun}, the sinks, and where the linkage records go: into the
 * task's {@link LinkFile}s (the default; the driver merges them) or, with {@code --linkage-writes executors}, straight
 * into the linkage store.
 */
final class ExecutorRun {
    static final String NEEDS_KEYSTORE = "a Spark job needs --keystore FILE: every executor must derive the same "
            + "pseudonyms from one project key";
    private static final Map<String, ExecutorRun> RUNS = new ConcurrentHashMap<>();
    private static final byte[] CENSUS_LABEL = "veil/v1/spark-patient-census".getBytes(StandardCharsets.US_ASCII);
    private static final String INSTANCE_LABEL = "veil/v1/spark-instance/";

    private final String jobId;
    private final ProjectKey key;
    private final int commitEvery;
    private final String keyDescription;
    private final LinkageStore store;
    private final TaskLinks links;
    private final LinkFile linkFile;
    private final DeidRun run;
    private final InputIds ids;
    private final FileSystem fs;
    private final FileSystem inFs;
    private final Path in;
    /** The input root when it is local (inputs are then opened through java.nio, no Hadoop path per input). */
    private final java.nio.file.Path localIn;
    private final Path out;
    private final WorkFolder work;
    private final DoneRecords done;
    private volatile Sinks sinks;

    /** What every task of the second pass shares. */
    private record Sinks(InstanceSink output, QuarantineSink quarantine, MemoryStudyPatients studies) {
    }

    private ExecutorRun(String jobId, JobArguments args) throws IOException {
        this.jobId = jobId;
        if (args.keystore() == null) {
            throw new IllegalArgumentException(NEEDS_KEYSTORE);
        }
        java.nio.file.Path ks = java.nio.file.Path.of(args.keystore()).toAbsolutePath();
        this.key = args.loadedKey() != null ? args.loadedKey() : loadKey(args);
        this.commitEvery = args.commitEvery();
        this.keyDescription = "keystore " + ks.getFileName();
        KeySource source = KeySource.supplied(key, keyDescription);
        if (args.executorsWriteLinks()) {
            this.store = LinkageStore.openWithEnvironmentCredentials(args.linkageUrl(), key);
            this.links = null;
            source = source.recordingTo(new LinkageRecorder(store), store::commitNew);
        } else {
            this.store = null;
            this.links = new TaskLinks();
            source = source.recordingTo(links, () -> { });
        }
        this.linkFile = new LinkFile(key);
        this.run = DeidRun.builder(args.runOptions(), source).build();
        this.ids = new InputIds(key);
        Configuration conf = new Configuration();
        Path given = new Path(args.in());
        this.inFs = LocalFiles.of(given, conf);
        this.in = inFs.makeQualified(given);
        this.localIn = inFs instanceof LocalFiles ? java.nio.file.Path.of(in.toUri()) : null;
        Path o = new Path(args.out());
        this.fs = LocalFiles.of(o, conf);
        this.out = fs.makeQualified(o);
        this.work = WorkFolder.beside(out);
        this.done = new DoneRecords(fs, work);
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
                return new ExecutorRun(id, args);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Forgets the job's run in this JVM and closes its linkage store (driver side, when the job ends). */
    static void release(String jobId) {
        ExecutorRun r = RUNS.remove(jobId);
        if (r != null && r.store != null) {
            r.store.close();
        }
    }

    DeidRun run() {
        return run;
    }

    ProjectKey key() {
        return key;
    }

    String keyDescription() {
        return keyDescription;
    }

    LinkFile linkFile() {
        return linkFile;
    }

    /** What the first pass learns of each input of a partition that reaches de-identification. */
    List<FirstLook> claims(Iterator<InputFile> it) throws IOException {
        InstanceRun probe = reader(run);
        List<FirstLook> found = new ArrayList<>();
        if (links != null) {
            links.begin();
        }
        try {
            while (it.hasNext()) {
                InputFile f = it.next();
                Optional<StudyClaim> c = probe.studyClaim(input(f));
                c.ifPresent(claim -> found.add(look(f, claim)));
            }
        } finally {
            if (links != null) {
                links.end();
            }
        }
        return found;
    }

    /** A run that reads inputs as the second pass reads them and writes nothing (the first pass). */
    static InstanceRun reader(DeidRun run) {
        return run.perInstance().output((id, name, body) -> {
            throw new IOException("the first pass writes nothing");
        }).quarantine((input, reason) -> { }).build();
    }

    /** What the first pass keeps of an input's claim (its instance UID as a keyed digest). */
    FirstLook look(InputFile f, StudyClaim claim) {
        return new FirstLook(f.order(), claim.studyUid(), claim.patient().issuer(), claim.patient().patientId(),
                instanceDigest(claim.instanceUid()));
    }

    /**
     * A keyed digest of an instance UID as an output name writes it (stripped, characters a name cannot hold as
     * {@code _}), so UIDs that can give one name give one digest; all inputs without a UID share one.
     */
    private long instanceDigest(String uid) {
        StringBuilder sb = new StringBuilder(INSTANCE_LABEL);
        String v = uid == null ? "" : uid.strip();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            boolean safe = ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '.'
                    || ch == '_' || ch == '-';
            sb.append(safe && !(i == 0 && ch == '.') ? ch : '_');
        }
        return java.nio.ByteBuffer.wrap(key.subkeys().hmac(KeyPurpose.TEXT, sb.toString()
                .getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** Prepares the second pass with every study's patient decided. */
    synchronized void decide(Map<String, String[]> studies) {
        if (sinks != null) {
            return;
        }
        Map<String, PatientKey> decided = new java.util.HashMap<>();
        studies.forEach((study, p) -> decided.put(study, PatientKey.of(p[0], p[1])));
        InstanceSink output = fs instanceof LocalFiles
                ? new LocalOutputSink(java.nio.file.Path.of(out.toUri()), java.nio.file.Path.of(work.root().toUri()))
                : new HadoopOutputSink(fs, out, work);
        sinks = new Sinks(output,
                new HadoopQuarantine(fs, new Path(out.getParent(), out.getName() + ".quarantine")),
                new MemoryStudyPatients(decided));
    }

    /**
     * De-identifies the inputs of one task (second pass). A retried task reads back what its earlier attempts
     * finished instead of processing those inputs again (inputs earlier submissions finished never reach a task);
     * the others are processed, and every {@code --commit-every} inputs (and at the end) their linkage records are
     * sealed in a file before their done records are written (one file per batch), so an input counted as done
     * never lacks its links.
     */
    TaskResult deidentify(Iterator<InputFile> it, TaskHook hook, int partition, int attempt) throws Exception {
        PatientCensus census = new PatientCensus();
        Sinks s = sinks;
        TaskOutput output = new TaskOutput(s.output());
        InstanceRun deid = run.perInstance().output(output).quarantine(s.quarantine()).studyPatients(s.studies())
                .census(census).build();
        TaskResult result = new TaskResult();
        Map<String, DoneRecords.Finished> earlier = attempt > 0 ? done.ofPartition(partition) : Map.of();
        List<DoneRecords.Finished> pending = new ArrayList<>();
        if (links != null) {
            links.begin();
        }
        try {
            int index = 0;
            while (it.hasNext()) {
                InputFile f = it.next();
                int at = index++;
                String id = ids.textOf(f.relative());
                output.met(id, f.relative());
                DoneRecords.Finished before = earlier.get(id);
                if (before != null) {
                    DoneRecords.Finished e = before.at(f.order());
                    result.earlier(e.row(), e.entry(), !e.job().equals(jobId));
                    continue;
                }
                hook.before(f, partition, attempt, at);
                Outcome o = deid.process(input(f, id));
                if (o instanceof Outcome.Deferred d) {
                    o = new Outcome.Skipped(d.reason());
                }
                pending.add(new DoneRecords.Finished(rowOf(id, f.order(), o), SharedTally.line(id, f.size(), o),
                        jobId));
                if (pending.size() >= commitEvery) {
                    finish(pending, partition, result);
                }
            }
            finish(pending, partition, result);
        } finally {
            if (links != null) {
                links.end();
            }
        }
        result.census(census.hidden(this::hide));
        return result;
    }

    /**
     * What earlier submissions of the job finished, read before it starts (driver side): those inputs' rows and
     * journal lines, at their place in the current listing; the other inputs are left in {@code todo}.
     */
    TaskResult finishedBefore(List<InputFile> inputs, List<InputFile> todo) throws IOException {
        Map<String, DoneRecords.Finished> records = done.all();
        TaskResult result = new TaskResult();
        for (InputFile f : inputs) {
            DoneRecords.Finished r = records.isEmpty() ? null : records.get(ids.textOf(f.relative()));
            if (r == null) {
                todo.add(f);
            } else {
                DoneRecords.Finished e = r.at(f.order());
                result.earlier(e.row(), e.entry(), true);
            }
        }
        return result;
    }

    private void finish(List<DoneRecords.Finished> pending, int partition, TaskResult result) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        if (links != null) {
            LinkFile.Links taken = links.take();
            if (!taken.isEmpty()) {
                String name = partition + "-" + pending.get(0).row().getInputId() + LinkFile.ENDING;
                linkFile.write(fs, new Path(work.links(), name), new Path(work.temp(), name + ".part"),
                        taken.patients(), taken.studies());
            }
        }
        done.write(partition, pending);
        pending.forEach(f -> result.completed(f.row(), f.entry()));
        pending.clear();
    }

    /** A keyed digest: the census leaves the executor without the plain digests of Patient IDs or names. */
    private long hide(long digest) {
        byte[] m = (new String(CENSUS_LABEL, StandardCharsets.US_ASCII) + Long.toHexString(digest))
                .getBytes(StandardCharsets.US_ASCII);
        return java.nio.ByteBuffer.wrap(key.subkeys().hmac(KeyPurpose.TEXT, m)).getLong();
    }

    private static ManifestRow rowOf(String id, long order, Outcome o) {
        if (o instanceof Outcome.Written w) {
            return new ManifestRow(id, order, w.name(), "written", "", w.result().patientPseudonym(),
                    w.result().studyUid());
        }
        if (o instanceof Outcome.Quarantined q) {
            return new ManifestRow(id, order, "", "quarantined", q.reason().group(), "", "");
        }
        return new ManifestRow(id, order, "", "skipped", ((Outcome.Skipped) o).reason(), "", "");
    }

    private Input input(InputFile f) throws IOException {
        return input(f, ids.textOf(f.relative()));
    }

    private Input input(InputFile f, String id) throws IOException {
        if (localIn != null) {
            return new Input.OfFile(localIn.resolve(f.relative()), id, f.relative(), f.size());
        }
        Path p = new Path(in, f.relative());
        try (FSDataInputStream is = inFs.open(p)) {
            return new Input.OfBytes(is.readAllBytes(), id, f.relative());
        }
    }
}
