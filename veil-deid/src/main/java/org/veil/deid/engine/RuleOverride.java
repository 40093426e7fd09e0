package org.veil.deid.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;

/**
 * A recipe rule that overrides the profile for the elements it selects: by tag, by private element (creator, group,
 * element offset) or by sequence path.
 *
 * @param selector which elements
 * @param action   what to do
 * @param value    the replacement text for {@link OverrideAction#REPLACE}, else null
 * @param source   where it was defined, e.g. {@code recipe.yaml 12:5}
 * @param days     for {@link OverrideAction#SHIFT_DATE}: a fixed shift in days for every patient instead of the
 *                 patient's keyed offset; else null
 * @param lookup   the table of {@link OverrideAction#LOOKUP}, else null
 */
public record RuleOverride(Selector selector, OverrideAction action, String value, String source, Integer days,
                           LookupTable lookup) {

    public RuleOverride {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(action, "action");
        if (action == OverrideAction.REPLACE && value == null) {
            throw new IllegalArgumentException(source + ": replace needs a value");
        }
        if (action == OverrideAction.LOOKUP && lookup == null) {
            throw new IllegalArgumentException(source + ": lookup needs a table");
        }
        if (days != null && action != OverrideAction.SHIFT_DATE) {
            throw new IllegalArgumentException(source + ": days apply to shift-date only");
        }
    }

    /** A rule without fixed days or a lookup table. */
    public RuleOverride(Selector selector, OverrideAction action, String value, String source) {
        this(selector, action, value, source, null, null);
    }

    /**
     * The attributes a {@link OverrideAction#PSEUDONYM} rule can select: the identifiers keyed pseudonyms are defined
     * for (Patient ID, Patient's Name, Other Patient IDs, Accession Number, Study ID), so recipes can be checked
     * before the engine is built.
     */
    public static Set<Integer> pseudonymTags() {
        return ProfileCompiler.IDENTIFIERS.keySet();
    }

    /** What a recipe rule can do. */
    public enum OverrideAction {
        /** X. */
        REMOVE,
        /** Z. */
        EMPTY,
        /** D. */
        DUMMY,
        /** K (sequences are still processed item by item). */
        KEEP,
        /** C. */
        CLEAN,
        /** U. */
        REMAP_UID,
        /** Shift (or generalise) dates by the patient's offset. */
        SHIFT_DATE,
        /** Replace with a keyed pseudonym of the value. */
        PSEUDONYM,
        /** Replace with a fixed value. */
        REPLACE,
        /** Replace with the value a project table gives for the original; misses follow the table's policy. */
        LOOKUP
    }

    /** Which elements a rule selects. */
    public sealed interface Selector permits TagSelector, PrivateSelector, PathSelector {
    }

    /** One standard tag, at any depth. */
    public record TagSelector(int tag) implements Selector {
    }

    /**
     * A private element: its block's creator, its group and its element offset (low byte), at any depth.
     *
     * @param group the private group, or -1 for any group the creator reserves
     */
    public record PrivateSelector(String creator, int group, int offset) implements Selector {
        public boolean matches(String actualCreator, int tag) {
            return creator.equals(actualCreator) && (group < 0 || group == Tag.group(tag))
                    && (tag & 0xFF) == offset;
        }
    }

    /**
     * A sequence path: steps from the top level, each a tag (or -1 for any tag), with an optional item index
     * (-1 for any item). {@code (0040,A730)/*}{@code /(0040,A160)} selects Text Value in items of Content Sequence.
     */
    public record PathSelector(List<Step> steps) implements Selector {
        public PathSelector {
            steps = List.copyOf(steps);
        }

        /** True when the path of an element matches every step. */
        public boolean matches(TagPath path) {
            int n = path.depth();
            if (n != steps.size()) {
                return false;
            }
            TagPath p = path;
            for (int i = n - 1; i >= 0; i--, p = p.parent()) {
                Step s = steps.get(i);
                if (s.tag() != -1 && s.tag() != p.tag()) {
                    return false;
                }
                if (i < n - 1 && s.item() != -1 && s.item() != p.itemIndex()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One step of a {@link PathSelector}. */
    public record Step(int tag, int item) {
    }
}
