package org.veil.deid.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.veil.deid.pseudo.IdKind;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileAdditions;
import org.veil.profile.ProfileOption;
import org.veil.profile.ProfileRule;

/**
 * Compiles PS3.15 Table E.1-1, the selected options and the recipe into a {@link RuleMap}, once per run. Options
 * override the Basic Profile action of the rows they name (E.1.1: "a requirement for an Option, when implemented,
 * overrides any requirement for the underlying Profile"); recipe rules override both.
 */
final class ProfileCompiler {
    /**
     * The identifiers replaced by keyed pseudonyms under {@link IdentifierPolicy#PSEUDONYMIZE} (hand-written: the
     * attributes {@link IdKind} describes).
     */
    static final Map<Integer, IdKind> IDENTIFIERS = Map.of(Tags.PatientID, IdKind.PATIENT_ID, Tags.PatientName,
            IdKind.PATIENT_NAME, Tags.OtherPatientIDs, IdKind.OTHER_PATIENT_ID, Tags.AccessionNumber,
            IdKind.ACCESSION_NUMBER,
            Tags.StudyID, IdKind.STUDY_ID);

    /** Hand-written additions to the table ({@link ProfileAdditions}). */
    static final List<ProfileRule> ADDITIONS = ProfileAdditions.RULES;

    private final DeidConfig config;
    private final Action dateClean;

    ProfileCompiler(DeidConfig config) {
        this.config = config;
        this.dateClean = config.options().contains(ProfileOption.RETAIN_LONG_FULL_DATES) ? KeepAction.INSTANCE
                : config.options().contains(ProfileOption.RETAIN_LONG_MODIFIED_DATES)
                ? new DateAction(config.datePolicy(), new CombinedAction(ProfileAction.X_Z_D, true,
                        DummyAction.INSTANCE))
                : new CombinedAction(ProfileAction.X_Z_D, true, DummyAction.INSTANCE);
    }

    RuleMap compile() {
        IntMap<Rule> exact = new IntMap<>(1024);
        List<RuleMap.Masked> masked = new ArrayList<>();
        List<ProfileRule> rows = new ArrayList<>(ConfidentialityTable.rules());
        rows.addAll(ADDITIONS);
        for (ProfileRule row : rows) {
            Rule rule = compile(row);
            if (row.mask() == ProfileRule.EXACT) {
                exact.put(row.tag(), rule);
            } else {
                masked.add(new RuleMap.Masked(row.tag(), row.mask(), rule));
            }
        }
        Rule overlayData = exact.get(Tags.OverlayData);
        List<RuleMap.PathRule> paths = new ArrayList<>();
        List<RuleMap.PrivateRule> privates = new ArrayList<>();
        for (RuleOverride o : config.overrides()) {
            Rule rule = new Rule(overrideAction(o), "recipe " + o.source() + ": " + o.action().name().toLowerCase());
            if (o.selector() instanceof RuleOverride.TagSelector t) {
                exact.put(t.tag(), rule);
            } else if (o.selector() instanceof RuleOverride.PrivateSelector p) {
                privates.add(new RuleMap.PrivateRule(p, rule));
            } else {
                paths.add(new RuleMap.PathRule((RuleOverride.PathSelector) o.selector(), rule));
            }
        }
        if (config.datePolicy() == DatePolicy.SAFE_HARBOR) {
            for (int tag : new int[] {Tags.PatientAddress,
                    Tags.RegionOfResidence}) {
                Rule r = exact.get(tag);
                exact.put(tag, new Rule(new SafeHarborGeographyAction(r.action()), r.source() + ", Safe Harbor ZIP3"));
            }
            for (int tag : new int[] {Tags.PatientAge, Tags.PatientBirthDate}) {
                Rule r = exact.get(tag);
                exact.put(tag, new Rule(new SafeHarborAgeAction(r.action()), r.source()
                        + ", Safe Harbor: ages over 89 win over retain options"));
            }
        }
        for (RuleMap.Masked m : List.copyOf(masked)) {
            if (m.value() == Tags.OverlayData && m.rule().action() instanceof RemoveAction) {
                masked.add(new RuleMap.Masked(0x60000000, 0xFFE10000, new Rule(RemoveAction.INSTANCE,
                        "overlay plane removed with its Overlay Data (60xx,3000)")));
            }
        }
        Action typedKeep = new TypedKeepAction(dateClean);
        PrivatePolicy privatePolicy = new PrivatePolicy(config.options().contains(ProfileOption.RETAIN_SAFE_PRIVATE),
                config.privateDictionary(), privateActions(typedKeep));
        UnlistedRules unlisted = new UnlistedRules(config.unlisted(), config.allowList(), dateClean,
                new CombinedAction(ProfileAction.Z_D, true, DummyAction.INSTANCE));
        return new RuleMap(paths, privates, exact, masked, privatePolicy, unlisted);
    }

    private Map<PrivateDictionary.PrivateAction, Action> privateActions(Action typedKeep) {
        Map<PrivateDictionary.PrivateAction, Action> m = new EnumMap<>(PrivateDictionary.PrivateAction.class);
        m.put(PrivateDictionary.PrivateAction.KEEP, typedKeep);
        m.put(PrivateDictionary.PrivateAction.REMOVE, RemoveAction.INSTANCE);
        m.put(PrivateDictionary.PrivateAction.CLEAN, TextOnlyCleanAction.INSTANCE);
        m.put(PrivateDictionary.PrivateAction.SHIFT_DATE, new DateAction(config.datePolicy(), RemoveAction.INSTANCE));
        m.put(PrivateDictionary.PrivateAction.REMAP_UID, UidAction.INSTANCE);
        return m;
    }

    /** The rule for one row: the Basic Profile action, overridden by the selected options. */
    Rule compile(ProfileRule row) {
        ProfileAction effective = row.basic();
        ProfileOption by = null;
        for (ProfileOption option : config.options()) {
            ProfileAction a = row.option(option);
            if (a != null) {
                effective = a;
                by = option;
            }
        }
        Action basic = action(row, row.basic(), null);
        Action action = effective == row.basic() && by == null ? basic : action(row, effective, by);
        if (row.mask() == ProfileRule.EXACT && IodScope.known(row.tag()) && !(action instanceof RemoveAction)) {
            action = new IodScopedAction(action);
        }
        String source = by == null ? "E.1-1 " + row.name() + " " + effective.code()
                : "E.1-1 " + row.name() + " " + effective.code() + " (" + by.cliName() + ")";
        return new Rule(action, source);
    }

    private Action action(ProfileRule row, ProfileAction code, ProfileOption by) {
        IdKind id = config.identifiers() == IdentifierPolicy.PSEUDONYMIZE ? IDENTIFIERS.get(row.tag()) : null;
        Action dummy = id != null ? new PseudonymAction(id) : DummyAction.INSTANCE;
        switch (code) {
            case X:
                return RemoveAction.INSTANCE;
            case K:
                return KeepAction.INSTANCE;
            case U:
                return UidAction.INSTANCE;
            case Z:
                return id != null ? dummy : EmptyAction.INSTANCE;
            case D:
                return dummy;
            case C:
                return clean(row, by, action(row, row.basic(), null));
            default:
                return new CombinedAction(code, row.inStdCompIod(), dummy);
        }
    }

    private Action clean(ProfileRule row, ProfileOption by, Action fallback) {
        VR vr = row.mask() == ProfileRule.EXACT ? StandardDictionary.vr(row.tag()) : VR.UN;
        if (by == ProfileOption.RETAIN_LONG_MODIFIED_DATES) {
            return new DateAction(config.datePolicy(), fallback);
        }
        if (by == ProfileOption.RETAIN_DEVICE_IDENTITY && vr == VR.AE) {
            return DeviceCleanAction.INSTANCE;
        }
        if (vr == VR.SQ) {
            return KeepAction.INSTANCE;
        }
        if (row.tag() == Tags.TextValue) {
            return new ContentItemTextAction(new TextCleanAction(fallback));
        }
        if (vr.usesCharacterSet()) {
            return new TextCleanAction(fallback);
        }
        return fallback;
    }

    private Action overrideAction(RuleOverride o) {
        switch (o.action()) {
            case REMOVE:
                return RemoveAction.INSTANCE;
            case EMPTY:
                return EmptyAction.INSTANCE;
            case DUMMY:
                return DummyAction.INSTANCE;
            case KEEP:
                return KeepAction.INSTANCE;
            case CLEAN:
                return new TextCleanAction(RemoveAction.INSTANCE);
            case REMAP_UID:
                return UidAction.INSTANCE;
            case SHIFT_DATE:
                return new DateAction(config.datePolicy(), RemoveAction.INSTANCE,
                        o.days() == null ? null : new org.veil.deid.pseudo.DateShift(o.days()));
            case PSEUDONYM:
                return pseudonymFor(o);
            case LOOKUP:
                return new LookupAction(o.lookup(), o.selector() instanceof RuleOverride.TagSelector t
                        && IDENTIFIERS.containsKey(t.tag()) ? new PseudonymAction(IDENTIFIERS.get(t.tag())) : null);
            default:
                return new ReplaceAction(o.value());
        }
    }

    private Action pseudonymFor(RuleOverride o) {
        if (o.selector() instanceof RuleOverride.TagSelector t && IDENTIFIERS.containsKey(t.tag())) {
            return new PseudonymAction(IDENTIFIERS.get(t.tag()));
        }
        throw new IllegalArgumentException(o.source() + ": pseudonym applies to " + identifierNames());
    }

    private static String identifierNames() {
        StringBuilder sb = new StringBuilder();
        for (int tag : IDENTIFIERS.keySet().stream().sorted().toList()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(StandardDictionary.keyword(tag)).append(' ')
                    .append(Tag.format(tag));
        }
        return sb.toString();
    }
}
