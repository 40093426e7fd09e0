package org.veil.text;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.veil.dicom.VR;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileOption;
import org.veil.profile.ProfileRule;

/**
 * The attributes whose values the text cleaner looks for in free text, derived from PS3.15 Table E.1-1 (the
 * generated {@link ConfidentialityTable}) and the data dictionary, never typed by hand. A row is taken when
 * <ol>
 *   <li>it names one tag (not a repeating group or the private row);</li>
 *   <li>its Basic Profile action changes the value: not {@code K}, and not a UID action ({@code U},
 *       {@code X/Z/U*}; UIDs are never written in prose);</li>
 *   <li>neither Clean Descriptors nor Retain Patient Characteristics has an action for it: those rows are
 *       descriptions and characteristics (a study description, allergies), whose words are clinical text, not
 *       identifiers;</li>
 *   <li>its dictionary VR holds a name-like or free value: {@code LO SH ST LT UT UC}. Person names ({@code PN})
 *       are taken at every tag by {@link DatasetIdentifiers}; dates and times are the date shifter's; coded strings
 *       ({@code CS}), AE titles and numbers are short codes that collide with ordinary words.</li>
 * </ol>
 * The kind decides how a value is matched in text, from the attribute's keyword: a keyword with the word
 * {@code ID}, {@code IDs}, {@code Number(s)}, {@code Identifier}, {@code Identification} or {@code Locator} is an
 * {@link DatasetIdentifiers.Kind#IDENTIFIER} (also matched by its digits), unless it is a telephone number or an
 * issuer; an {@code LO} whose keyword has {@code Institution(al)}, {@code Organization} or {@code Department} is an
 * {@link DatasetIdentifiers.Kind#INSTITUTION} (also matched by its distinctive words and initials); anything else is
 * {@link DatasetIdentifiers.Kind#OTHER} (matched as the whole value).
 */
final class IdentifyingAttributes {

    private static final Set<VR> VALUE_VRS = EnumSet.of(VR.LO, VR.SH, VR.ST, VR.LT, VR.UT, VR.UC);
    private static final Set<ProfileAction> KEEPING = EnumSet.of(ProfileAction.K, ProfileAction.U,
            ProfileAction.X_Z_U_STAR);
    private static final Pattern IDENTIFIER_WORD =
            Pattern.compile("(ID|IDs|Numbers?|Identifier|Identification|Locator)(?=[A-Z]|$)");
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("^IssuerOf|Telephone|Phone");
    private static final Pattern INSTITUTION_WORD =
            Pattern.compile("(Institution|Institutional|Organization|Department)(?=[A-Z]|$)");

    /** The attributes of Table E.1-1 and their kind, by tag. */
    static final Map<Integer, DatasetIdentifiers.Kind> TABLE = derive(ConfidentialityTable.rules());
    /** {@link #TABLE}'s tags in order and their kinds, for {@link #kind(int)}: no boxed key per element looked up. */
    private static final int[] TAGS = TABLE.keySet().stream().mapToInt(Integer::intValue).toArray();
    private static final DatasetIdentifiers.Kind[] KINDS = TABLE.values().toArray(new DatasetIdentifiers.Kind[0]);

    private IdentifyingAttributes() {
    }

    /** The kind of the attribute {@code tag} in {@link #TABLE}, or null when it is not there. */
    static DatasetIdentifiers.Kind kind(int tag) {
        int i = java.util.Arrays.binarySearch(TAGS, tag);
        return i < 0 ? null : KINDS[i];
    }

    /** The identifying attributes of a profile table and their kind (unmodifiable, ordered by tag). */
    static Map<Integer, DatasetIdentifiers.Kind> derive(Collection<ProfileRule> rules) {
        Map<Integer, DatasetIdentifiers.Kind> out = new TreeMap<>();
        for (ProfileRule r : rules) {
            VR vr = r.mask() == ProfileRule.EXACT ? StandardDictionary.vr(r.tag()) : null;
            if (vr != null && VALUE_VRS.contains(vr) && !KEEPING.contains(r.basic())
                    && r.option(ProfileOption.CLEAN_DESCRIPTORS) == null
                    && r.option(ProfileOption.RETAIN_PATIENT_CHARACTERISTICS) == null) {
                out.put(r.tag(), kindOf(StandardDictionary.keyword(r.tag()), vr));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The kind of an attribute by its dictionary keyword and VR (see the class comment). */
    static DatasetIdentifiers.Kind kindOf(String keyword, VR vr) {
        String k = keyword == null ? "" : keyword;
        if (IDENTIFIER_WORD.matcher(k).find() && !NOT_IDENTIFIER.matcher(k).find()) {
            return DatasetIdentifiers.Kind.IDENTIFIER;
        }
        if (vr == VR.LO && INSTITUTION_WORD.matcher(k).find()) {
            return DatasetIdentifiers.Kind.INSTITUTION;
        }
        return DatasetIdentifiers.Kind.OTHER;
    }
}
