package org.veil.pipeline.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.deid.imports.ImportReport;

/**
 * Translates a CTP DicomPixelAnonymizer script: each signature in braces, followed by its rectangles
 * {@code (x,y,width,height)}, becomes one pixel rule per alternative of the signature (an OR becomes several rules
 * with the same regions). Text outside braces and rectangles is commentary and is not carried over. CTP uses the
 * first signature that matches, as Veil does, so the order is kept.
 */
final class CtpPixelScript {
    private static final Pattern REGION = Pattern.compile(
            "\\(\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");

    private CtpPixelScript() {
    }

    /**
     * @param text   the script
     * @param origin how rules name their source, e.g. {@code CTP DicomPixelAnonymizer.script}
     */
    static List<PixelRuleDraft> translate(String text, String origin, ImportReport report) {
        List<PixelRuleDraft> drafts = new ArrayList<>();
        int pos = 0;
        while (true) {
            int open = text.indexOf('{', pos);
            if (open < 0) {
                strayRegions(text, pos, text.length(), report);
                return drafts;
            }
            strayRegions(text, pos, open, report);
            int close = text.indexOf('}', open);
            if (close < 0) {
                report.untranslatable(line(text, open), text.substring(open), "signature without a closing brace");
                return drafts;
            }
            int next = text.indexOf('{', close);
            int end = next < 0 ? text.length() : next;
            List<int[]> regions = new ArrayList<>();
            Matcher m = REGION.matcher(text).region(close + 1, end);
            int last = close + 1;
            while (m.find() && text.substring(last, m.start()).isBlank()) {
                regions.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
                last = m.end();
            }
            signature(text, open, close, regions, origin, report, drafts);
            pos = last;
        }
    }

    private static void signature(String text, int open, int close, List<int[]> regions, String origin,
                                  ImportReport report, List<PixelRuleDraft> drafts) {
        int line = line(text, open);
        String body = text.substring(open + 1, close);
        String shown = "{" + body + "}";
        if (regions.isEmpty()) {
            report.untranslatable(line, shown, "no rectangle (x,y,width,height) follows the signature");
            return;
        }
        List<List<PixelCondition>> alternatives;
        try {
            alternatives = CtpSignature.parse(body);
        } catch (Untranslatable e) {
            report.untranslatable(line, shown, e.getMessage());
            return;
        }
        Set<String> notes = new LinkedHashSet<>();
        int n = 0;
        for (List<PixelCondition> alt : alternatives) {
            n++;
            PixelRuleDraft d = new PixelRuleDraft(name(alt, n, alternatives.size()), origin + " line " + line,
                    alt, regions);
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
        if (drafts.stream().noneMatch(d -> d.source().equals(origin + " line " + line))) {
            report.untranslatable(line, shown, String.join("; ", notes));
            return;
        }
        String summary = regions.size() + " region(s)" + (alternatives.size() > 1
                ? ", OR written as " + alternatives.size() + " rules" : "");
        if (notes.isEmpty()) {
            report.exact(line, shown + " -> " + summary);
        } else {
            report.different(line, shown + " -> " + summary, String.join("; ", notes));
        }
    }

    static String name(List<PixelCondition> tests, int n, int of) {
        StringBuilder sb = new StringBuilder();
        for (PixelCondition c : tests) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.label());
        }
        return of > 1 ? sb + " (alternative " + n + " of " + of + ")" : sb.toString();
    }

    private static void strayRegions(String text, int from, int to, ImportReport report) {
        Matcher m = REGION.matcher(text).region(from, to);
        while (m.find()) {
            report.untranslatable(line(text, m.start()), m.group(), "a rectangle outside any signature's list");
        }
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
