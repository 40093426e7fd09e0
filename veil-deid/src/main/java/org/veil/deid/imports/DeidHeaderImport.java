package org.veil.deid.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a pydicom/deid recipe's {@code FORMAT}, {@code %header} and {@code %labels} into a Veil recipe, with the
 * documented semantics: KEEP keeps, BLANK empties, REMOVE removes, REPLACE with a literal replaces, JITTER with a
 * number of days shifts dates by exactly that many days, ADD of PatientIdentityRemoved is what Veil does anyway.
 * Several actions on one attribute resolve as deid documents (KEEP, then ADD, REPLACE, JITTER, REMOVE, BLANK).
 * {@code var:} and {@code func:} values need the calling program and are not translated. {@code %filter} lines are
 * left to the pixel rule translator; the caller passes the name of the pixel rule file when there is one.
 */
public final class DeidHeaderImport {
    /** deid's precedence when several actions name one field, strongest first. */
    private static final List<String> PRECEDENCE = List.of("keep", "add", "replace", "shift-date", "remove", "empty");
    private static final Map<String, String> ACTIONS = Map.of("KEEP", "keep", "BLANK", "empty", "REMOVE", "remove",
            "REPLACE", "replace", "JITTER", "shift-date", "ADD", "add");

    private final ImportReport report;
    private final RecipeDraft draft = new RecipeDraft();
    private String section = "";

    private DeidHeaderImport(ImportReport report) {
        this.report = report;
    }

    /**
     * @param pixelRulesFile the pixel rule file the %filter sections were written to (relative to the recipe), or
     *                       null when they hold no rule
     */
    public static Translation translate(String text, String pixelRulesFile, ImportReport report) {
        DeidHeaderImport t = new DeidHeaderImport(report);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            t.line(i + 1, lines[i]);
        }
        if (pixelRulesFile != null) {
            t.draft.pixelRules(pixelRulesFile);
        }
        t.draft.describe("Imported from a pydicom/deid recipe by veil recipe import");
        return new Translation(t.draft.toYaml(List.of("Written by `veil recipe import --from deid`; see the import "
                + "report and docs/recipe-import.md.")), Map.of(), report);
    }

    private void line(int no, String raw) {
        String t = raw.strip();
        if (t.isEmpty() || t.startsWith("#")) {
            return;
        }
        if (t.startsWith("%")) {
            section = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!section.equals("%filter")) {
                sectionLine(no, t);
            }
            return;
        }
        if (t.startsWith("FORMAT")) {
            if (t.split("\\s+").length == 2 && t.endsWith("dicom")) {
                report.different(no, t, "attributes the recipe does not name get Veil's Basic Profile action (deid "
                        + "leaves them as they are)");
            } else {
                report.untranslatable(no, t, "only FORMAT dicom is translated");
            }
            return;
        }
        switch (section) {
            case "%header": header(no, t); break;
            case "%labels": label(no, t); break;
            case "%filter": break;
            default: report.untranslatable(no, t, "outside a known section (%header, %labels, %filter)");
        }
    }

    private void sectionLine(int no, String t) {
        if (section.equals("%header") || section.equals("%labels")) {
            report.exact(no, t);
        } else {
            report.untranslatable(no, t, "unknown section " + section);
        }
    }

    private void label(int no, String t) {
        String[] w = t.split("\\s+", 3);
        if (w.length < 2) {
            report.untranslatable(no, t, "a label is ACTION NAME [VALUE]");
            return;
        }
        draft.describe(w[1] + (w.length > 2 ? ": " + w[2] : ""));
        report.exact(no, t);
    }

    private void header(int no, String t) {
        String[] w = t.split("\\s+", 3);
        int paren = t.indexOf('(');
        if (w.length > 1 && w[1].startsWith("(") && t.indexOf(')', paren) > 0) {
            int close = t.indexOf(')', paren);
            String rest = t.substring(close + 1).strip();
            w = rest.isEmpty() ? new String[] {w[0], t.substring(paren, close + 1)}
                    : new String[] {w[0], t.substring(paren, close + 1), rest};
        }
        String action = ACTIONS.get(w[0].toUpperCase(Locale.ROOT));
        if (action == null || w.length < 2) {
            report.untranslatable(no, t, action == null ? "unknown action " + w[0] : "an action needs a field");
            return;
        }
        String value = w.length > 2 ? w[2].strip() : null;
        if (value != null && (value.startsWith("var:") || value.startsWith("func:"))) {
            report.untranslatable(no, t, value.substring(0, value.indexOf(':')) + ": values come from the program "
                    + "that calls deid; a recipe has no equivalent");
            return;
        }
        try {
            new DeidAction(draft, report, PRECEDENCE).apply(no, t, action, w[1], value);
        } catch (Untranslated e) {
            report.untranslatable(no, t, e.getMessage());
        }
    }
}
