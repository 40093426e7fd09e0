package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.profile.ProfileOption;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;
import org.veil.testkit.Tool;

/**
 * Clean Structured Content and Clean Descriptors on the corpus's SR documents: no known identifier of the input
 * is left in any text of the output, coded concepts, measurements and coordinates are unchanged, and dciodvfy
 * reports no error on the output that it did not report on the input.
 */
class StructuredContentCorpusTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {7, 7, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
        12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28});
    /** Elements of the content tree that must survive unchanged: codes, values types, numbers, coordinates. */
    private static final Set<Integer> STRUCTURE = Set.of(0x00080100, 0x00080102, 0x00080103, 0x00080104,
            0x0040A010, 0x0040A040, 0x0040A30A, 0x0040A161, 0x00700022, 0x00700023, 0x0040A130, 0x0040A132,
            0x0040A138, 0x0040A0B0, 0x00700308);
    private static final Lexicon LEXICON = new Lexicon(NameLists.builtin(), ClinicalTerms.builtin());
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void srDocuments_cleaned_identifiersGone_structureKept_noNewDciodvfyErrors() throws Exception {
        List<CorpusFile> srs = Corpus.files(f -> f.sopClass().endsWith("/ SR") && !f.malformed());
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY)
                .option(ProfileOption.CLEAN_STRUCTURED_CONTENT).option(ProfileOption.CLEAN_DESCRIPTORS)
                .option(ProfileOption.RETAIN_LONG_MODIFIED_DATES)
                .textCleaner(EngineCleaner.defaults()).build());
        boolean dciodvfy = Tool.available("dciodvfy");
        int checked = 0;
        int refused = 0;
        List<String> problems = new ArrayList<>();
        for (CorpusFile f : srs) {
            DicomFile file;
            try {
                file = DicomReader.read(f.path());
            } catch (Exception e) {
                continue;  // unreadable inputs are the reader's tests' business
            }
            Dataset ds = file.dataset();
            Set<String> known = knownTokens(ds);
            List<String> before = structure(ds);
            try {
                deid.deidentify(ds);
            } catch (DeidException e) {
                refused++;  // fails closed (e.g. a retired CS attribute whose tag is now SQ): nothing written
                continue;
            }
            List<String> texts = new ArrayList<>();
            texts(ds, texts);
            for (String t : texts) {
                for (String word : WORDS.split(t.toUpperCase(Locale.ROOT))) {
                    if (known.contains(word)) {
                        problems.add(f.name() + ": a known identifier word of " + word.length()
                                + " characters is left");
                    }
                }
            }
            if (!before.equals(structure(ds))) {
                problems.add(f.name() + ": codes, measurements or coordinates changed");
            }
            if (dciodvfy) {
                Path out = Files.createTempFile("veil-sr", ".dcm");
                try {
                    DicomWriter.write(file, out, WriteOptions.DEFAULT);
                    Set<String> in = errors(f.path());
                    for (String e : errors(out)) {
                        if (!in.contains(e)) {
                            problems.add(f.name() + ": new dciodvfy error: " + e);
                        }
                    }
                } finally {
                    Files.deleteIfExists(out);
                }
            }
            checked++;
        }
        assertTrue(checked >= 5, "SR documents checked: " + checked);
        assertEquals(List.of(), problems);
        System.out.println("SR documents cleaned and checked: " + checked + (dciodvfy ? " (with dciodvfy)" : ""));
    }

    /**
     * Words of four or more characters of the input's names and identifiers (institution words excluded), less the
     * words of the input's code meanings: a test patient named "Test" shares the word with a document titled
     * "... Test Document", and the scrubber by design keeps a known name part that is a common English word or a
     * clinical term when it is not used as a name (text preservation); such words are left out here.
     */
    private static Set<String> knownTokens(Dataset ds) {
        DatasetIdentifiers ids = DatasetIdentifiers.of(ds);
        Set<String> words = new LinkedHashSet<>();
        for (DatasetIdentifiers.Kind kind : List.of(DatasetIdentifiers.Kind.NAME, DatasetIdentifiers.Kind.IDENTIFIER)) {
            for (String v : ids.values(kind)) {
                for (String w : WORDS.split(v.toUpperCase(Locale.ROOT))) {
                    if (w.length() >= 4) {
                        words.add(w);
                    }
                }
            }
        }
        words.removeIf(w -> Lexicon.any(LEXICON.flags(w), Lexicon.GUARD));
        List<String> meanings = new ArrayList<>();
        codeMeanings(ds, meanings);
        for (String m : meanings) {
            for (String w : WORDS.split(m.toUpperCase(Locale.ROOT))) {
                words.remove(w);
            }
        }
        return words;
    }

    private static void codeMeanings(Dataset ds, List<String> out) {
        for (DataElement e : ds) {
            if (e.isSequence()) {
                e.sequence().forEach(item -> codeMeanings(item, out));
            } else if (e.tag() == 0x00080104 && DatasetView.of(ds).text(e.tag()) != null) {
                out.add(DatasetView.of(ds).text(e.tag()));
            }
        }
    }

    /** Every text value at any depth, UIDs and code strings excluded. */
    private static void texts(Dataset ds, List<String> out) {
        DatasetView v = DatasetView.of(ds);
        for (DataElement e : ds) {
            if (e.isSequence()) {
                e.sequence().forEach(item -> texts(item, out));
            } else if (e.vr().isString() && e.vr() != VR.UI && e.vr() != VR.CS && !STRUCTURE.contains(e.tag())) {
                String t = v.text(e.tag());
                if (t != null) {
                    out.add(t);
                }
            }
        }
    }

    /** The structure elements at any depth in document order, as tag=value (hex for binary values). */
    private static List<String> structure(Dataset ds) {
        List<String> out = new ArrayList<>();
        for (int tree : new int[] {0x0040A043, 0x0040A730}) {
            DataElement e = ds.get(tree);
            if (e != null && e.isSequence()) {
                e.sequence().forEach(item -> structure(item, out));
            }
        }
        return out;
    }

    private static void structure(Dataset ds, List<String> out) {
        for (DataElement e : ds) {
            if (e.isSequence()) {
                e.sequence().forEach(item -> structure(item, out));
            } else if (STRUCTURE.contains(e.tag()) && e.bytes() != null) {
                out.add(Integer.toHexString(e.tag()) + "=" + HexFormat.of().formatHex(e.bytes()));
            }
        }
    }

    /** dciodvfy's error lines with values, UIDs and numbers blanked (they change with de-identification). */
    private static Set<String> errors(Path file) {
        Tool.Result r = Tool.run(Duration.ofSeconds(60), "dciodvfy", file.toString());
        Set<String> out = new LinkedHashSet<>();
        for (String line : (r.stdout() + "\n" + r.stderr()).split("\n")) {
            if (line.startsWith("Error")) {
                out.add(line.replaceAll("<[^>]*>", "<>").replaceAll("\"[^\"]*\"", "\"\"")
                        .replaceAll("'[^']*'", "''").replaceAll("[0-9][0-9.]*", "#"));
            }
        }
        return out;
    }
}
