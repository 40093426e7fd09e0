package org.veil.deid.imports;

import java.util.List;

/**
 * CTP's global commands: {@code <k t="gggg">} keeps a group, {@code <k t="safeprivateelements">} keeps safe private
 * elements, {@code <r t="privategroups|unspecifiedelements|curves|overlays">} removes kinds of elements.
 */
final class CtpGlobalCommands {
    private final RecipeDraft draft;
    private final ImportReport report;

    CtpGlobalCommands(RecipeDraft draft, ImportReport report) {
        this.draft = draft;
        this.report = report;
    }

    void keep(int line, String shown, String t, boolean enabled) {
        if (!enabled) {
            report.exact(line, shown);
            return;
        }
        if (t.equalsIgnoreCase("safeprivateelements")) {
            draft.option("retain-safe-private");
            report.different(line, shown, "option retain-safe-private: Veil keeps the private elements of PS3.15 "
                    + "Table E.3.10-1, which is not CTP's own list");
            return;
        }
        if (!t.matches("[0-9A-Fa-f]{4}")) {
            report.untranslatable(line, shown, "unknown keep command '" + t + "'");
            return;
        }
        int group = Integer.parseInt(t, 16);
        List<Integer> tags = CtpScriptImport.groupTags(group);
        int added = 0;
        for (int tag : tags) {
            if (!draft.hasRule("tag:" + tag)) {
                draft.rule("tag:" + tag, new RecipeDraft.Rule(Attributes.selector(tag), "keep", List.of(), line));
                added++;
            }
        }
        report.different(line, shown, "expanded to keep rules for the " + added + " standard attributes of group "
                + t.toUpperCase() + " that have no script; private and unknown elements of the group are not kept");
    }

    void remove(int line, String shown, String t, boolean enabled) {
        switch (t.toLowerCase()) {
            case "privategroups":
                if (enabled) {
                    report.exact(line, shown);
                } else {
                    report.different(line, shown, "CTP keeps private groups; Veil removes private elements unless "
                            + "retain-safe-private or a private dictionary keeps them");
                }
                break;
            case "unspecifiedelements":
                if (enabled) {
                    draft.strict(List.of());
                    report.different(line, shown, "unlisted policy strict: Veil removes standard attributes that "
                            + "neither Table E.1-1 nor a rule names, except its built-in allow-list of attributes "
                            + "a valid image needs (SOP Common, Image Pixel, image modules)");
                } else {
                    report.different(line, shown, "CTP keeps elements without a script; Veil's standard policy keeps "
                            + "unlisted standard attributes but remaps their UIDs, cleans dates and replaces names");
                }
                break;
            case "curves":
            case "overlays":
                if (enabled) {
                    report.exact(line, shown);
                } else {
                    report.different(line, shown, "CTP keeps them; the Basic Profile removes curves (50xx) and "
                            + "overlay data (60xx) in Veil");
                }
                break;
            default:
                report.untranslatable(line, shown, "unknown remove command '" + t + "'");
        }
    }
}
