package org.veil.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * Decoding of the corpus text values compared with pydicom 2.3. The charset test files (pydicom's charset_files,
 * built by D. Clunie from the PS3.5 examples, plus Orthanc's encoding samples) must agree value for value; so must
 * every other text value of the corpus.
 */
class CharsetCorpusTest {
    private static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    private static final int PATIENT_NAME = 0x00100010;

    private static List<CorpusFile> charsetFiles;
    private static PydicomOracle.Run charsetRun;

    @BeforeAll
    static void readCharsetFiles() {
        charsetFiles = Corpus.files(CharsetCorpusTest::isCharsetFile);
        charsetRun = PydicomOracle.read(charsetFiles.stream().map(CorpusFile::path).toList());
    }

    static boolean isCharsetFile(CorpusFile f) {
        return f.name().startsWith("pydicom/charset_files/") || f.name().startsWith("orthanc-tests/Encodings/")
                || f.name().equals("orthanc-tests/MarekLatin2.dcm")
                || f.name().equals("orthanc-tests/HierarchicalAnonymization/2019-03-28/CR000000.dcm");
    }

    @Test
    void decode_patientNameFromFileBytes_equalsPydicom() {
        int compared = 0;
        for (CorpusFile file : charsetFiles) {
            if (!file.transferSyntax().startsWith("1.2.840.10008.1.2.1 ")) {
                continue;
            }
            Map<Integer, byte[]> elements = TopLevelElements.read(file.path(), SPECIFIC_CHARACTER_SET, PATIENT_NAME);
            byte[] name = elements.get(PATIENT_NAME);
            if (name == null) {
                continue;
            }
            byte[] charset = elements.getOrDefault(SPECIFIC_CHARACTER_SET, new byte[0]);
            var cs = SpecificCharacterSet.ofValue(new String(charset, StandardCharsets.US_ASCII));
            PydicomOracle.Value reference = value(file, "(0010,0010)");
            assertEquals(Hex.of(reference.raw()), Hex.of(name), file + ": raw bytes differ from pydicom's");
            assertEquals(Hex.escaped(reference.text()),
                    Hex.escaped(PydicomOracle.present(cs.decode(name, VR.PN), VR.PN)), file.name());
            compared++;
        }
        assertTrue(compared >= 16, "compared only " + compared + " patient names");
    }

    @Test
    void decode_everyTextValueOfCharsetFiles_equalsPydicom() {
        assertEquals(List.of(), mismatches(charsetRun.values()));
        assertEquals(List.of(), charsetRun.unreadable());
        Set<String> seen = new TreeSet<>();
        charsetRun.values().forEach(v -> seen.add(v.characterSet()));
        assertEquals(Set.of("ISO_IR 100", "ISO_IR 101", "ISO_IR 126", "ISO_IR 127", "ISO_IR 13", "ISO_IR 138",
                "ISO_IR 144", "ISO_IR 192", "GB18030", "ISO 2022 IR 100", "\\ISO 2022 IR 87", "\\ISO 2022 IR 149",
                "ISO 2022 IR 13\\ISO 2022 IR 87", "ISO 2022 IR 6\\ISO 2022 IR 87"), seen);
        assertTrue(charsetRun.values().size() > 200, "only " + charsetRun.values().size() + " values");
    }

    @Test
    void decode_everyTextValueOfCorpus_equalsPydicom() {
        PydicomOracle.Run run = PydicomOracle.read(Corpus.files().stream().map(CorpusFile::path).toList());
        assertEquals(List.of(), mismatches(run.values()));
        assertTrue(run.values().size() > 5000, "only " + run.values().size() + " values");
    }

    @Test
    void annexExamples_corpusFileBytes_equalStandardLiterals() {
        assertEquals(StandardExamplesTest.H31_BYTES, Hex.of(rawName("pydicom/charset_files/chrH31.dcm")));
        assertEquals(StandardExamplesTest.H32_BYTES, Hex.of(rawName("pydicom/charset_files/chrH32.dcm")));
        assertEquals(StandardExamplesTest.I2_BYTES, Hex.of(rawName("pydicom/charset_files/chrI2.dcm")));
    }

    /**
     * Re-encoding what was decoded gives the file's bytes back, padding included, except for escape sequences that
     * differ from what PS3.5 requires or shows:
     * <ul>
     * <li>chrKoreanMulti ends its values with ESC ( B although G0 never left ASCII; PS3.5 6.1.2.5.3 needs no switch
     * when G0 is still the initial set, and Annex I.2 writes none, so Veil drops it;</li>
     * <li>chrSQEncoding and chrSQEncoding1 return to G0 with ESC ( B (ASCII) where value 1 is ISO 2022 IR 13, whose
     * G0 set is ISO-IR 14: Veil writes ESC ( J, as PS3.5 H.3.2 does. Both read the same.</li>
     * </ul>
     */
    @Test
    void encode_decodedCharsetFileValues_reproducesFileBytes() {
        List<String> differences = new ArrayList<>();
        for (PydicomOracle.Value v : charsetRun.values()) {
            var cs = SpecificCharacterSet.ofValue(v.characterSet());
            byte[] again = cs.encode(cs.decode(v.raw(), v.vr()), v.vr());
            if (!Hex.of(again).equals(Hex.of(v.raw()))) {
                differences.add(shortName(v.file()) + " " + v.path() + ": " + Hex.of(v.raw()) + " -> " + Hex.of(again));
            }
        }
        List<String> expected = new ArrayList<>();
        for (String path : List.of("(0008,1070)", "(0010,0010)", "(0010,1001)", "(0010,21B0)")) {
            expected.add(expectedDifference("chrKoreanMulti.dcm", path, " 1B 28 42", ""));
        }
        for (String file : List.of("chrSQEncoding.dcm", "chrSQEncoding1.dcm")) {
            expected.add(expectedDifference(file, "(0032,1064)[0]>(0010,0010)", "1B 28 42", "1B 28 4A"));
        }
        assertEquals(expected, differences);
    }

    private static String expectedDifference(String file, String path, String escape, String replacement) {
        String hex = Hex.of(value("pydicom/charset_files/" + file, path).raw());
        return file + " " + path + ": " + hex + " -> " + hex.replace(escape, replacement);
    }

    private static List<String> mismatches(List<PydicomOracle.Value> values) {
        List<String> out = new ArrayList<>();
        for (PydicomOracle.Value v : values) {
            String mine = PydicomOracle.present(SpecificCharacterSet.ofValue(v.characterSet()).decode(v.raw(), v.vr()),
                    v.vr());
            if (!mine.equals(v.text())) {
                out.add(v.file() + " " + v.path() + " " + v.vr() + " [" + v.characterSet() + "]: pydicom '"
                        + Hex.escaped(v.text()) + "', Veil '" + Hex.escaped(mine) + "'");
            }
        }
        return out;
    }

    private static byte[] rawName(String name) {
        return TopLevelElements.read(Corpus.file(name).path(), PATIENT_NAME).get(PATIENT_NAME);
    }

    private static PydicomOracle.Value value(CorpusFile file, String path) {
        return value(file.path().toString(), path);
    }

    private static PydicomOracle.Value value(String file, String path) {
        String suffix = Path.of(file).isAbsolute() ? file : Corpus.file(file).path().toString();
        return charsetRun.values().stream().filter(v -> v.file().equals(suffix) && v.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("pydicom gave no " + path + " for " + file));
    }

    private static String shortName(String file) {
        return Path.of(file).getFileName().toString();
    }
}
