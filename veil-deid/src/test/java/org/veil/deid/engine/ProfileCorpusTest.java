package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.Tag;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileOption;
import org.veil.profile.ProfileRule;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;
import org.veil.testkit.Tool;

/**
 * Every readable corpus file through the Basic Profile and through each header option: the output parses back,
 * {@code dciodvfy} reports no error for it that it did not report for the input (or for the input rewritten unchanged,
 * for the few inputs dciodvfy cannot read), and no attribute that the profile
 * removes under that configuration is left anywhere in the data set.
 */
class ProfileCorpusTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {7, 1, 7, 2, 7, 3, 7, 4, 7, 5, 7, 6, 7, 7, 7, 8, 7,
        9, 7, 10, 7, 11, 7, 12, 7, 13, 7, 14, 7, 15, 7, 16});
    /** dciodvfy error lines differ between input and output only in values; compare them without the values. */
    private static final Pattern VALUES = Pattern.compile("(?<![A-Za-z])<[^>]*>|\"[^\"]*\"|(?<=\\s)[0-9][0-9.]*(?=\\s|$)");
    private static final Map<Path, Set<String>> INPUT_ERRORS = new ConcurrentHashMap<>();
    private static final List<String> SUMMARY = new ArrayList<>();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void tools() {
        Tool.require("dciodvfy");
    }

    @AfterAll
    static void printSummary() {
        SUMMARY.forEach(System.out::println);
    }

    private static Map<String, DeidConfig> configurations() {
        Map<String, DeidConfig> m = new LinkedHashMap<>();
        m.put("basic", base().build());
        for (ProfileOption o : ProfileOption.values()) {
            if (o != ProfileOption.CLEAN_PIXEL_DATA && o != ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES) {
                m.put(o.cliName(), base().option(o).build());
            }
        }
        return m;
    }

    private static DeidConfig.Builder base() {
        return DeidConfig.builder().key(KEY).textCleaner((ds, shift, pseudonym) -> (text, vr) -> "CLEANED");
    }

    @Test
    void deidentify_everyCorpusFileUnderEveryOption_validAndWithoutRemovedAttributes() throws Exception {
        Map<String, DeidConfig> configs = configurations();
        List<String> failures = new ArrayList<>();
        int files = 0;
        int outputs = 0;
        int rejected = 0;
        for (CorpusFile cf : Corpus.files(f -> !f.malformed())) {
            DicomFile probe;
            try {
                probe = DicomReader.read(cf.path());
            } catch (IOException e) {
                continue; // the reader tests cover unreadable files
            }
            files++;
            for (var entry : configs.entrySet()) {
                DicomFile in = entry.getKey().equals("basic") ? probe : DicomReader.read(cf.path());
                Deidentifier deid = new Deidentifier(entry.getValue());
                if (deid.filter(in.dataset()).decision() != FilterDecision.PROCESS) {
                    rejected++;
                    break;
                }
                String where = cf.name() + " [" + entry.getKey() + "]";
                try {
                    deid.deidentify(in.dataset());
                } catch (DeidException e) {
                    failures.add(where + ": " + e.getMessage());
                    continue;
                }
                Path out = tmp.resolve("out-" + files + "-" + entry.getKey() + ".dcm");
                try (var ch = java.nio.channels.FileChannel.open(out, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    DicomWriter.write(null, deid.outputMeta(in.fileMeta(), in.dataset()), in.dataset(), in.transferSyntax(),
                            ch, WriteOptions.DEFAULT); // as the pipeline
                }
                outputs++;
                int before = failures.size();
                check(where, cf.path(), out, removedRules(entry.getValue()), failures);
                if (failures.size() > before) {
                    keep(out, cf.name() + "." + entry.getKey());
                }
                Files.delete(out);
            }
        }
        SUMMARY.add("profile corpus: " + files + " files, " + outputs + " outputs under " + configs.size()
                + " configurations, " + rejected + " rejected by the default filters, " + failures.size()
                + " failures");
        Files.write(Path.of("target", "profile-corpus-failures.txt"), failures);
        assertTrue(files > 250, "too few corpus files read: " + files);
        assertEquals(List.of(), failures);
    }

    /** Keeps a failing output under target/ for inspection. */
    private static void keep(Path out, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "profile-corpus-failures"));
        Files.copy(out, dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + ".dcm"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void check(String where, Path input, Path out, List<ProfileRule> removed, List<String> failures)
            throws IOException {
        DicomFile back;
        try {
            back = DicomReader.read(out);
        } catch (IOException e) {
            failures.add(where + ": output does not parse: " + e.getMessage());
            return;
        }
        String left = leftover(back.dataset(), removed);
        if (left != null) {
            failures.add(where + ": attribute the profile removes is present: " + left);
        }
        Set<String> before = INPUT_ERRORS.computeIfAbsent(input, ProfileCorpusTest::baseline);
        Set<String> after = new TreeSet<>(errors(out));
        after.removeAll(before);
        if (!after.isEmpty()) {
            failures.add(where + ": new dciodvfy errors: " + after);
        }
    }

    /** The tag of an element (at any depth) that one of the rules removes, or null. */
    private static String leftover(Dataset ds, List<ProfileRule> removed) {
        for (DataElement e : ds) {
            for (ProfileRule r : removed) {
                if (r.matches(e.tag()) && !placeholder(e)) {
                    return Tag.format(e.tag()) + " (" + r.name() + ")";
                }
            }
            if (e.isSequence()) {
                for (Dataset item : e.sequence()) {
                    String inner = leftover(item, removed);
                    if (inner != null) {
                        return Tag.format(e.tag()) + "/" + inner;
                    }
                }
            }
        }
        return null;
    }

    /** An empty or dummy value that {@link RequiredAttributes} puts back where the IOD requires the attribute. */
    private static boolean placeholder(DataElement e) {
        if (e.isEmpty()) {
            return true;
        }
        String dummy = DummyValues.text(e.vr());
        return dummy != null && e.bytes() != null
                && new String(e.bytes(), java.nio.charset.StandardCharsets.US_ASCII).trim().equals(dummy);
    }

    /** Rows whose action under the configuration is plain X (combined codes may keep the attribute). */
    private static List<ProfileRule> removedRules(DeidConfig config) {
        List<ProfileRule> out = new ArrayList<>();
        for (ProfileRule r : ConfidentialityTable.rules()) {
            ProfileAction a = r.basic();
            for (ProfileOption o : config.options()) {
                if (r.option(o) != null) {
                    a = r.option(o);
                }
            }
            if (a == ProfileAction.X) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The input's errors: those of the file itself and of the file rewritten unchanged (dciodvfy cannot read some
     * inputs, e.g. without a transfer syntax in the meta, and so reports none of their content errors).
     */
    private static Set<String> baseline(Path input) {
        Set<String> out = new LinkedHashSet<>(errors(input));
        try {
            Path copy = Files.createTempFile(tmp, "baseline", ".dcm");
            DicomWriter.write(DicomReader.read(input), copy, WriteOptions.DEFAULT);
            out.addAll(errors(copy));
            Files.delete(copy);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> errors(Path file) {
        Tool.Result r = Tool.run(Duration.ofSeconds(60), "dciodvfy", file.toString());
        Set<String> out = new LinkedHashSet<>();
        for (String line : (r.stdout() + "\n" + r.stderr()).split("\n")) {
            if (line.startsWith("Error")) {
                out.add(VALUES.matcher(line).replaceAll("_"));
            }
        }
        return out;
    }
}
