package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomReader;
import org.veil.pipeline.Input;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.QuarantineCategory;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.folder.RecordsNotDurableException;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/** The per-instance delivery a gateway or a Spark task uses: bytes in, outcome out, the front end's own sinks. */
class InstanceRunTest {
    private static final ImageSpec CT = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);
    private static final int PATIENT_ID = 0x00100020;
    private static final long SEED = 12;

    @TempDir
    Path tmp;

    private final ProjectKey key = ProjectKey.random();

    private DeidRun run() {
        return DeidRun.builder(DeidRunOptions.builder().threads(2).build(), KeySource.supplied(key, "test key"))
                .build();
    }

    /** A synthetic CT file of {@code patient}, study 0, written under tmp; {@code patientId} overrides its ID. */
    private Path ct(int patient, int instance, String patientId) throws IOException {
        Dataset header = SyntheticImage.header(SEED, CT, patient, 0, 0, instance);
        if (patientId != null) {
            DatasetView.of(header).putString(PATIENT_ID, VR.LO, patientId);
        }
        Path file = tmp.resolve("in").resolve("p" + patient + "-" + instance + ".dcm");
        SyntheticWriter.write(file, header, CT, SEED + instance);
        return file;
    }

    private static Input bytes(Path file, String id) throws IOException {
        return new Input.OfBytes(Files.readAllBytes(file), id, "message " + id);
    }

    private Dataset read(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(tmp, "out", ".dcm");
        Files.write(f, bytes);
        return DicomReader.read(f).dataset();
    }

    @Test
    void bytesIn_writtenThroughTheFrontEndsSink_sameBytesAsTheFolderRun() throws Exception {
        for (int i = 0; i < 3; i++) {
            ct(i % 2, i, null);
        }
        FolderResult folder = run().toFolder(tmp.resolve("in"), tmp.resolve("out"));
        assertEquals(3, folder.summary().counts().written());

        MemorySinks sinks = new MemorySinks();
        InstanceRun instances = run().perInstance(sinks, sinks);
        List<Path> inputs;
        try (var s = Files.list(tmp.resolve("in"))) {
            inputs = s.sorted().toList();
        }
        for (Path p : inputs) {
            Outcome o = instances.process(bytes(p, p.getFileName().toString()));
            Outcome.Written w = assertInstanceOf(Outcome.Written.class, o);
            assertArrayEquals(Files.readAllBytes(tmp.resolve("out").resolve(w.name())), sinks.written.get(w.name()),
                    w.name());
        }
        assertEquals(3, sinks.written.size());
        assertTrue(sinks.quarantined.isEmpty());
    }

    @Test
    void notDicom_skipped_quarantineNotCalled() throws Exception {
        MemorySinks sinks = new MemorySinks();
        Outcome o = run().perInstance(sinks, sinks).process(new Input.OfBytes(
                "just some text, not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "t1", "t1"));
        assertEquals("not DICOM", assertInstanceOf(Outcome.Skipped.class, o).reason());
        assertTrue(sinks.written.isEmpty());
        assertTrue(sinks.quarantined.isEmpty());
    }

    @Test
    void brokenInstance_quarantineCalledWithASentence_nothingWritten() throws Exception {
        byte[] whole = Files.readAllBytes(ct(0, 0, null));
        byte[] cut = Arrays.copyOf(whole, 400);
        cut[cut.length - 1] = (byte) 0xFF;
        Input input = new Input.OfBytes(cut, "m7", "association 3 message 7");
        MemorySinks sinks = new MemorySinks();
        Outcome o = run().perInstance(sinks, sinks).process(input);
        Outcome.Quarantined q = assertInstanceOf(Outcome.Quarantined.class, o);
        assertEquals(1, sinks.quarantined.size());
        MemorySinks.Quarantined call = sinks.quarantined.get(0);
        assertSame(input, call.input());
        assertEquals(q.reason(), call.reason());
        assertEquals(QuarantineCategory.PARSE, call.reason().category());
        String detail = call.reason().detail();
        assertTrue(detail.contains("m7"), "names the input: " + detail);
        assertFalse(detail.contains("Exception") || detail.contains("java."), "a sentence, not a class: " + detail);
        assertTrue(detail.matches(".*@0x[0-9a-f]+.*"), "located at a byte offset: " + detail);
        assertTrue(sinks.written.isEmpty());
    }

    @Test
    void everyInstance_linkageCommittedBeforeProcessReturns_failedCommitIsNotDurable() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        KeySource recording = KeySource.of(key, KeyOrigin.SUPPLIED, "test key")
                .recordingTo(MappingListener.NONE, commits::incrementAndGet);
        MemorySinks sinks = new MemorySinks();
        InstanceRun instances = DeidRun.builder(DeidRunOptions.DEFAULT, recording).build().perInstance(sinks, sinks);
        instances.process(bytes(ct(0, 0, null), "a"));
        instances.process(bytes(ct(0, 1, null), "b"));
        assertEquals(2, commits.get());

        KeySource failing = KeySource.of(key, KeyOrigin.SUPPLIED, "test key").recordingTo(MappingListener.NONE,
                () -> {
                    throw new IOException("database down");
                });
        InstanceRun broken = DeidRun.builder(DeidRunOptions.DEFAULT, failing).build().perInstance(sinks, sinks);
        RecordsNotDurableException e = assertThrows(RecordsNotDurableException.class,
                () -> broken.process(bytes(ct(1, 2, null), "c")));
        assertTrue(e.getMessage().contains("database down"), e.getMessage());
    }

    @Test
    void dirtyStudy_fromManyThreads_onePatientForTheWholeStudy() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inputs.add(bytes(ct(0, i, i % 2 == 0 ? "MRN-A" : "MRN-B"), "i" + i));
        }
        MemorySinks sinks = new MemorySinks();
        InstanceRun instances = run().perInstance(sinks, sinks);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> done = new ArrayList<>();
            for (Input in : inputs) {
                done.add(pool.submit(() -> instances.process(in)));
            }
            for (Future<Outcome> f : done) {
                assertInstanceOf(Outcome.Written.class, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(24, sinks.written.size());
        List<String> ids = new ArrayList<>();
        for (byte[] b : sinks.written.values()) {
            ids.add(DatasetView.of(read(b)).string(PATIENT_ID));
        }
        assertEquals(1, ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void studyDecidedInAdvance_usedForEveryInstanceOfIt() throws Exception {
        Path file = ct(0, 0, "MRN-A");
        String study = DatasetView.of(DicomReader.read(file).dataset()).string(0x0020000D);
        MemorySinks own = new MemorySinks();
        run().perInstance(own, own).process(bytes(ct(1, 1, "MRN-Z"), "z"));
        String pseudonymOfZ = DatasetView.of(read(own.written.values().iterator().next())).string(PATIENT_ID);

        MemorySinks sinks = new MemorySinks();
        InstanceRun instances = run().perInstance().output(sinks).quarantine(sinks)
                .studyPatients(new MemoryStudyPatients(Map.of(study, PatientKey.of("MRN-Z")))).build();
        Outcome.Written w = (Outcome.Written) instances.process(bytes(file, "a"));
        assertTrue(w.reassigned());
        String got = DatasetView.of(read(sinks.written.get(w.name()))).string(PATIENT_ID);
        assertEquals(pseudonymOfZ, got);
        assertNotEquals("MRN-A", got);
    }

    @Test
    void census_countsConflictingPatients() throws Exception {
        MemorySinks sinks = new MemorySinks();
        InstanceRun instances = run().perInstance(sinks, sinks);
        Path a = ct(0, 0, "MRN-Q");
        Path b = ct(1, 1, "MRN-Q");
        instances.process(bytes(a, "a"));
        instances.process(bytes(b, "b"));
        assertEquals(1, instances.census().idsWithConflictingDemographics());
    }
}
