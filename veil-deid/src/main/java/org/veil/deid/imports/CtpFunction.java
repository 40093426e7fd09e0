package org.veil.deid.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates the script of one CTP element into a Veil rule: literal text (with {@code @param}) is a replacement;
 * {@code @keep()}, {@code @remove()}, {@code @empty()}, {@code @process()} keep, remove, empty and keep-and-recurse;
 * {@code @hashuid} remaps UIDs; {@code @hash}, {@code @hashptid} and {@code @hashname} become Veil's keyed pseudonyms
 * of the identifiers it pseudonymizes; {@code @incrementdate(this,N)} shifts by exactly N days; {@code @lookup} uses a
 * lookup table. {@code @always()} and {@code @require()} create absent elements in CTP, which Veil never does.
 * Conditionals ({@code @if}) and the other functions have no equivalent.
 */
final class CtpFunction {
    private final int tag;
    private final Map<String, String> params;
    private final int line;
    private final List<String> notes = new ArrayList<>();
    private final String stem;
    private String keyType;

    CtpFunction(int tag, Map<String, String> params, int line, String stem) {
        this.stem = stem;
        this.tag = tag;
        this.params = params;
        this.line = line;
    }

    String note() {
        return String.join("; ", notes);
    }

    String keyType() {
        return keyType;
    }

    static String lookupFileName(String stem, String keyType) {
        return stem + ".lookup-" + keyType.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv";
    }

    RecipeDraft.Rule translate(String script) throws Untranslated {
        String s = script.strip();
        if (s.startsWith("@always()")) {
            s = s.substring("@always()".length()).strip();
            notes.add("@always(): CTP creates the element when absent; Veil changes it only when present");
        }
        if (s.isEmpty()) {
            return rule("empty", List.of());
        }
        if (!s.startsWith("@")) {
            if (s.contains("@")) {
                throw new Untranslated("text combined with functions or parameters has no Veil equivalent");
            }
            return replace(s);
        }
        if (s.startsWith("@if(")) {
            throw new Untranslated("conditionals (@if) have no Veil equivalent");
        }
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open < 0 || close != s.length() - 1 || s.indexOf('@', 1) >= 0 && !singleCall(s)) {
            throw new Untranslated("a script combining functions and text has no Veil equivalent");
        }
        String name = s.substring(1, open);
        List<String> args = args(s.substring(open + 1, close));
        return call(name, args);
    }

    /** True when every further '@' is a parameter reference inside the arguments of the one call. */
    private static boolean singleCall(String s) {
        int open = s.indexOf('(');
        return s.indexOf('@', 1) > open && !s.substring(open).matches("(?s).*@[a-z]+\\(.*");
    }

    private RecipeDraft.Rule call(String name, List<String> args) throws Untranslated {
        switch (name) {
            case "keep":
                return rule("keep", List.of());
            case "remove":
                return rule("remove", List.of());
            case "empty":
                return rule("empty", List.of());
            case "process":
                notes.add("Veil processes the items of every kept sequence with the same rules");
                return rule("keep", List.of());
            case "require":
                notes.add("@require(): CTP creates the element when absent; Veil keeps it when present");
                return rule("keep", List.of());
            case "param":
                return replace(param(arg(args, 0)));
            case "hashuid":
                return hashUid();
            case "hash": case "hashptid": case "hashname":
                return pseudonym(name);
            case "incrementdate":
                return incrementDate(args);
            case "lookup":
                return lookup(args);
            default:
                throw new Untranslated("@" + name + "() has no Veil equivalent");
        }
    }

    private RecipeDraft.Rule replace(String value) throws Untranslated {
        if (!Attributes.isText(tag)) {
            throw new Untranslated("a replacement text needs a text attribute; " + Attributes.name(tag) + " is "
                    + Attributes.vr(tag));
        }
        Attributes.checkValue(tag, value);
        return rule("replace", List.of("value: " + RecipeDraft.quote(value)));
    }

    private RecipeDraft.Rule hashUid() throws Untranslated {
        if (!Attributes.isUid(tag)) {
            throw new Untranslated("@hashuid on " + Attributes.name(tag) + ", which is not a UID");
        }
        notes.add("remap-uid: Veil's UID is 2.25. and 128 bits of an HMAC under the project key, not the given root "
                + "and an unkeyed hash; equal inputs still give equal UIDs across the project");
        return rule("remap-uid", List.of());
    }

    private RecipeDraft.Rule pseudonym(String name) throws Untranslated {
        if (!Attributes.isPseudonymized(tag)) {
            throw new Untranslated("@" + name + " on " + Attributes.name(tag) + ": Veil's keyed pseudonyms exist for "
                    + "Patient ID, Patient's Name, Other Patient IDs, Accession Number and Study ID only");
        }
        notes.add("pseudonym: a keyed HMAC pseudonym (Veil's pattern for the attribute) instead of CTP's unkeyed "
                + "hash; equal inputs still give equal outputs");
        return rule("pseudonym", List.of());
    }

    private RecipeDraft.Rule incrementDate(List<String> args) throws Untranslated {
        if (args.size() != 2 || !args.get(0).equals("this")) {
            throw new Untranslated("@incrementdate is translated as @incrementdate(this,N) only (an offset from "
                    + "the lookup table or another element has no Veil equivalent)");
        }
        String n = param(args.get(1)).strip();
        if (!n.matches("[-+]?\\d{1,6}")) {
            throw new Untranslated("the increment '" + n + "' is not a whole number of days");
        }
        if (!Attributes.isDate(tag)) {
            throw new Untranslated("@incrementdate on " + Attributes.name(tag) + ", which is " + Attributes.vr(tag)
                    + ", not a date (DA or DT)");
        }
        return rule("shift-date", List.of("days: " + Integer.parseInt(n.replace("+", ""))));
    }

    private RecipeDraft.Rule lookup(List<String> args) throws Untranslated {
        if (args.size() < 2 || !args.get(0).equals("this")) {
            throw new Untranslated("@lookup is translated as @lookup(this,KeyType[,default,VALUE]) only");
        }
        if (!Attributes.isText(tag)) {
            throw new Untranslated("@lookup on " + Attributes.name(tag) + ", which is not text");
        }
        keyType = param(args.get(1)).strip();
        List<String> extra = new ArrayList<>();
        extra.add("table: " + RecipeDraft.quote(lookupFileName(stem, keyType)));
        if (args.size() == 4 && args.get(2).strip().equals("default")) {
            String missValue = param(args.get(3)).strip();
            Attributes.checkValue(tag, missValue);
            extra.add("miss: {value: " + RecipeDraft.quote(missValue) + "}");
        } else if (args.size() > 2) {
            throw new Untranslated("@lookup with '" + args.get(2).strip() + "' for missing keys has no Veil "
                    + "equivalent (only quarantine and default,VALUE)");
        } else {
            extra.add("miss: quarantine");
        }
        return rule("lookup", extra);
    }

    private String param(String arg) throws Untranslated {
        String a = arg.strip();
        if (!a.startsWith("@")) {
            return a.startsWith("\"") && a.endsWith("\"") && a.length() > 1 ? a.substring(1, a.length() - 1) : a;
        }
        String v = params.get(a.substring(1));
        if (v == null) {
            throw new Untranslated("parameter " + a + " is not defined by a <p> element");
        }
        return v;
    }

    private static String arg(List<String> args, int i) throws Untranslated {
        if (args.size() <= i) {
            throw new Untranslated("missing argument " + (i + 1));
        }
        return args.get(i);
    }

    private static List<String> args(String text) {
        List<String> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    private RecipeDraft.Rule rule(String action, List<String> extra) {
        return new RecipeDraft.Rule(Attributes.selector(tag), action, extra, line);
    }
}
