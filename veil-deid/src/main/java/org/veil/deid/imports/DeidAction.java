package org.veil.deid.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code %header} action of a deid recipe on a field, a private element, an expander or all fields. */
final class DeidAction {
    private static final Pattern PRIVATE = Pattern.compile("\\(\\s*([0-9A-Fa-f]{4})\\s*,\\s*\"([^\"]+)\"\\s*,\\s*"
            + "([0-9A-Fa-f]{2})\\s*\\)");

    private final RecipeDraft draft;
    private final ImportReport report;
    private final List<String> precedence;
    private final List<String> notes = new ArrayList<>();

    DeidAction(RecipeDraft draft, ImportReport report, List<String> precedence) {
        this.draft = draft;
        this.report = report;
        this.precedence = precedence;
    }

    void apply(int no, String text, String action, String field, String value) throws Untranslated {
        String f = field.toLowerCase(Locale.ROOT);
        Matcher pm = PRIVATE.matcher(field);
        if (action.equals("add")) {
            add(no, text, field, value);
        } else if (pm.matches()) {
            privateElement(no, action, value, pm);
        } else if (f.equals("all") || f.equals("allfields") || f.startsWith("except:") || f.startsWith("allexcept:")) {
            all(no, action, f, value);
        } else if (DeidFields.isExpander(field)) {
            expander(no, action, field, value);
        } else {
            int tag = DeidFields.single(field);
            if (tag == -1) {
                throw new Untranslated("'" + field + "' is not a DICOM keyword or tag");
            }
            put(no, "tag:" + tag, rule(no, tag, action, value));
        }
        finish(no, text);
    }

    private void finish(int no, String text) {
        if (notes.size() > 4) {
            int more = notes.size() - 4;
            notes.subList(4, notes.size()).clear();
            notes.add("and " + more + " more such notes");
        }
        if (notes.isEmpty()) {
            report.exact(no, text);
        } else {
            report.different(no, text, String.join("; ", notes));
        }
    }

    private void add(int no, String text, String field, String value) throws Untranslated {
        if (field.equals("PatientIdentityRemoved") && "YES".equalsIgnoreCase(value)) {
            return;
        }
        if (field.equals("DeidentificationMethod")) {
            notes.add("Veil writes its own De-identification Method and Method Code Sequence");
            return;
        }
        throw new Untranslated("ADD: Veil does not add attributes (it sets Patient Identity Removed and the method "
                + "itself)");
    }

    private void privateElement(int no, String action, String value, Matcher pm) throws Untranslated {
        if (action.equals("shift-date")) {
            throw new Untranslated("JITTER of a private element: its VR is unknown before the file is read");
        }
        String sel = "private: {creator: " + RecipeDraft.quote(pm.group(2)) + ", group: \"" + pm.group(1)
                + "\", element: \"" + pm.group(3) + "\"}";
        List<String> extra = action.equals("replace") ? List.of("value: " + RecipeDraft.quote(need(value))) : List.of();
        put(no, "private:" + pm.group(2) + "/" + pm.group(1).toUpperCase() + "/" + pm.group(3).toUpperCase(),
                new RecipeDraft.Rule(sel, action, extra, no));
    }

    private void all(int no, String action, String f, String value) throws Untranslated {
        if (!action.equals("remove") || value != null) {
            throw new Untranslated("only REMOVE can apply to all fields (other actions on every attribute would "
                    + "break the image)");
        }
        List<String> allow = new ArrayList<>();
        if (f.contains(":")) {
            for (String name : f.substring(f.indexOf(':') + 1).split("\\|")) {
                int tag = DeidFields.single(name);
                if (tag == -1) {
                    throw new Untranslated("'" + name + "' is not a DICOM keyword");
                }
                allow.add(org.veil.dicom.dict.StandardDictionary.keyword(tag));
            }
        }
        draft.strict(allow);
        notes.add("unlisted policy strict" + (allow.isEmpty() ? "" : " allowing " + String.join(", ", allow))
                + ": Veil removes every standard attribute no rule or Table E.1-1 names, except the built-in "
                + "allow-list a valid image needs; attributes of Table E.1-1 get their profile action");
    }

    private void expander(int no, String action, String field, String value) throws Untranslated {
        List<Integer> tags = DeidFields.expand(field);
        int made = 0;
        int skipped = 0;
        for (int tag : tags) {
            try {
                RecipeDraft.Rule r = rule(no, tag, action, value);
                put(no, "tag:" + tag, r);
                made++;
            } catch (Untranslated e) {
                skipped++;
            }
        }
        if (made == 0) {
            throw new Untranslated("the expander selects no standard attribute the action applies to");
        }
        notes.add(0, "expanded over Veil's standard dictionary to " + made + " attributes" + (skipped > 0 ? " ("
                + skipped + " more of another VR left out)" : "") + "; deid selects among the fields of each file, "
                + "private ones included");
    }

    private RecipeDraft.Rule rule(int no, int tag, String action, String value) throws Untranslated {
        List<String> extra = new ArrayList<>();
        switch (action) {
            case "replace":
                if (!Attributes.isText(tag)) {
                    throw new Untranslated("REPLACE needs a text attribute; " + Attributes.name(tag) + " is "
                            + Attributes.vr(tag));
                }
                Attributes.checkValue(tag, need(value));
                extra.add("value: " + RecipeDraft.quote(value));
                break;
            case "shift-date":
                if (!Attributes.isDate(tag)) {
                    throw new Untranslated("JITTER needs a date; " + Attributes.name(tag) + " is " + Attributes.vr(tag));
                }
                String v = need(value).strip();
                if (!v.matches("[-+]?\\d{1,5}")) {
                    throw new Untranslated("JITTER by '" + v + "' is not a whole number of days");
                }
                extra.add("days: " + Integer.parseInt(v.replace("+", "")));
                break;
            default:
                if (value != null) {
                    throw new Untranslated("a value after " + action + " has no meaning in Veil");
                }
        }
        return new RecipeDraft.Rule(Attributes.selector(tag), action, extra, no);
    }

    private void put(int no, String key, RecipeDraft.Rule r) {
        RecipeDraft.Rule old = draft.rule(key);
        if (old != null && precedence.indexOf(old.action()) <= precedence.indexOf(r.action())) {
            notes.add("line " + old.line() + " (" + old.action() + ") wins for " + r.selector() + ", as deid ranks "
                    + "actions");
            return;
        }
        if (old != null) {
            notes.add("replaces line " + old.line() + " (" + old.action() + ") for " + r.selector() + ", as deid "
                    + "ranks actions");
        }
        draft.rule(key, r);
    }

    private static String need(String value) throws Untranslated {
        if (value == null || value.isEmpty()) {
            throw new Untranslated("the action needs a value");
        }
        return value;
    }
}
