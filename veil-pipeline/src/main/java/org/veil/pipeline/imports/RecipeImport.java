package org.veil.pipeline.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.veil.deid.imports.CtpScriptImport;
import org.veil.deid.imports.DeidHeaderImport;
import org.veil.deid.imports.ImportReport;
import org.veil.deid.imports.Translation;

/**
 * {@code veil recipe import}: translates a CTP or pydicom/deid script into a Veil recipe or pixel rules, with a report
 * of every line. The caller writes {@link Translation#main()} to the output and each side file beside it, then checks
 * the result with {@link ImportCheck}.
 *
 * <pre>{@code
 * Translation t = RecipeImport.translate(ImportFormat.CTP, text, "anonymizer.script", "study", null);
 * Files.writeString(out, t.main());
 * }</pre>
 */
public final class RecipeImport {
    private RecipeImport() {
    }

    /**
     * @param text        the input
     * @param sourceName  how the report and the rules name the input (a file name, never a path with PHI)
     * @param stem        the output's file name without extension; side files are named after it
     * @param lookupTable for ctp: CTP's lookup table, or null
     */
    public static Translation translate(ImportFormat format, String text, String sourceName, String stem,
                                        Properties lookupTable) {
        ImportReport report = new ImportReport(sourceName);
        switch (format) {
            case CTP:
                return CtpScriptImport.translate(text, stem, lookupTable, report);
            case CTP_PIXEL:
                return new Translation(PixelRuleImport.ctp(text, sourceName, report), Map.of(), report);
            case DEID_FILTER:
                return new Translation(deidFilters(text, sourceName, report), Map.of(), report);
            default:
                return deid(text, sourceName, stem, report);
        }
    }

    private static String deidFilters(String text, String sourceName, ImportReport report) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip().toLowerCase(java.util.Locale.ROOT);
            if (t.startsWith("%header") || t.startsWith("%labels")) {
                report.different(i + 1, lines[i], "not read by --from deid-filter, which translates %filter "
                        + "sections only; --from deid translates the whole recipe");
            }
        }
        return PixelRuleImport.deid(text, sourceName, report);
    }

    private static Translation deid(String text, String sourceName, String stem, ImportReport report) {
        String rules = PixelRuleImport.deid(text, sourceName, report);
        String rulesFile = PixelRuleImport.hasRules(rules) ? stem + ".pixel-rules.yaml" : null;
        Translation header = DeidHeaderImport.translate(text, rulesFile, report);
        Map<String, String> side = new LinkedHashMap<>(header.sideFiles());
        if (rulesFile != null) {
            side.put(rulesFile, rules);
        }
        return new Translation(header.main(), side, report);
    }
}
