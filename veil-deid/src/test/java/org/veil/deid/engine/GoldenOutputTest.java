package org.veil.deid.engine;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.dump.DumpOptions;
import org.veil.dicom.dump.TextDumper;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.profile.ProfileOption;
import org.veil.testkit.Corpus;
import org.veil.testkit.Golden;

/**
 * Golden outputs of representative corpus files (CT, MR, US multiframe, SR, RT, DICOMDIR) de-identified with a fixed
 * key: the Basic Profile, and modified dates + Clean Descriptors + Clean Structured Content. The written file is
 * read back and dumped as text; any change in what the engine does shows as a line diff. Update with
 * {@code -Dveil.golden.update=true} and review the diff.
 */
class GoldenOutputTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {42, 1, 42, 2, 42, 3, 42, 4, 42, 5, 42, 6, 42, 7,
        42, 8, 42, 9, 42, 10, 42, 11, 42, 12, 42, 13, 42, 14, 42, 15, 42, 16});

    @TempDir
    Path tmp;

    static Stream<Arguments> files() {
        return Stream.of("pydicom/test_files/CT_small.dcm", "pydicom/test_files/MR_small.dcm",
                "dcm4che/US-PAL-8-10x-echo", "pydicom/test_files/test-SR.dcm", "pydicom/test_files/rtstruct.dcm",
                "pydicom/test_files/rtplan.dcm", "pydicom/test_files/dicomdirtests/DICOMDIR")
                .flatMap(f -> Stream.of(Arguments.of(f, "basic"), Arguments.of(f, "clean")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("files")
    void deidentify_representativeFile_matchesGoldenDump(String name, String profile) throws Exception {
        DicomFile in = DicomReader.read(Corpus.file(name).path());
        DeidConfig.Builder b = DeidConfig.builder().key(KEY)
                .textCleaner((ds, shift, pseudonym) -> (text, vr) -> "CLEANED");
        if (profile.equals("clean")) {
            b.option(ProfileOption.RETAIN_LONG_MODIFIED_DATES).option(ProfileOption.CLEAN_DESCRIPTORS)
                    .option(ProfileOption.CLEAN_STRUCTURED_CONTENT);
        }
        Deidentifier deid = new Deidentifier(b.build());
        deid.deidentify(in.dataset());
        Path out = tmp.resolve("out.dcm");
        try (var ch = java.nio.channels.FileChannel.open(out, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    DicomWriter.write(null, deid.outputMeta(in.fileMeta(), in.dataset()), in.dataset(), in.transferSyntax(),
                            ch, WriteOptions.DEFAULT); // as the pipeline
                }
        StringWriter text = new StringWriter();
        new TextDumper(text, DumpOptions.builder().maxTextLength(80).maxValues(8).build())
                .dump(DicomReader.read(out));
        Golden.check("golden/deid/" + name.replaceAll("[^A-Za-z0-9.-]", "_") + "." + profile + ".txt",
                text.toString().replace(out.toString(), "OUTPUT"));
    }
}
