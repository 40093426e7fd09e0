package org.veil.pixel.redact;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where pixel rules come from: files, and the built-in starter library. The library translates, as facts, which
 * device models put text where according to two public filter lists: CTP's DicomPixelAnonymizer script and the
 * graylist of pydicom/deid's default recipe (each rule's {@code source} names the list, its version and the line).
 * It was written by {@code veil recipe import} from those lists (docs/pixel-rules.md says how to renew it). It is
 * never on by default: a project enables it with {@code --pixel-rules builtin} or the recipe key
 * {@code pixel-rules: [builtin]}, after its own rules, which therefore win.
 */
public final class RuleLibrary {
    /** The name that selects the built-in library wherever a rule file may be named. */
    public static final String BUILTIN = "builtin";
    static final List<String> FILES = List.of("ctp-pixel-anonymizer.yaml", "deid-graylist.yaml");
    private static final String FOLDER = "builtin/";

    private RuleLibrary() {
    }

    /** The built-in rules, CTP's first, in the order of their lists. */
    public static List<RedactionRule> builtin() {
        List<RedactionRule> all = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = RuleLibrary.class.getResourceAsStream(FOLDER + f)) {
                if (in == null) {
                    throw new IllegalStateException("built-in pixel rules " + f + " are missing from the jar");
                }
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    all.addAll(RuleParser.parse(r, "builtin:" + f));
                }
            } catch (IOException | RuleFormatException e) {
                throw new IllegalStateException("built-in pixel rules " + f + " cannot be read: " + e.getMessage(), e);
            }
        }
        return List.copyOf(all);
    }

    /**
     * The rules of several sources in order, the first match winning: each is {@value #BUILTIN} or a rule file,
     * relative to {@code baseDir} unless absolute. The library is read once even when named twice.
     *
     * @throws IOException         when a file cannot be read (the message names it)
     * @throws RuleFormatException when a file is not a valid rule file (file and line)
     */
    public static List<RedactionRule> load(List<String> sources, Path baseDir) throws IOException,
            RuleFormatException {
        List<RedactionRule> all = new ArrayList<>();
        boolean builtinDone = false;
        for (String s : sources) {
            if (BUILTIN.equals(s.trim())) {
                if (!builtinDone) {
                    all.addAll(builtin());
                }
                builtinDone = true;
                continue;
            }
            Path p = baseDir == null ? Path.of(s) : baseDir.resolve(s);
            all.addAll(RuleParser.parse(Files.readString(p), s));
        }
        return List.copyOf(all);
    }
}
