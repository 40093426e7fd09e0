package org.veil.deid.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.dicom.dict.DictionaryEntry;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;

/**
 * Translates a CTP DicomAnonymizer script (XML: {@code <p>} parameters, {@code <e>} element scripts, {@code <k>} keep
 * and {@code <r>} remove commands) into a Veil recipe. Element scripts become rules ({@link CtpFunction} says how);
 * unchecked elements ({@code en="F"}) are left to Veil's Basic Profile, which CTP would not apply, and the report says
 * so where the profile changes them. {@code @lookup} rules name one CSV table per key type beside the recipe, made
 * from the CTP lookup table when one is given (its {@code keytype/value=replacement} lines), else empty so that every
 * value misses and the instance is quarantined, as in CTP.
 */
public final class CtpScriptImport {
    private static final Pattern ELEMENT = Pattern.compile(
            "<(p|e|k|r|n)\\b([^>]*?)(?:/>|>(.*?)</\\1\\s*>)", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"");

    private final String stem;
    private final ImportReport report;
    private final RecipeDraft draft = new RecipeDraft();
    private final Map<String, String> params = new HashMap<>();
    private final Map<String, String> lookupFiles = new LinkedHashMap<>();
    private final Properties lookupTable;

    private CtpScriptImport(String stem, Properties lookupTable, ImportReport report) {
        this.stem = stem;
        this.lookupTable = lookupTable;
        this.report = report;
    }

    /**
     * @param stem        the recipe's file name without extension; side files are named after it
     * @param lookupTable CTP's lookup table ({@code keytype/value=replacement}), or null
     */
    public static Translation translate(String text, String stem, Properties lookupTable, ImportReport report) {
        CtpScriptImport t = new CtpScriptImport(stem, lookupTable, report);
        if (!text.contains("<script")) {
            report.untranslatable(1, text.lines().findFirst().orElse(""), "not a CTP DicomAnonymizer script "
                    + "(no <script> element)");
        } else {
            report.different(line(text, text.indexOf("<script")), "<script>", "attributes the script does not name "
                    + "get Veil's Basic Profile action (CTP leaves them as they are)");
        }
        t.params(text);
        for (String pass : List.of("pe", "kr")) {
            Matcher m = ELEMENT.matcher(text);
            while (m.find()) {
                if (pass.contains(m.group(1)) || pass.equals("kr") && m.group(1).equals("n")) {
                    t.item(text, m);
                }
            }
        }
        t.draft.describe("Imported from a CTP DicomAnonymizer script by veil recipe import");
        String yaml = t.draft.toYaml(List.of("Written by `veil recipe import --from ctp`; see the import report and "
                + "docs/recipe-import.md."));
        return new Translation(yaml, t.lookupFiles, report);
    }

    private void params(String text) {
        Matcher m = ELEMENT.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("p")) {
                Map<String, String> a = attributes(m.group(2));
                params.put(a.getOrDefault("t", ""), unescape(m.group(3) == null ? "" : m.group(3)).strip());
            }
        }
    }

    private void item(String text, Matcher m) {
        int line = line(text, m.start());
        String shown = m.group().replaceAll("\\s+", " ");
        Map<String, String> a = attributes(m.group(2));
        boolean enabled = !"F".equalsIgnoreCase(a.getOrDefault("en", "T"));
        String t = a.getOrDefault("t", "");
        String content = unescape(m.group(3) == null ? "" : m.group(3)).strip();
        switch (m.group(1)) {
            case "p":
                report.exact(line, shown);
                break;
            case "e":
                element(line, shown, t, enabled, content);
                break;
            case "k":
                new CtpGlobalCommands(draft, report).keep(line, shown, t, enabled);
                break;
            case "r":
                new CtpGlobalCommands(draft, report).remove(line, shown, t, enabled);
                break;
            default:
                report.untranslatable(line, shown, "<n> (new element) has no Veil equivalent: Veil does not add "
                        + "attributes");
        }
    }

    private void element(int line, String shown, String t, boolean enabled, String content) {
        if (!t.matches("[0-9A-Fa-f]{8}")) {
            report.untranslatable(line, shown, "only standard tags ggggeeee are translated (private block syntax "
                    + "and names are not)");
            return;
        }
        int tag = (int) Long.parseLong(t, 16);
        if (!enabled) {
            if (Attributes.profileKeeps(tag)) {
                report.exact(line, shown);
            } else {
                report.different(line, shown, "unchecked: CTP leaves " + Attributes.name(tag) + " as it is; Veil "
                        + "applies the Basic Profile (E.1-1 " + Attributes.profileAction(tag) + ")");
            }
            return;
        }
        if (tag == Tags.PatientIdentityRemoved || tag == Tags.DeidentificationMethod
                || tag == Tags.DeidentificationMethodCodeSequence) {
            report.different(line, shown, "no rule: Veil writes Patient Identity Removed YES, De-identification "
                    + "Method and its Code Sequence itself (PS3.15 E.1.1)");
            return;
        }
        CtpFunction f = new CtpFunction(tag, params, line, stem);
        RecipeDraft.Rule rule;
        try {
            rule = f.translate(content);
        } catch (Untranslated e) {
            report.untranslatable(line, shown, e.getMessage());
            return;
        }
        String key = "tag:" + tag;
        if (draft.hasRule(key)) {
            report.untranslatable(line, shown, Attributes.name(tag) + " has a script already; the first one is used");
            return;
        }
        draft.rule(key, rule);
        if (rule.action().equals("lookup")) {
            lookupFile(f.keyType());
        }
        if (f.note().isEmpty()) {
            report.exact(line, shown);
        } else {
            report.different(line, shown, f.note());
        }
    }

    private void lookupFile(String keyType) {
        String name = CtpFunction.lookupFileName(stem, keyType);
        if (lookupFiles.containsKey(name)) {
            return;
        }
        StringBuilder csv = new StringBuilder("original,replacement\n");
        if (lookupTable != null) {
            for (String k : new java.util.TreeSet<>(lookupTable.stringPropertyNames())) {
                if (k.startsWith(keyType + "/")) {
                    csv.append(cell(k.substring(keyType.length() + 1))).append(',')
                            .append(cell(lookupTable.getProperty(k))).append('\n');
                }
            }
        }
        lookupFiles.put(name, csv.toString());
    }

    private static String cell(String s) {
        String t = s.strip();
        return t.matches("[^,\"\\r\\n]*") ? t : "\"" + t.replace("\"", "\"\"") + "\"";
    }

    /** Keep-group expansion: the standard attributes of a group that carry a keyword. */
    static List<Integer> groupTags(int group) {
        List<Integer> tags = new ArrayList<>();
        for (DictionaryEntry e : StandardDictionary.all()) {
            if (e.mask() == DictionaryEntry.EXACT && e.tag() >>> 16 == group && !e.keyword().isEmpty()
                    && (e.tag() & 0xFFFF) != 0) {
                tags.add(e.tag());
            }
        }
        return tags;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            a.put(m.group(1), unescape(m.group(2)));
        }
        return a;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
