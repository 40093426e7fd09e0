package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.io.DicomReader;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/**
 * A generated study whose instances reference each other (Referenced Image Sequence, Source Image Sequence): after
 * {@code veil deid} every reference must name the remapped SOP Instance UID of an existing output instance, the same
 * one it named before.
 */
class DeidReferencesTest {
    static final int SOP_CLASS = 0x00080016;
    static final int SOP_INSTANCE = 0x00080018;
    static final int STUDY = 0x0020000D;
    static final int INSTANCE_NUMBER = 0x00200013;
    private static final int REF_SOP_CLASS = 0x00081150;
    private static final int REF_SOP_INSTANCE = 0x00081155;
    private static final int REFERENCED_IMAGES = 0x00081140;
    private static final int SOURCE_IMAGES = 0x00082112;
    private static final int FILES = 12;
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 32, 32, 1);

    @TempDir
    Path dir;

    @Test
    void deid_studyWithCrossReferences_everyReferencePointsAtTheRemappedOutput() throws Exception {
        long seed = new SplittableRandom().nextLong();
        Path in = dir.resolve("in");
        Map<Integer, String> originalUid = new HashMap<>();
        for (int i = 0; i < FILES; i++) {
            Dataset ds = SyntheticImage.header(seed, SPEC, 0, 0, i % 2, i);
            originalUid.put(i + 1, DatasetView.of(ds).string(SOP_INSTANCE));
            SyntheticWriter.write(in.resolve("IMG" + i), ds, SPEC, seed + i);
        }
        for (int i = 0; i < FILES; i++) {
            Path f = in.resolve("IMG" + i);
            Dataset ds = DicomReader.read(f).dataset();
            reference(ds, REFERENCED_IMAGES, originalUid.get((i + 1) % FILES + 1));
            reference(ds, SOURCE_IMAGES, originalUid.get((i + FILES - 1) % FILES + 1));
            Files.delete(f);
            SyntheticWriter.write(f, ds, SPEC, seed + i);
        }
        byte[] secret = new byte[32];
        new SplittableRandom(seed).nextBytes(secret);
        Path out = dir.resolve("out");
        assertEquals(0, ChildVeil.run(dir.resolve("log"), Map.of(RunKey.TEST_KEY_FILE,
                ChildVeil.keyFile(dir, secret).toString()), "deid", in.toString(), out.toString(), "--threads", "2"));

        Map<Integer, String> outputUid = new HashMap<>();
        Map<Integer, Dataset> outputs = new HashMap<>();
        for (Path p : outputs(out)) {
            Dataset ds = DicomReader.read(p).dataset();
            int n = Integer.parseInt(DatasetView.of(ds).string(INSTANCE_NUMBER));
            outputUid.put(n, DatasetView.of(ds).string(SOP_INSTANCE));
            outputs.put(n, ds);
        }
        String msg = "seed " + seed;
        assertEquals(FILES, outputs.size(), msg);
        Set<String> existing = new HashSet<>(outputUid.values());
        for (int n = 1; n <= FILES; n++) {
            assertNotEquals(originalUid.get(n), outputUid.get(n), "instance UID remapped, " + msg);
            String next = referenced(outputs.get(n), REFERENCED_IMAGES);
            String previous = referenced(outputs.get(n), SOURCE_IMAGES);
            assertEquals(outputUid.get(n % FILES + 1), next, "Referenced Image Sequence of " + n + ", " + msg);
            assertEquals(outputUid.get((n + FILES - 2) % FILES + 1), previous, "Source Image Sequence of " + n);
            assertTrue(existing.contains(next) && existing.contains(previous), msg);
        }
        assertEquals(1, outputs.values().stream().map(d -> DatasetView.of(d).string(STUDY)).distinct().count());
    }

    private static void reference(Dataset ds, int sequenceTag, String sopInstance) {
        Sequence seq = new Sequence(ds);
        Dataset item = seq.addItem();
        DatasetView.of(item).putString(REF_SOP_CLASS, VR.UI, SPEC.sopClass());
        DatasetView.of(item).putString(REF_SOP_INSTANCE, VR.UI, sopInstance);
        ds.put(DataElement.of(sequenceTag, VR.SQ, seq));
    }

    private static String referenced(Dataset ds, int sequenceTag) {
        DataElement e = ds.get(sequenceTag);
        assertNotNull(e, String.format("(%04X,%04X) kept", sequenceTag >>> 16, sequenceTag & 0xFFFF));
        return DatasetView.of(e.sequence().get(0)).string(REF_SOP_INSTANCE);
    }

    static List<Path> outputs(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".dcm"))
                    .filter(p -> !out.relativize(p).startsWith(".veil")).sorted().toList();
        }
    }
}
