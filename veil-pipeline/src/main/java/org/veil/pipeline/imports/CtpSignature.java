package org.veil.pipeline.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one CTP pixel signature, the text between braces: tests such as {@code Manufacturer.containsIgnoreCase("GE")}
 * or {@code [0028,0010].equals("512")}, joined by {@code *} (and) and {@code +} (or), with parentheses. The result is
 * in disjunctive form: a list of alternatives, each a list of tests that must all hold. Negation ({@code !}) has no
 * Veil equivalent and is refused.
 */
final class CtpSignature {
    private final String text;
    private int pos;

    private CtpSignature(String text) {
        this.text = text;
    }

    /** The alternatives of the signature. */
    static List<List<PixelCondition>> parse(String text) throws Untranslatable {
        CtpSignature p = new CtpSignature(text);
        List<List<PixelCondition>> out = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new Untranslatable("unexpected '" + text.charAt(p.pos) + "' in the signature");
        }
        return out;
    }

    private List<List<PixelCondition>> or() throws Untranslatable {
        List<List<PixelCondition>> all = new ArrayList<>(and());
        while (accept('+')) {
            all.addAll(and());
        }
        return all;
    }

    private List<List<PixelCondition>> and() throws Untranslatable {
        List<List<PixelCondition>> acc = factor();
        while (accept('*')) {
            List<List<PixelCondition>> right = factor();
            List<List<PixelCondition>> next = new ArrayList<>();
            for (List<PixelCondition> a : acc) {
                for (List<PixelCondition> b : right) {
                    List<PixelCondition> both = new ArrayList<>(a);
                    both.addAll(b);
                    next.add(both);
                }
            }
            acc = next;
        }
        return acc;
    }

    private List<List<PixelCondition>> factor() throws Untranslatable {
        if (accept('!')) {
            throw new Untranslatable("negation (!) has no equivalent in a Veil signature");
        }
        if (accept('(')) {
            List<List<PixelCondition>> inner = or();
            expect(')');
            return inner;
        }
        List<List<PixelCondition>> one = new ArrayList<>();
        one.add(List.of(test()));
        return one;
    }

    private PixelCondition test() throws Untranslatable {
        skipSpace();
        String attribute = attribute();
        expect('.');
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String method = text.substring(start, pos);
        expect('(');
        String arg = accept(')') ? null : string();
        if (arg != null) {
            expect(')');
        }
        return SignatureAttributes.textual(condition(attribute, method, arg));
    }

    private static PixelCondition condition(String attribute, String method, String arg) throws Untranslatable {
        if (arg == null) {
            throw new Untranslatable("method " + method + "() has no equivalent in a Veil signature");
        }
        switch (method) {
            case "equals": return PixelCondition.equals(attribute, arg, false);
            case "equalsIgnoreCase": return PixelCondition.equals(attribute, arg, true);
            case "contains": return PixelCondition.contains(attribute, arg, false);
            case "containsIgnoreCase": return PixelCondition.contains(attribute, arg, true);
            case "startsWith": case "startsWithIgnoreCase": case "endsWith": case "endsWithIgnoreCase":
                return affix(attribute, method, arg);
            case "matches": return PixelCondition.regex(attribute, arg, attribute + " matches \"" + arg + "\"");
            default: throw new Untranslatable("method " + method + " has no equivalent in a Veil signature");
        }
    }

    private static PixelCondition affix(String attribute, String method, String arg) {
        boolean ignore = method.endsWith("IgnoreCase");
        boolean start = method.startsWith("starts");
        String q = java.util.regex.Pattern.quote(arg);
        return PixelCondition.regex(attribute, (ignore ? "(?is)" : "(?s)") + (start ? q + ".*" : ".*" + q),
                attribute + (start ? " starts with \"" : " ends with \"") + arg + "\"");
    }

    private String attribute() throws Untranslatable {
        int tag;
        if (accept('[')) {
            int close = text.indexOf(']', pos);
            String hex = close < 0 ? "" : text.substring(pos, close).replace(",", "").trim();
            if (!hex.matches("[0-9A-Fa-f]{8}")) {
                throw new Untranslatable("an element is [gggg,eeee]");
            }
            pos = close + 1;
            tag = (int) Long.parseLong(hex, 16);
        } else {
            int start = pos;
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            String keyword = text.substring(start, pos);
            tag = SignatureAttributes.tag(keyword);
            if (tag == -1) {
                throw new Untranslatable("'" + keyword + "' is not a DICOM keyword");
            }
        }
        String why = SignatureAttributes.unusable(tag);
        if (why != null) {
            throw new Untranslatable(why);
        }
        return SignatureAttributes.name(tag);
    }

    private String string() throws Untranslatable {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            sb.append(c);
        }
        expect('"');
        return sb.toString();
    }

    private boolean accept(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws Untranslatable {
        if (!accept(c)) {
            throw new Untranslatable("expected '" + c + "' at character " + (pos + 1) + " of the signature");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
