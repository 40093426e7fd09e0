package org.veil.deid.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ProfileOption;

/**
 * A recipe filter: when every given criterion matches an instance (and none of the {@code unless} options is
 * selected), the decision applies. The first matching filter wins; an instance no filter matches is processed.
 *
 * @param sopClasses SOP Class UIDs; an entry ending in {@code *} matches a prefix
 * @param modalities Modality (0008,0060) values
 * @param attributes attribute values that must match exactly (after trimming; {@code ""} matches absent or empty)
 * @param unless     options that disable the filter when selected
 * @param decision   process, skip or reject
 * @param reason     why (for quarantine reason files and the summary)
 * @param source     where the filter was defined, e.g. {@code built-in} or {@code recipe 14:3}
 */
public record InstanceFilter(Set<String> sopClasses, Set<String> modalities, Map<Integer, String> attributes,
                             Set<ProfileOption> unless, FilterDecision decision, String reason, String source) {

    /** Built-in filters: encapsulated documents and images flagged with burned-in annotation are rejected. */
    public static final List<InstanceFilter> DEFAULTS = List.of(
            new InstanceFilter(Set.of("1.2.840.10008.5.1.4.1.1.104.*"), Set.of(), Map.of(), Set.of(),
                    FilterDecision.REJECT, "encapsulated document (PDF, CDA, STL, OBJ, MTL): its content cannot be "
                    + "de-identified; allow it with a recipe filter once known to be clean", "built-in"),
            new InstanceFilter(Set.of(), Set.of(), Map.of(Tags.BurnedInAnnotation, "YES"),
                    Set.of(ProfileOption.CLEAN_PIXEL_DATA), FilterDecision.REJECT,
                    "Burned In Annotation (0028,0301) is YES and the clean-pixel-data option is not selected",
                    "built-in"));

    public InstanceFilter {
        sopClasses = Set.copyOf(sopClasses);
        modalities = Set.copyOf(modalities);
        attributes = Map.copyOf(attributes);
        unless = Set.copyOf(unless);
    }

    /** True when the filter applies to the instance under the selected options. */
    public boolean matches(Dataset ds, Set<ProfileOption> options) {
        for (ProfileOption o : unless) {
            if (options.contains(o)) {
                return false;
            }
        }
        DatasetView v = DatasetView.of(ds);
        if (!sopClasses.isEmpty() && !matchesUid(v.string(Tags.SOPClassUID))) {
            return false;
        }
        if (!modalities.isEmpty() && !modalities.contains(v.string(Tags.Modality))) {
            return false;
        }
        for (Map.Entry<Integer, String> a : attributes.entrySet()) {
            String actual = v.text(a.getKey());
            if (!a.getValue().equals(actual == null ? "" : actual)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesUid(String uid) {
        if (uid == null) {
            return false;
        }
        for (String s : sopClasses) {
            if (s.endsWith("*") ? uid.startsWith(s.substring(0, s.length() - 1)) : s.equals(uid)) {
                return true;
            }
        }
        return false;
    }
}
