package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.DictionaryEntry;
import org.veil.dicom.dict.StandardDictionary;

/**
 * Resolves how recipes name attributes: a PS3.6 keyword ({@code SeriesDescription}) or a tag ({@code (0008,103E)}).
 * Unknown keywords get the closest keyword as a hint. Tags that are not data set attributes (group lengths, file meta,
 * items and delimiters, the illegal odd groups 0001-0007 and FFFF) are refused, and so are keywords of repeating
 * groups such as {@code OverlayData} (60xx,3000), which do not name one tag. Tags the dictionary does not know are
 * accepted: the dictionary may be older than the data.
 */
final class AttributeNames {
    private static final List<String> KEYWORDS = keywords();

    private AttributeNames() {
    }

    /**
     * The tag a name stands for (private tags included: callers decide whether they may be used).
     *
     * @throws InvalidValue when the name is not a known keyword or not an attribute's tag
     */
    static int resolve(String name) throws InvalidValue {
        if (name.isEmpty()) {
            throw new InvalidValue("empty attribute name (expected a keyword or (gggg,eeee))");
        }
        if (name.startsWith("(") || Character.isDigit(name.charAt(0)) || name.contains(",")) {
            return tag(name);
        }
        DictionaryEntry e = StandardDictionary.entry(name);
        if (e == null) {
            throw new InvalidValue("unknown keyword '" + name + "' (not in the PS3.6 data dictionary)"
                    + Suggestion.hint(name, KEYWORDS));
        }
        if (e.repeating()) {
            throw new InvalidValue("keyword " + name + " names a repeating group " + groupPattern(e)
                    + "; give the tag of one group, e.g. " + Tag.format(e.tag()));
        }
        return e.tag();
    }

    private static int tag(String s) throws InvalidValue {
        if (!s.matches("\\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\\)|[0-9A-Fa-f]{4},?[0-9A-Fa-f]{4}")) {
            throw new InvalidValue("malformed tag '" + s + "' (expected a keyword or (gggg,eeee) in hex digits)");
        }
        int tag = Tag.parse(s);
        int group = Tag.group(tag);
        if (group == 0x0002) {
            throw new InvalidValue(Tag.format(tag) + " is a file meta element, not part of the data set");
        }
        if (group == 0xFFFE) {
            throw new InvalidValue(Tag.format(tag) + " is an item or delimiter tag, not an attribute");
        }
        if ((group & 1) == 1 && !Tag.isPrivate(tag)) {
            throw new InvalidValue(Tag.format(tag) + " is in group " + String.format("%04X", group)
                    + ", which is not used (PS3.5 7.8: odd groups 0001-0007 and FFFF)");
        }
        if (Tag.isGroupLength(tag)) {
            throw new InvalidValue(Tag.format(tag) + " is a group length, which the engine always removes");
        }
        return tag;
    }

    /** {@code SeriesDescription (0008,103E)}, or the tag alone when the dictionary has no keyword. */
    static String describe(int tag) {
        String k = Tag.isPrivate(tag) ? "" : StandardDictionary.keyword(tag);
        return k.isEmpty() ? Tag.format(tag) : k + " " + Tag.format(tag);
    }

    /** The VRs PS3.6 allows for a tag; empty when the dictionary does not know it. */
    static List<VR> vrs(int tag) {
        DictionaryEntry e = Tag.isPrivate(tag) ? null : StandardDictionary.entry(tag);
        return e == null ? List.of() : e.vrs();
    }

    private static String groupPattern(DictionaryEntry e) {
        String t = Tag.format(e.tag());
        int free = ~e.mask();
        StringBuilder sb = new StringBuilder(t);
        for (int i = 0; i < 8; i++) {
            if ((free >>> (28 - 4 * i) & 0xF) != 0) {
                sb.setCharAt(i < 4 ? 1 + i : 2 + i, 'x');
            }
        }
        return sb.toString();
    }

    private static List<String> keywords() {
        List<String> k = new ArrayList<>();
        for (DictionaryEntry e : StandardDictionary.all()) {
            if (!e.keyword().isEmpty()) {
                k.add(e.keyword());
            }
        }
        return List.copyOf(k);
    }
}
