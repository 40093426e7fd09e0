package org.veil.deid.recipe;

import java.util.List;
import org.veil.deid.engine.RuleOverride;
import org.veil.dicom.Tag;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the selector of a rule: {@code tag} (a standard attribute at any depth), {@code path} (a place in nested
 * sequences, see {@link PathSyntax}) or {@code private} (creator, optional group, element offset).
 */
final class Selectors {
    static final List<String> PRIVATE_KEYS = List.of("creator", "group", "element");
    private static final int CREATOR_MAX = 64;

    private final Problems problems;

    Selectors(Problems problems) {
        this.problems = problems;
    }

    RuleOverride.Selector tag(Node node) {
        String text = Scalars.text(node, problems);
        if (text == null) {
            return null;
        }
        try {
            int tag = AttributeNames.resolve(text);
            if (Tag.isPrivate(tag)) {
                problems.add(node, Tag.format(tag) + " is private: its element number depends on the block its "
                        + "creator reserved, so select it with 'private: {creator, group, element}'");
                return null;
            }
            return new RuleOverride.TagSelector(tag);
        } catch (InvalidValue e) {
            problems.add(node, e);
            return null;
        }
    }

    RuleOverride.Selector path(Node node) {
        String text = Scalars.text(node, problems);
        if (text == null) {
            return null;
        }
        try {
            return PathSyntax.parse(text);
        } catch (InvalidValue e) {
            problems.add(node, e);
            return null;
        }
    }

    RuleOverride.Selector privateElement(Node node) {
        Fields f = Fields.of(node, "a private selector", PRIVATE_KEYS, problems);
        if (f == null) {
            return null;
        }
        if (!f.has("creator")) {
            problems.add(node, "a private selector needs 'creator', the Private Creator value (e.g. \"SIEMENS CSA "
                    + "HEADER\")");
        }
        if (!f.has("element")) {
            problems.add(node, "a private selector needs 'element', the offset in the creator's block (\"10\" for "
                    + "(gggg,xx10))");
        }
        if (!f.has("creator") || !f.has("element")) {
            return null;
        }
        String creator = creator(f.value("creator"));
        Integer group = f.has("group") ? group(f.value("group")) : Integer.valueOf(-1);
        Integer offset = offset(f.value("element"));
        if (creator == null || group == null || offset == null) {
            return null;
        }
        return new RuleOverride.PrivateSelector(creator, group, offset);
    }

    private String creator(Node node) {
        String text = Scalars.text(node, problems);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problems.add(node, "empty creator");
        } else if (!text.equals(text.strip())) {
            problems.add(node, "creator '" + text + "' has leading or trailing spaces; creators are compared without"
                    + " them, so this rule would never match");
        } else if (text.length() > CREATOR_MAX || text.contains("\\")) {
            problems.add(node, "creator is not a valid LO value (at most 64 characters, no backslash)");
        } else {
            return text;
        }
        return null;
    }

    /** A private group: 4 hex digits, odd, 0009-FFFD. */
    private Integer group(Node node) {
        String text = Scalars.text(node, problems);
        if (text == null) {
            return null;
        }
        if (text.matches("[0-9A-Fa-f]{4}") && Tag.isPrivate(Tag.of(Integer.parseInt(text, 16), 0x10))) {
            return Integer.parseInt(text, 16);
        }
        problems.add(node, "group '" + text + "' is not a private group (4 hex digits, odd, 0009-FFFD)");
        return null;
    }

    /** An element offset in the creator's block: 2 hex digits, or {@code xx} and 2 hex digits. */
    private Integer offset(Node node) {
        String text = Scalars.text(node, problems);
        if (text == null) {
            return null;
        }
        String digits = text.length() == 4 && text.regionMatches(true, 0, "xx", 0, 2) ? text.substring(2) : text;
        if (digits.matches("[0-9A-Fa-f]{2}")) {
            return Integer.parseInt(digits, 16);
        }
        problems.add(node, "element '" + text + "' is not an offset in a private block: give its last two hex "
                + "digits, \"10\" or \"xx10\" for (gggg,xx10) (xx, the block, differs from file to file)");
        return null;
    }
}
