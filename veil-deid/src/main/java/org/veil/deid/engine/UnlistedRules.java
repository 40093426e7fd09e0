package org.veil.deid.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.StandardDictionary;

/**
 * Rules for standard attributes that Table E.1-1 does not list (see {@link UnlistedPolicy}). UIDs that name a class,
 * transfer syntax or coding scheme rather than an instance are kept: their keywords end in {@code ClassUID},
 * {@code SyntaxUID} or {@code SchemeUID}, or are one of {@link #NAMING_UIDS}.
 */
final class UnlistedRules {
    /** UI attributes that name things, not instances; hand-written, from PS3.6 attribute meanings. */
    static final Set<String> NAMING_UIDS = Set.of("ContextUID", "MappingResourceUID",
            "ContextGroupExtensionCreatorUID", "PrivateInformationCreatorUID", "ImplementationClassUID",
            "TemplateExtensionOrganizationUID", "TemplateExtensionCreatorUID", "CodingSchemeUID");

    private final UnlistedPolicy policy;
    private final Set<Integer> allow;
    private final Map<VR, Rule> byVr = new EnumMap<>(VR.class);
    private final Rule keepName;
    private final Rule remove;
    private final Rule removeGroup;

    UnlistedRules(UnlistedPolicy policy, Set<Integer> allow, Action dates, Action personNames) {
        this.policy = policy;
        this.allow = allow;
        String scope = policy == UnlistedPolicy.STRICT ? "allow-listed " : "unlisted ";
        for (VR vr : VR.values()) {
            byVr.put(vr, new Rule(KeepAction.INSTANCE, scope + "K"));
        }
        byVr.put(VR.UI, new Rule(UidAction.INSTANCE, scope + "UI: U"));
        for (VR vr : new VR[] {VR.DA, VR.DT, VR.TM}) {
            byVr.put(vr, new Rule(dates, scope + vr + ": as listed dates"));
        }
        byVr.put(VR.PN, new Rule(personNames, scope + "PN: Z/D"));
        keepName = new Rule(KeepAction.INSTANCE, scope + "UI naming a class or scheme: K");
        remove = new Rule(RemoveAction.INSTANCE, "not on the strict allow-list: X");
        removeGroup = new Rule(RemoveAction.INSTANCE, "group length or file meta element in the data set: X");
    }

    Rule rule(int tag, VR vr) {
        if (Tag.isGroupLength(tag) || Tag.group(tag) == 0x0002) {
            return removeGroup;
        }
        if (policy == UnlistedPolicy.STRICT && !allow.contains(tag)) {
            return remove;
        }
        if (vr == VR.UI && namesAThing(tag)) {
            return keepName;
        }
        return byVr.get(vr);
    }

    private static boolean namesAThing(int tag) {
        String k = StandardDictionary.keyword(tag);
        return k.endsWith("ClassUID") || k.endsWith("SyntaxUID") || k.endsWith("SchemeUID")
                || NAMING_UIDS.contains(k);
    }
}
