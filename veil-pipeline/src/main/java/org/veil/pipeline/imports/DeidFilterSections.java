package org.veil.pipeline.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.deid.imports.ImportReport;

/**
 * Translates the {@code %filter} sections of a pydicom/deid recipe into pixel rules. A {@code LABEL} with
 * {@code coordinates xmin,ymin,xmax,ymax} or {@code ctpcoordinates x,y,width,height} becomes one rule per alternative
 * of its criteria; {@code all} is the whole image. A label without coordinates only flags images in deid (whitelist,
 * blacklist, "flag only" entries): Veil has no rule for that, since a header cannot prove pixels clean, and the line
 * is reported as not translated. Lines of other sections are left to the header translator.
 */
final class DeidFilterSections {
    private static final int[] WHOLE_IMAGE = {0, 0, 65535, 65535};

    private final String origin;
    private final ImportReport report;
    private final List<PixelRuleDraft> drafts = new ArrayList<>();
    private String section;
    private Label label;
    private int labelsWithRegions;
    private int sectionLine;

    private DeidFilterSections(String origin, ImportReport report) {
        this.origin = origin;
        this.report = report;
    }

    /** The rules of every {@code %filter} section, in file order. */
    static List<PixelRuleDraft> translate(String text, String origin, ImportReport report) {
        DeidFilterSections t = new DeidFilterSections(origin, report);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            t.line(i + 1, lines[i]);
        }
        t.endSection();
        return t.drafts;
    }

    private void line(int no, String raw) {
        String t = raw.strip();
        if (t.startsWith("%")) {
            endSection();
            String[] w = t.split("\\s+");
            section = w[0].equalsIgnoreCase("%filter") ? (w.length > 1 ? w[1] : "") : null;
            sectionLine = no;
            labelsWithRegions = 0;
            return;
        }
        if (section == null || t.isEmpty() || t.startsWith("#")) {
            return;
        }
        String content = t.contains(" #") ? t.substring(0, t.indexOf(" #")).strip() : t;
        String first = content.split("\\s+", 2)[0].toLowerCase();
        if (first.equals("label")) {
            endLabel();
            label = new Label(no, content);
        } else if (label == null) {
            report.untranslatable(no, t, "criteria outside a LABEL");
        } else if (first.equals("coordinates") || first.equals("ctpcoordinates")) {
            label.region(no, content, first.equals("ctpcoordinates"));
        } else {
            label.criteria(no, content);
        }
    }

    private void endSection() {
        endLabel();
        if (section != null && labelsWithRegions > 1) {
            report.different(sectionLine, "%filter " + section, "deid cleans the regions of every matching LABEL of "
                    + "the section; Veil applies the first matching rule only (order kept)");
        } else if (section != null) {
            report.exact(sectionLine, "%filter " + section);
        }
        section = null;
    }

    private void endLabel() {
        if (label == null) {
            return;
        }
        Label l = label;
        label = null;
        if (l.failed) {
            return;
        }
        if (l.regions.isEmpty()) {
            report.untranslatable(l.line, l.text, "a LABEL without coordinates only flags images in deid ("
                    + section + "); Veil has no flag-only rule: such images get the pixel policy (quarantine or "
                    + "text detection) instead");
            return;
        }
        labelsWithRegions++;
        List<List<PixelCondition>> alternatives = l.criteria.alternatives();
        Set<String> notes = new LinkedHashSet<>();
        int n = 0;
        for (List<PixelCondition> alt : alternatives) {
            n++;
            String name = alt.isEmpty() ? "every image" : CtpPixelScript.name(alt, n, alternatives.size());
            PixelRuleDraft d = new PixelRuleDraft(name, origin + " %filter " + section + " LABEL at line " + l.line,
                    alt, l.regions);
            String contradiction = PixelRuleYaml.contradiction(d);
            if (contradiction != null) {
                notes.add("alternative " + n + " is left out: " + contradiction);
                continue;
            }
            drafts.add(d);
            for (PixelCondition c : alt) {
                String note = SignatureAttributes.profileNote(SignatureAttributes.tag(c.attribute()));
                if (note != null) {
                    notes.add(note);
                }
            }
        }
        String source = origin + " %filter " + section + " LABEL at line " + l.line;
        if (drafts.stream().noneMatch(d -> d.source().equals(source))) {
            report.untranslatable(l.line, l.text, String.join("; ", notes));
            return;
        }
        String summary = l.text + " -> " + l.regions.size() + " region(s)"
                + (alternatives.size() > 1 ? ", " + alternatives.size() + " rules" : "");
        if (notes.isEmpty()) {
            report.exact(l.line, summary);
        } else {
            report.different(l.line, summary, String.join("; ", notes));
        }
    }

    /** One LABEL being read. */
    private final class Label {
        final int line;
        final String text;
        final DeidCriteria criteria = new DeidCriteria();
        final List<int[]> regions = new ArrayList<>();
        boolean failed;

        Label(int line, String text) {
            this.line = line;
            this.text = text;
        }

        void criteria(int no, String content) {
            if (failed) {
                return;
            }
            try {
                criteria.line(content);
            } catch (Untranslatable e) {
                failed = true;
                report.untranslatable(no, content, e.getMessage() + " (LABEL at line " + line + " left out)");
            }
        }

        void region(int no, String content, boolean ctp) {
            if (failed) {
                return;
            }
            String args = content.substring(content.indexOf(' ') < 0 ? content.length() : content.indexOf(' '))
                    .strip();
            if (args.equalsIgnoreCase("all")) {
                regions.add(WHOLE_IMAGE);
                return;
            }
            String[] v = args.split("\\s*,\\s*");
            if (v.length != 4 || !args.matches("[0-9,\\s]+")) {
                failed = true;
                report.untranslatable(no, content, "coordinates are four numbers or 'all' (from: a field is not "
                        + "supported) (LABEL at line " + line + " left out)");
                return;
            }
            int[] n = new int[4];
            for (int i = 0; i < 4; i++) {
                n[i] = Integer.parseInt(v[i].strip());
            }
            int[] r = ctp ? n : new int[] {n[0], n[1], n[2] - n[0], n[3] - n[1]};
            if (r[2] <= 0 || r[3] <= 0) {
                failed = true;
                report.untranslatable(no, content, "an empty rectangle (LABEL at line " + line + " left out)");
                return;
            }
            regions.add(r);
        }
    }
}
