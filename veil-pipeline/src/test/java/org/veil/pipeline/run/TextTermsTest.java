package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.synth.BurnedInWorkload;

/** Reviewer terms in the run state: stored owner-only, and a resumed folder run cleans them from text. */
class TextTermsTest {
    private static final String TERM = "zorblatt";

    @TempDir
    Path tmp;

    @Test
    void add_ownerOnly_noRepeat_refusesLineBreaks() throws Exception {
        Path work = tmp.resolve("out.veil");
        assertTrue(TextTerms.add(work, " Zorblatt "));
        assertFalse(TextTerms.add(work, "Zorblatt"), "a term is stored once");
        assertTrue(TextTerms.add(work, "Quixby"));
        assertEquals(List.of("Zorblatt", "Quixby"), TextTerms.read(work));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                work.resolve(TextTerms.FILE))));
        assertThrows(IllegalArgumentException.class, () -> TextTerms.add(work, "two\nlines"));
        assertThrows(IllegalArgumentException.class, () -> TextTerms.add(work, "  "));
        TextTerms t = new TextTerms();
        t.load(work);
        assertEquals(List.of("Zorblatt", "Quixby"), t.current());
    }

    @Test
    void resumedFolderRun_cleansTheTermsOfItsWorkFolder() throws Exception {
        Path gen = Files.createDirectories(tmp.resolve("gen"));
        BurnedInWorkload.images(gen, 1, 5L);
        Path sc = Files.list(gen).findFirst().orElseThrow();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        copyWithDescription(sc, in.resolve("a.dcm"), null);
        DeidRunOptions options = DeidRunOptions.builder().options(List.of("clean-descriptors")).threads(1).build();
        KeySource key = KeySource.supplied(ProjectKey.random(), "test");
        DeidRun.builder(options, key).build().toFolder(in, out);
        assertEquals(List.of(true), descriptionsHoldTerm(out), "the cleaner alone keeps the made-up name; quarantined: " + quarantined());

        TextTerms.add(tmp.resolve("out.veil"), "Zorblatt");
        copyWithDescription(sc, in.resolve("b.dcm"), "2.25.4242");
        DeidRun.builder(options, key).build().toFolder(in, out);
        List<Boolean> holds = descriptionsHoldTerm(out);
        assertEquals(2, holds.size(), "the resumed run wrote the second input");
        assertEquals(1, holds.stream().filter(h -> !h).count(), "the file written after the term was added lacks it");
    }

    private static void copyWithDescription(Path from, Path to, String sopInstance) throws IOException {
        DicomFile df = DicomReader.read(from);
        DatasetView v = DatasetView.of(df.dataset());
        v.putString(Tags.StudyDescription, VR.LO, "knee " + TERM + " follow-up");
        v.putString(Tags.BurnedInAnnotation, VR.CS, "NO");
        if (sopInstance != null) {
            v.putString(Tags.SOPInstanceUID, VR.UI, sopInstance);
            DatasetView.of(df.fileMeta()).putString(Tags.MediaStorageSOPInstanceUID, VR.UI, sopInstance);
        }
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DicomWriter.write(null, df.fileMeta(), df.dataset(), df.transferSyntax(), ch, WriteOptions.DEFAULT);
        }
    }

    private String quarantined() throws IOException {
        Path q = tmp.resolve("out.quarantine");
        if (!Files.isDirectory(q)) {
            return "nothing";
        }
        try (Stream<Path> s = Files.walk(q)) {
            return s.filter(p -> p.toString().endsWith(".txt")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    return "?";
                }
            }).toList().toString();
        }
    }

    private static List<Boolean> descriptionsHoldTerm(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    String d = DatasetView.of(DicomReader.read(p).dataset()).string(Tags.StudyDescription);
                    return d != null && d.contains(TERM);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
