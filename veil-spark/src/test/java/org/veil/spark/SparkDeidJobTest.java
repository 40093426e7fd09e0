package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.KeySource;
import org.veil.synth.FakePerson;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * The Spark job in local mode against the folder run with the same key and options: the same output names and bytes,
 * the same study decisions for dirty input, complete and unique outputs when a task fails half way, and a resubmitted
 * job that finds nothing left to do.
 */
class SparkDeidJobTest {
    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final long SEED = 20261207L;
    private static SparkSession spark;

    @TempDir
    static Path shared;
    private static Path in;
    private static Path keystore;
    private static Path passwordFile;
    private static ProjectKey key;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().appName("veil-spark-test").master("local[2,3]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        in = shared.resolve("in");
        for (int patient = 0; patient < 3; patient++) {
            for (int i = 0; i < 6; i++) {
                SyntheticWriter.write(in.resolve("p" + patient + "/s" + i % 2 + "/im" + i + ".dcm"),
                        SyntheticImage.header(SEED, CT, patient, i % 2, 0, i), CT, SEED + i);
            }
        }
        FakePerson other = FakePerson.of(SEED, 7);
        for (int i = 6; i < 9; i++) {
            Dataset ds = SyntheticImage.header(SEED, CT, 0, 0, 0, i);
            DatasetView.of(ds).putString(0x00100020, VR.LO, other.id());
            SyntheticWriter.write(in.resolve("p0/s0/dirty" + i + ".dcm"), ds, CT, SEED + i);
        }
        Files.writeString(in.resolve("notes.txt"), "not DICOM");
        passwordFile = shared.resolve("password");
        Files.writeString(passwordFile, "correct horse battery staple");
        Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        keystore = shared.resolve("project.p12");
        key = new KeystoreFile(keystore).create(PasswordSource.file(passwordFile));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * What {@code veil deid IN DIR/reference --keystore project.p12 --threads 1} does, through the same run API: the
     * outputs, {@code reference.veil/summary.json} and the links in the store {@code DIR/reference-linkage}.
     */
    private static Path reference(Path dir) throws Exception {
        return reference(dir, null);
    }

    /** The same, with {@code --k k} when k is not null. */
    private static Path reference(Path dir, Integer k) throws Exception {
        return reference(in, dir, k);
    }

    /** The same on other inputs. */
    private static Path reference(Path in, Path dir, Integer k) throws Exception {
        Path out = dir.resolve("reference");
        try (LinkageStore store = LinkageStore.openWithEnvironmentCredentials("jdbc:h2:file:"
                + dir.resolve("reference-linkage"), key)) {
            KeySource source = KeySource.of(key, KeyOrigin.SUPPLIED, "keystore " + keystore.getFileName())
                    .recordingTo(new LinkageRecorder(store), store::commitNew);
            DeidRun run = DeidRun.builder(DeidRunOptions.builder().threads(1).k(k).build(), source).build();
            run.kAnonymise(run.toFolder(in, out));
        }
        return out;
    }

    /** The job's arguments; its linkage store is {@code spark-linkage} beside OUT. */
    private static JobArguments args(Path out, String... more) {
        return args(in, out, more);
    }

    private static JobArguments args(Path in, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(in.toString(), out.toString(), "--keystore", keystore.toString(),
                "--password-file", passwordFile.toString(), "--partitions", "4", "--linkage",
                "jdbc:h2:file:" + out.resolveSibling("spark-linkage")));
        a.addAll(List.of(more));
        return JobArguments.parse(a);
    }

    @Test
    void localTwo_sameNamesAndBytesAsTheFolderRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        JobSummary summary = new SparkDeidJob(spark, args(out), TaskHook.NONE).run();
        assertEquals(new JobSummary(22, 21, 1, 0), summary);
        assertEquals(tree(reference(dir)), tree(out));
        assertEquals(sortedLines(dir.resolve("reference.veil/mapping.tsv")), sortedLines(dir.resolve("out.veil/mapping.tsv")),
                "the same mapping file as the folder run (input, output, id), in listing order");
        assertEquals(22, spark.read().parquet(WorkFolder.beside(new org.apache.hadoop.fs.Path("file:" + out))
                .manifest().toString()).count());
        assertSameSummary(dir);
        assertSameLinks(dir);
    }

    /**
     * The whole first pass on the driver beside Spark's start (no Spark job for it): the same outputs, mapping,
     * summary and links as the folder run.
     */
    @Test
    void firstPassWhollyOnTheDriver_sameAsTheFolderRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        JobArguments a = args(out);
        Phases phases = new Phases();
        JobSummary summary = new SparkDeidJob(spark.sparkContext(), a, TaskHook.NONE, phases,
                HeadStart.exactly(a, spark.sparkContext().hadoopConfiguration(), 1000)).run();
        assertEquals(new JobSummary(22, 21, 1, 0), summary);
        assertTrue(phases.lines().stream().anyMatch(l -> l.contains(": 22 of 22 inputs")), phases.lines().toString());
        assertEquals(tree(reference(dir)), tree(out));
        assertEquals(Files.readAllLines(dir.resolve("reference.veil/mapping.tsv")),
                Files.readAllLines(dir.resolve("out.veil/mapping.tsv")));
        assertSameSummary(dir);
        assertSameLinks(dir);
    }

    /**
     * A dirty study of two inputs, the first in listing order read by the driver beside Spark's start and the other
     * by an executor: the driver's look decides the study's patient, as the folder run's first input does.
     */
    @Test
    void firstPassSplitBetweenDriverAndExecutors_theDriversLookDecidesTheStudy(@TempDir Path dir) throws Exception {
        Path dirtyIn = dir.resolve("in");
        FakePerson other = FakePerson.of(SEED, 11);
        for (int i = 0; i < 2; i++) {
            Dataset ds = SyntheticImage.header(SEED, CT, 0, 0, 0, i);
            if (i == 1) {
                DatasetView.of(ds).putString(0x00100020, VR.LO, other.id());
            }
            SyntheticWriter.write(dirtyIn.resolve("s/im" + i + ".dcm"), ds, CT, SEED + i);
        }
        Path out = dir.resolve("out");
        JobArguments a = args(dirtyIn, out, "--partitions", "1");
        Phases phases = new Phases();
        new SparkDeidJob(spark.sparkContext(), a, TaskHook.NONE, phases,
                HeadStart.exactly(a, spark.sparkContext().hadoopConfiguration(), 1)).run();
        assertTrue(phases.lines().stream().anyMatch(l -> l.contains(": 1 of 2 inputs")), phases.lines().toString());
        Map<String, byte[]> got = tree(out);
        assertEquals(tree(reference(dirtyIn, dir, null)), got);
        assertEquals(1, got.keySet().stream().map(n -> n.substring(0, n.indexOf('/'))).distinct().count(),
                "both instances under the first input's patient");
    }

    @Test
    void dirtyStudy_decidedByTheFirstInputAsTheFolderRunDecidesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        new SparkDeidJob(spark, args(out), TaskHook.NONE).run();
        Map<String, byte[]> ref = tree(reference(dir));
        Map<String, byte[]> got = tree(out);
        assertEquals(ref.keySet(), got.keySet(), "output names carry the patient pseudonym");
        long patients = got.keySet().stream().map(n -> n.substring(0, n.indexOf('/'))).distinct().count();
        assertEquals(3, patients, "the dirty instances joined their study's patient");
    }

    @Test
    void taskFailsHalfWay_retriedWithoutDuplicatesOrPartFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        TaskHook failOnce = (partition, attempt, index) -> {
            if (partition == 1 && attempt == 0 && index == 3) {
                throw new IllegalStateException("injected executor failure");
            }
        };
        JobSummary summary = new SparkDeidJob(spark, args(out, "--commit-every", "2"), failOnce).run();
        assertEquals(21, summary.written());
        try (Stream<Path> s = Files.walk(dir.resolve("out.veil/spark/done"))) {
            assertEquals(12, s.filter(Files::isRegularFile).count(),
                    "one done record per batch of two (4 partitions of 5 or 6 inputs: 3 batches each)");
        }
        assertEquals(tree(reference(dir)), tree(out));
        try (Stream<Path> s = Files.walk(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
        assertSameSummary(dir);
        assertSameLinks(dir);
    }

    @Test
    void killedJob_resubmittedFinishesWithTheLinksAndSummaryOfTheFolderRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        TaskHook always = (partition, attempt, index) -> {
            if (partition == 1 && index == 3) {
                throw new IllegalStateException("injected executor failure, every attempt");
            }
        };
        assertThrows(Exception.class, () -> new SparkDeidJob(spark, args(out, "--commit-every", "2"), always).run());
        Path sealed = dir.resolve("out.veil/spark/links");
        try (Stream<Path> s = Files.list(sealed)) {
            assertTrue(s.findAny().isPresent(), "the killed job left sealed linkage records, not yet merged");
        }
        JobSummary again = new SparkDeidJob(spark, args(out, "--commit-every", "2"), TaskHook.NONE).run();
        assertEquals(new JobSummary(22, 21, 1, 0), again);
        assertEquals(tree(reference(dir)), tree(out));
        assertTrue(json(dir.resolve("out.veil/summary.json")).get("resumed").asLong() > 0,
                "the inputs the killed job finished count as resumed");
        assertSameSummary(dir, "resumed");
        assertSameLinks(dir);
        try (Stream<Path> s = Files.list(sealed)) {
            assertFalse(s.findAny().isPresent(), "merged files are gone, so no later submission merges them again");
        }
    }

    @Test
    void resubmitted_resumesWithNothingRewritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        new SparkDeidJob(spark, args(out), TaskHook.NONE).run();
        Map<String, byte[]> first = tree(out);
        TaskHook none = (partition, attempt, index) -> {
            throw new IllegalStateException("an input finished by the first job was processed again");
        };
        JobSummary again = new SparkDeidJob(spark, args(out), none).run();
        assertEquals(new JobSummary(22, 21, 1, 0), again);
        assertEquals(first, tree(out));
    }

    /**
     * Two inputs with one SOP Instance UID (one output name) in a job of one partition per input, the earlier one in
     * listing order held up so that the later one would finish first: the earlier one keeps the name and the later
     * one goes to the quarantine with the folder run's reason, as in {@code veil deid}, whatever the timing.
     */
    @Test
    void twoInputsOneName_theFirstInListingOrderKeepsIt_evenWhenTheOtherFinishesFirst(@TempDir Path dir)
            throws Exception {
        Path rivalsIn = dir.resolve("in");
        for (int patient = 0; patient < 3; patient++) {
            for (int i = 0; i < 2; i++) {
                SyntheticWriter.write(rivalsIn.resolve("p" + patient + "/im" + i + ".dcm"),
                        SyntheticImage.header(SEED, CT, patient, 0, 0, i), CT, SEED + i);
            }
        }
        Dataset copy = SyntheticImage.header(SEED, CT, 1, 0, 0, 1);
        DatasetView.of(copy).putString(0x0008103E, VR.LO, "the same instance again, other pixels");
        SyntheticWriter.write(rivalsIn.resolve("copy/im1.dcm"), copy, CT, SEED + 99);
        List<InputFile> listed = InputListing.list(new org.apache.hadoop.fs.Path(rivalsIn.toString()),
                new org.apache.hadoop.conf.Configuration());
        long first = listed.stream().filter(f -> f.relative().endsWith("im1.dcm")
                && (f.relative().startsWith("p1/") || f.relative().startsWith("copy/")))
                .mapToLong(InputFile::order).min().orElseThrow();
        Path out = dir.resolve("out");
        JobSummary summary = new SparkDeidJob(spark, args(rivalsIn, out, "--partitions", "7"),
                new HoldUp(first, 3000)).run();
        assertEquals(1, summary.quarantined(), summary.toString());
        Path ref = reference(rivalsIn, dir, null);
        assertEquals(tree(ref), tree(out));
        assertEquals(tree(dir.resolve("reference.quarantine")), tree(dir.resolve("out.quarantine")),
                "the later input quarantined, its reason naming the earlier one");
        assertEquals(Files.readAllLines(dir.resolve("reference.veil/mapping.tsv")),
                Files.readAllLines(dir.resolve("out.veil/mapping.tsv")));
        assertSameSummary(dir, 6);
        assertSameLinks(dir);
    }

    /** Holds up one input (by listing order) before it is processed. */
    private record HoldUp(long order, long millis) implements TaskHook {
        @Override
        public void beforeInput(int partition, int attempt, int index) {
        }

        @Override
        public void before(InputFile input, int partition, int attempt, int index) throws InterruptedException {
            if (input.order() == order) {
                Thread.sleep(millis);
            }
        }
    }

    @Test
    void kAnonymity_afterTheMerge_sameDeliveryAndNoteAsTheFolderRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        JobSummary summary = new SparkDeidJob(spark, args(out, "--k", "4"), TaskHook.NONE).run();
        Path ref = reference(dir, 4);
        assertEquals(tree(ref), tree(out));
        assertEquals(tree(dir.resolve("reference.quarantine")), tree(dir.resolve("out.quarantine")));
        assertTrue(summary.withheld() > 0, "three patients of one study each: k 4 withholds some");
        assertSameSummary(dir);
        assertEquals(Files.readString(dir.resolve("reference.veil/k-anonymity.txt")),
                Files.readString(dir.resolve("out.veil/k-anonymity.txt")));
    }

    @Test
    void kAnonymityWithOutputOnAClusterFileSystem_refusedBeforeAnythingRuns() {
        JobArguments a = JobArguments.parse(List.of(in.toString(), "hdfs://namenode:8020/delivery/out", "--keystore",
                keystore.toString(), "--password-file", passwordFile.toString(), "--k", "5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkDeidJob(spark, a, TaskHook.NONE).run());
        assertTrue(e.getMessage().contains("--k") && e.getMessage().contains("local"), e.getMessage());
    }

    @Test
    void withoutKeystore_refusedWithASentence(@TempDir Path dir) {
        JobArguments a = JobArguments.parse(List.of(in.toString(), dir.resolve("out").toString()));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new SparkDeidJob(spark, a, TaskHook.NONE).run());
        assertTrue(String.valueOf(rootMessage(e)).contains("needs --keystore"), rootMessage(e));
    }

    /**
     * The job's {@code summary.json} is the folder run's, but for what differs between two runs by nature: when and
     * how long, where (OUT, quarantine and work folder), the workers, and what the caller names.
     */
    private static void assertSameSummary(Path dir, String... alsoDiffering) throws IOException {
        assertSameSummary(dir, 21, alsoDiffering);
    }

    private static void assertSameSummary(Path dir, long written, String... alsoDiffering) throws IOException {
        ObjectNode expected = json(dir.resolve("reference.veil/summary.json"));
        ObjectNode actual = json(dir.resolve("out.veil/summary.json"));
        List<String> differing = new ArrayList<>(List.of("started", "seconds", "output", "quarantine", "work",
                "threads"));
        differing.addAll(List.of(alsoDiffering));
        for (String field : differing) {
            assertTrue(actual.has(field), field);
            expected.remove(field);
            actual.remove(field);
        }
        assertEquals(expected, actual);
        assertEquals(written, actual.get("written").asLong(), "the summary counts something");
    }

    private static ObjectNode json(Path file) throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(file.toFile());
    }

    /** The links the job merged into its store are exactly those the folder run recorded. */
    private static void assertSameLinks(Path dir) throws Exception {
        List<String> expected = LinkageDump.of(dir.resolve("reference-linkage"), key);
        assertFalse(expected.isEmpty());
        assertEquals(expected, LinkageDump.of(dir.resolve("spark-linkage"), key));
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".veil")) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return new TreeMap<>(files) {
            @Override
            public boolean equals(Object o) {
                if (!(o instanceof Map<?, ?> m) || !m.keySet().equals(keySet())) {
                    return false;
                }
                return keySet().stream().allMatch(k -> java.util.Arrays.equals((byte[]) m.get(k), get(k)));
            }

            @Override
            public String toString() {
                return keySet().size() + " files: " + keySet();
            }

            @Override
            public int hashCode() {
                return keySet().hashCode();
            }
        };
    }
}
