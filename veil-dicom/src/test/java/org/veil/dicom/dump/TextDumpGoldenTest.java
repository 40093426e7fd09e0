package org.veil.dicom.dump;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.veil.dicom.io.DicomReader;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;
import org.veil.testkit.Golden;

/**
 * Text dumps of a few corpus files against golden files in {@code src/test/resources/golden/dump}; the corpus folder
 * is written as {@code <corpus>/} so the files do not depend on where it lies. After a deliberate change of the dump
 * format, run {@code mvn -pl veil-dicom test -Dtest=TextDumpGoldenTest -Dveil.golden.update=true} and review the diff.
 */
class TextDumpGoldenTest {
    /** Each shows something the others do not (see the comment at the end of the line). */
    private static final List<String> CASES = List.of(
            "pydicom/test_files/CT_small.dcm", // ISO_IR 100, private GEMS blocks, sequence items, OW pixel data
            "pydicom/charset_files/chrH31.dcm", // ISO 2022 IR 87 names, empty first charset value
            "pydicom/test_files/nested_priv_SQ.dcm", // undefined length UN sequences, odd length warning
            "pydicom/test_files/SC_rgb_jpeg.dcm", // fragments, transfer syntax contradicted by the data set
            "pydicom/test_files/MR_small_bigendian.dcm", // explicit VR big endian numbers and words
            "pydicom-data/OT-PAL-8-face.dcm", // pixel data left in the file (bulk data offset), palette LUTs
            "pydicom-data/JLSL_RGB_ILV0.dcm", // a fragment left in the file
            "pydicom/test_files/image_dfl.dcm"); // deflated data set

    @TestFactory
    Stream<DynamicTest> dump_corpusFile_equalsGoldenFile() {
        return CASES.stream().map(Corpus::file).map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f)));
    }

    private static void check(CorpusFile f) throws IOException {
        StringWriter out = new StringWriter();
        new TextDumper(out, DumpOptions.DEFAULT).dump(DicomReader.read(f.path()));
        String text = out.toString().replace(Corpus.root() + "/", "<corpus>/");
        Golden.check("golden/dump/" + f.name().replace('/', '_') + ".txt", text);
    }
}
