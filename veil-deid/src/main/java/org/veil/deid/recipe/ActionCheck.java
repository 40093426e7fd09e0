package org.veil.deid.recipe;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veil.deid.engine.RuleOverride;
import org.veil.deid.engine.RuleOverride.OverrideAction;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * Checks that a rule's action can work on what it selects, as far as the dictionary tells before any data is seen:
 * remap-uid on UIDs, shift-date on dates and ages, replace and clean on text, pseudonym on the identifiers keyed
 * pseudonyms exist for, and a replacement value that fits the attribute's VR. Private elements have no dictionary VR
 * and are checked by the engine when it meets them.
 */
final class ActionCheck {
    private static final List<VR> DATES = List.of(VR.DA, VR.DT, VR.AS);

    private ActionCheck() {
    }

    /** The tag whose VR decides, or -1: the tag of a tag rule, the last step of a path, none for private rules. */
    static int subject(RuleOverride.Selector selector) {
        if (selector instanceof RuleOverride.TagSelector t) {
            return t.tag();
        }
        if (selector instanceof RuleOverride.PathSelector p) {
            return p.steps().get(p.steps().size() - 1).tag();
        }
        return -1;
    }

    /** @throws InvalidValue saying why the action cannot apply */
    static void check(OverrideAction action, RuleOverride.Selector selector) throws InvalidValue {
        if (action == OverrideAction.PSEUDONYM) {
            pseudonym(selector);
            return;
        }
        int tag = subject(selector);
        List<VR> vrs = tag == -1 ? List.of() : AttributeNames.vrs(tag);
        if (vrs.isEmpty()) {
            return;
        }
        String needs = action == OverrideAction.REMAP_UID && !vrs.contains(VR.UI) ? "UID (UI) attributes"
                : action == OverrideAction.SHIFT_DATE && vrs.stream().noneMatch(DATES::contains)
                ? "dates and ages (DA, DT, AS; a whole-day shift leaves TM unchanged)"
                : (action == OverrideAction.REPLACE || action == OverrideAction.CLEAN
                        || action == OverrideAction.LOOKUP)
                && vrs.stream().noneMatch(VR::isString) ? "text attributes" : null;
        if (needs != null) {
            throw new InvalidValue("action " + Scalars.spelling(action) + " applies to " + needs + "; "
                    + AttributeNames.describe(tag) + " is " + vrs.get(0));
        }
    }

    private static void pseudonym(RuleOverride.Selector selector) throws InvalidValue {
        if (!(selector instanceof RuleOverride.TagSelector t) || !RuleOverride.pseudonymTags().contains(t.tag())) {
            StringBuilder names = new StringBuilder();
            RuleOverride.pseudonymTags().stream().sorted().forEach(tag ->
                    names.append(names.length() == 0 ? "" : ", ").append(AttributeNames.describe(tag)));
            throw new InvalidValue("action pseudonym applies to tag rules for " + names);
        }
    }

    /** @throws InvalidValue when the value does not fit the VR of what the rule selects */
    static void value(String value, RuleOverride.Selector selector) throws InvalidValue {
        int tag = subject(selector);
        List<VR> vrs = tag == -1 ? List.of() : AttributeNames.vrs(tag);
        if (vrs.isEmpty() || !vrs.get(0).isString()) {
            return;
        }
        VR vr = vrs.get(0);
        if (!vr.usesCharacterSet() && !StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            throw new InvalidValue("value for " + AttributeNames.describe(tag) + " must be ASCII (" + vr
                    + " uses the default character repertoire)");
        }
        String[] values = vr.isMultiValuedString() ? value.split("\\\\", -1) : new String[] {value};
        for (String v : values) {
            if (vr.maxLength() > 0 && v.length() > vr.maxLength()) {
                throw new InvalidValue("value of " + v.length() + " characters is longer than the " + vr.maxLength()
                        + " " + vr + " allows for " + AttributeNames.describe(tag));
            }
        }
    }

    /** A rule's description in a duplicate message: the attribute, the private element or the path. */
    static String describe(RuleOverride.Selector selector) {
        if (selector instanceof RuleOverride.TagSelector t) {
            return AttributeNames.describe(t.tag());
        }
        if (selector instanceof RuleOverride.PrivateSelector p) {
            return "private " + p.creator() + " " + (p.group() < 0 ? "(any group)" : String.format("(%04X", p.group()))
                    + String.format(p.group() < 0 ? " element xx%02X" : ",xx%02X)", p.offset());
        }
        StringBuilder sb = new StringBuilder("path ");
        for (RuleOverride.Step s : ((RuleOverride.PathSelector) selector).steps()) {
            sb.append(sb.length() == 5 ? "" : "/").append(Tag.format(s.tag()))
                    .append(s.item() >= 0 ? "[" + (s.item() + 1) + "]" : "");
        }
        return sb.toString();
    }
}
