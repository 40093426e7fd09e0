package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.engine.FilterDecision;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.profile.ProfileOption;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * Outputs are named like the pipeline names them (never after the input), with a fresh file meta built from the
 * de-identified data set.
 *
 * <p>Every corpus file de-identified with the default profile verifies clean. (Speed is measured by {@code veil bench},
 * not here.)
 */
class CorpusVerifyTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {7, 7, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
        13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28});

    private static final int DIRECTORY_RECORDS = 0x00041220;

    @TempDir
    Path tmp;

    /** De-identifies what the engine accepts; returns the number of outputs. */
    private int deidentify(List<CorpusFile> files, Path out, Path mapping) throws Exception {
        return deidentify(files, out, mapping, new Deidentifier(DeidConfig.builder().key(KEY).build()));
    }

    private int deidentify(List<CorpusFile> files, Path out, Path mapping, Deidentifier deid) throws Exception {
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(mapping, StandardCharsets.UTF_8)) {
            MappingFile.writeHeader(w);
            for (CorpusFile f : files) {
                DicomFile in;
                try {
                    in = DicomReader.read(f.path());
                } catch (Exception e) {
                    continue;
                }
                if (deid.filter(in.dataset()).decision() != FilterDecision.PROCESS) {
                    continue;
                }
                if (in.dataset().contains(DIRECTORY_RECORDS)) {
                    continue; // a DICOMDIR is rewritten by the pipeline after its files (DicomdirDeliveryTest)
                }
                try {
                    deid.deidentify(in.dataset());
                } catch (DeidException e) {
                    continue;
                }
                Path target = out.resolve("p" + n / 100).resolve(n + ".dcm");
                Files.createDirectories(target.getParent());
                try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    DicomWriter.write(null, new Dataset(), in.dataset(), in.transferSyntax(), ch, WriteOptions.DEFAULT);
                } catch (Exception e) {
                    Files.deleteIfExists(target);
                    continue;
                }
                MappingFile.append(w, Corpus.root(), f.path(), out, target);
                n++;
            }
        }
        return n;
    }

    @Test
    void verify_deidOutputOfEveryCorpusFile_clean() throws Exception {
        Path out = tmp.resolve("out");
        Path mapping = tmp.resolve("mapping.tsv");
        int outputs = deidentify(Corpus.files(), out, mapping);
        VerifyReport r = Verifier.verify(Corpus.root(), out, VerifyConfig.builder().mappingFile(mapping).build());
        System.out.printf("corpus: %d outputs verified; %s%n", outputs, r.toText().lines().limit(3).toList());
        assertTrue(outputs > 200, "most corpus files de-identify: " + outputs);
        assertTrue(r.clean(), r.toText());
    }

    /**
     * Issue 13 item 9: with every option that needs no pixel stage, and another key each time (so other random
     * pseudonyms, in which a name part may occur by chance), the delivery verifies clean.
     */
    @Tag("regression")
    @ParameterizedTest
    @EnumSource(value = ProfileOption.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"CLEAN_PIXEL_DATA", "CLEAN_RECOGNIZABLE_VISUAL_FEATURES"})
    void verify_deidOutputOfEveryCorpusFileWithOption_clean(ProfileOption option) throws Exception {
        Path out = tmp.resolve("out");
        Path mapping = tmp.resolve("mapping.tsv");
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) (option.ordinal() * 37 + 11));
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(ProjectKey.of(key)).options(Set.of(option))
                .build());
        int outputs = deidentify(Corpus.files(), out, mapping, deid);
        VerifyReport r = Verifier.verify(Corpus.root(), out, VerifyConfig.builder().mappingFile(mapping)
                .options(Set.of(option)).build());
        assertTrue(outputs > 200, "most corpus files de-identify: " + outputs);
        assertTrue(r.clean(), option + ": " + r.toText());
    }
}
