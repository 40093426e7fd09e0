package org.veil.pipeline.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates the criteria lines of one pydicom/deid filter {@code LABEL} into alternatives of pixel tests, with the
 * documented semantics: {@code contains} is a case-insensitive regular expression search, {@code equals} a
 * case-insensitive comparison of the trimmed value ({@code a|b} for either), {@code missing} the attribute is absent,
 * {@code empty} present without a value, {@code present} present; {@code +} is and, {@code ||} is or, evaluated from
 * left to right within a line and then line by line; a line without a leading operator starts a separate check (or).
 */
final class DeidCriteria {
    private static final Pattern OPERATOR = Pattern.compile("\\s+(\\+|\\|\\|)\\s+");

    private List<List<PixelCondition>> result;

    /** Adds one criteria line (with its leading operator, if any). */
    void line(String line) throws Untranslatable {
        String t = line.strip();
        String op = null;
        if (t.startsWith("+")) {
            op = "+";
            t = t.substring(1).strip();
        } else if (t.startsWith("||")) {
            op = "||";
            t = t.substring(2).strip();
        }
        List<List<PixelCondition>> group = group(t);
        result = result == null ? group : "+".equals(op) ? and(result, group) : or(result, group);
    }

    /** The alternatives; a label without criteria matches everything (one empty alternative). */
    List<List<PixelCondition>> alternatives() {
        return result == null ? List.of(List.of()) : result;
    }

    boolean isEmpty() {
        return result == null;
    }

    private static List<List<PixelCondition>> group(String text) throws Untranslatable {
        String[] parts = OPERATOR.split(text);
        java.util.regex.Matcher ops = OPERATOR.matcher(text);
        List<List<PixelCondition>> acc = test(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            ops.find();
            acc = ops.group(1).equals("+") ? and(acc, test(parts[i])) : or(acc, test(parts[i]));
        }
        return acc;
    }

    private static List<List<PixelCondition>> test(String text) throws Untranslatable {
        String[] w = text.strip().split("\\s+", 3);
        String criterion = w[0].toLowerCase();
        if (w.length < 2) {
            throw new Untranslatable("a criterion needs a field");
        }
        String field = field(w[1]);
        String value = w.length > 2 ? w[2].strip() : "";
        switch (criterion) {
            case "contains":
                return one(SignatureAttributes.textual(PixelCondition.regex(field, "(?is).*(?:" + value + ").*",
                        field + " contains \"" + value + "\"")));
            case "equals":
                if ((field.equals("Rows") || field.equals("Columns")) && value.matches("\\d{1,9}(\\|\\d{1,9})*")) {
                    List<List<PixelCondition>> any = new ArrayList<>();
                    for (String n : value.split("\\|")) {
                        any.addAll(one(PixelCondition.equals(field, n, true)));
                    }
                    return any;
                }
                return one(SignatureAttributes.textual(PixelCondition.regex(field, "(?i)\\s*" + alternatives(value) + "\\s*",
                        field + " = \"" + value + "\"")));
            case "missing":
                return one(PixelCondition.absent(field));
            case "empty":
                return one(PixelCondition.empty(field));
            case "present":
                return or(one(PixelCondition.regex(field, "(?s).*", field + " present")),
                        one(PixelCondition.empty(field)));
            case "notcontains": case "notequals":
                throw new Untranslatable("negation (" + w[0] + ") has no equivalent in a Veil signature");
            default:
                throw new Untranslatable("unknown criterion '" + w[0] + "'");
        }
    }

    private static String alternatives(String value) {
        StringBuilder sb = new StringBuilder("(?:");
        String[] alts = value.split("\\|", -1);
        for (int i = 0; i < alts.length; i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(alts[i].strip()));
        }
        return sb.append(')').toString();
    }

    private static String field(String text) throws Untranslatable {
        int tag;
        if (text.matches("(?i)0x[0-9a-f]{8}")) {
            tag = (int) Long.parseLong(text.substring(2), 16);
        } else {
            tag = SignatureAttributes.tag(text);
            if (tag == -1) {
                throw new Untranslatable("'" + text + "' is not a DICOM keyword");
            }
        }
        String why = SignatureAttributes.unusable(tag);
        if (why != null) {
            throw new Untranslatable(why);
        }
        return SignatureAttributes.name(tag);
    }

    private static List<List<PixelCondition>> one(PixelCondition c) {
        List<List<PixelCondition>> l = new ArrayList<>();
        l.add(List.of(c));
        return l;
    }

    private static List<List<PixelCondition>> or(List<List<PixelCondition>> a, List<List<PixelCondition>> b) {
        List<List<PixelCondition>> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<List<PixelCondition>> and(List<List<PixelCondition>> a, List<List<PixelCondition>> b) {
        List<List<PixelCondition>> out = new ArrayList<>();
        for (List<PixelCondition> x : a) {
            for (List<PixelCondition> y : b) {
                List<PixelCondition> both = new ArrayList<>(x);
                both.addAll(y);
                out.add(both);
            }
        }
        return out;
    }
}
