package org.veil.profile;

import java.util.List;
import java.util.Map;

/**
 * Hand-written additions to PS3.15 Table E.1-1, each citing its source; the engine and verification both use them.
 * Text Value (0040,A160) of SR content items is not
 * in Table E.1-1 although Content Sequence is D: free text in a report is where identifiers hide (PS3.15 E.3.4
 * Note 2), so it gets D, or C under Clean Structured Content. Unformatted Text Value (0070,0006), the text of a
 * Graphic Annotation Sequence (0070,0001) Text Object, is not listed either although the sequence is D, or C
 * under Clean Graphics: a D or C sequence is kept and its items walked, so without this row the annotation text
 * (often a name or ID typed on the image) would be kept as an unlisted ST. It gets D (it is Type 1 in a Text
 * Object), or C under Clean Graphics.
 */
public final class ProfileAdditions {
    /** The added rows. */
    public static final List<ProfileRule> RULES = List.of(
            new ProfileRule(0x0040A160, ProfileRule.EXACT, "Text Value (PS3.15 E.3.4 Note 2)", true, ProfileAction.D,
                    Map.of(ProfileOption.CLEAN_STRUCTURED_CONTENT, ProfileAction.C)),
            new ProfileRule(0x00700006, ProfileRule.EXACT,
                    "Unformatted Text Value (text of Graphic Annotation Sequence, PS3.15 E.3.3)", true,
                    ProfileAction.D, Map.of(ProfileOption.CLEAN_GRAPHICS, ProfileAction.C)));

    private ProfileAdditions() {
    }
}
