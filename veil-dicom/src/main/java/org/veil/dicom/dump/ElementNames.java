package org.veil.dicom.dump;

import org.veil.dicom.Tag;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.StandardDictionary;

/**
 * The name column of a dump line: the dictionary keyword; {@code GroupLength} for (gggg,0000) elements outside the
 * dictionary; {@code PrivateCreator} for (gggg,0010-00FF) of a private group; for other private elements the value
 * of the private creator that reserves their block, in quotes ({@code "SIEMENS CSA HEADER"}), or {@code "?"} when the
 * item has none; {@code ?} for a public tag the dictionary does not know.
 */
final class ElementNames {
    private ElementNames() {
    }

    static String of(int tag, Dataset owner) {
        if (Tag.isPrivate(tag)) {
            if (Tag.isPrivateCreator(tag)) {
                return "PrivateCreator";
            }
            if (Tag.isGroupLength(tag)) {
                return "GroupLength";
            }
            return '"' + creator(tag, owner) + '"';
        }
        String keyword = StandardDictionary.keyword(tag);
        if (!keyword.isEmpty()) {
            return keyword;
        }
        return Tag.isGroupLength(tag) ? "GroupLength" : "?";
    }

    /** The private creator of a private element's block, read as the default repertoire whatever its VR. */
    private static String creator(int tag, Dataset owner) {
        if (Tag.element(tag) < 0x1000) {
            return "?";
        }
        DataElement creator = owner.get(Tag.privateCreatorOf(tag));
        if (creator == null || creator.bytes() == null) {
            return "?";
        }
        String name = AsciiValues.decode(creator.bytes());
        return name.isEmpty() ? "?" : name;
    }
}
