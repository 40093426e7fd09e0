package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.List;
import org.veil.deid.engine.RuleOverride;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * Parses sequence paths: steps from the top level separated by {@code /}, each a keyword or {@code (gggg,eeee)};
 * every step but the last is a sequence and may say which items: {@code [n]} (from 1, as Veil prints paths) or
 * {@code [*]} (any item, also the default). A step that is only {@code *} means any item of the sequence before it,
 * so {@code ContentSequence/*}{@code /TextValue}, {@code ContentSequence[*]/TextValue} and
 * {@code (0040,A730)/(0040,A160)} select the same elements: Text Value in any item of a top-level Content Sequence.
 */
final class PathSyntax {
    /** A step being parsed: its tag, item (from 0; -1 any), and where it and its item choice are in the text. */
    private static final class Draft {
        int tag;
        int item = -1;
        int at;
        int itemAt = -1;
    }

    private PathSyntax() {
    }

    /** @throws InvalidValue pointing at the offending step */
    static RuleOverride.PathSelector parse(String path) throws InvalidValue {
        if (path.isBlank()) {
            throw new InvalidValue("empty path");
        }
        List<Draft> steps = new ArrayList<>();
        int at = 0;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("*")) {
                anyItem(steps, at);
            } else {
                steps.add(step(segment, at));
            }
            at += segment.length() + 1;
        }
        return selector(steps);
    }

    private static void anyItem(List<Draft> steps, int at) throws InvalidValue {
        if (steps.isEmpty()) {
            throw new InvalidValue("a path cannot start with '*': name the sequence first", at);
        }
        Draft previous = steps.get(steps.size() - 1);
        if (previous.itemAt >= 0) {
            throw new InvalidValue("'*' follows a step that already says which item", at);
        }
        previous.itemAt = at;
    }

    private static Draft step(String segment, int at) throws InvalidValue {
        if (segment.isEmpty()) {
            throw new InvalidValue("empty step in path (two '/' in a row, or '/' at an end)", at);
        }
        Draft d = new Draft();
        d.at = at;
        int open = segment.indexOf('[', segment.indexOf(')') + 1);
        String name = open < 0 ? segment : segment.substring(0, open);
        if (open >= 0) {
            d.item = item(segment.substring(open), at + open);
            d.itemAt = at + open;
        }
        try {
            d.tag = AttributeNames.resolve(name);
        } catch (InvalidValue e) {
            throw e.shifted(at);
        }
        if (Tag.isPrivate(d.tag)) {
            throw new InvalidValue(Tag.format(d.tag) + " is private: paths name standard attributes (select private "
                    + "elements with 'private: {creator, group, element}')", at);
        }
        return d;
    }

    private static int item(String bracket, int at) throws InvalidValue {
        String inner = bracket.endsWith("]") ? bracket.substring(1, bracket.length() - 1) : "";
        if (inner.equals("*")) {
            return -1;
        }
        if (!inner.matches("[0-9]{1,9}") || Integer.parseInt(inner) == 0) {
            throw new InvalidValue("malformed item '" + bracket + "' (expected [n] with n from 1, or [*])", at);
        }
        return Integer.parseInt(inner) - 1;
    }

    private static RuleOverride.PathSelector selector(List<Draft> steps) throws InvalidValue {
        List<RuleOverride.Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Draft s = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (last && s.itemAt >= 0) {
                throw new InvalidValue("a path ends with the attribute it selects; items ([n], [*] or '*') belong "
                        + "to the sequences before it", s.itemAt);
            }
            List<VR> vrs = AttributeNames.vrs(s.tag);
            if (!last && !vrs.isEmpty() && !vrs.contains(VR.SQ)) {
                throw new InvalidValue(AttributeNames.describe(s.tag) + " is " + vrs.get(0) + ", not a sequence",
                        s.at);
            }
            out.add(new RuleOverride.Step(s.tag, s.item));
        }
        return new RuleOverride.PathSelector(out);
    }
}
