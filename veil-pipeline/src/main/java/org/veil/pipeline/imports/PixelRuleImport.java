package org.veil.pipeline.imports;

import java.util.List;
import org.veil.deid.imports.ImportReport;

/** Pixel filter lists (CTP DicomPixelAnonymizer scripts, deid {@code %filter} sections) to pixel rule YAML. */
final class PixelRuleImport {
    private PixelRuleImport() {
    }

    static String ctp(String text, String sourceName, ImportReport report) {
        List<PixelRuleDraft> drafts = CtpPixelScript.translate(text, "CTP DicomPixelAnonymizer script " + sourceName,
                report);
        return PixelRuleYaml.write(header("CTP DicomPixelAnonymizer script", sourceName), drafts);
    }

    static String deid(String text, String sourceName, ImportReport report) {
        List<PixelRuleDraft> drafts = DeidFilterSections.translate(text, "pydicom/deid recipe " + sourceName, report);
        return PixelRuleYaml.write(header("pydicom/deid recipe %filter sections", sourceName), drafts);
    }

    /** True when the deid text has at least one LABEL with coordinates. */
    static boolean hasRules(String yaml) {
        return yaml.contains("\n  - name:");
    }

    private static List<String> header(String format, String sourceName) {
        return List.of("Pixel rules written by `veil recipe import` from the " + format + " " + sourceName + ".",
                "Each rule names the line it comes from. Review the regions on sample images before use",
                "(docs/pixel-rules.md, docs/recipe-import.md).");
    }
}
