package org.veil.dicom.charset;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the values of Specific Character Set into a codec, repairing what the field gets wrong (each repair is a
 * warning, never an exception):
 * <ul>
 * <li>values are resolved by {@link TermResolver}; an unknown value 1 means the default repertoire, an unknown or
 * empty later value is ignored;</li>
 * <li>ISO_IR 192, GB18030 and GBK allow no other value (PS3.5 Section 6.1.2.4 Note 3): the first of them is used
 * alone;</li>
 * <li>a double-byte set (ISO 2022 IR 87, 159, 149, 58) in value 1, e.g. {@code ISO 2022 IR 87} written without
 * the leading backslash, is read as value 2 after an empty value 1;</li>
 * <li>with several values, a term without the "ISO 2022" prefix ({@code ISO_IR 13\ISO 2022 IR 87}) is read as its
 * "ISO 2022" form.</li>
 * </ul>
 */
final class TermInterpreter {

    /** The codec, the Defined Terms as interpreted (value 1 may be empty), and the repairs made. */
    record Interpretation(TextCodec codec, List<String> terms, List<String> warnings) {
    }

    static final Interpretation DEFAULT = new Interpretation(
            new Iso2022Codec(GraphicSet.ASCII, null, List.of(), false, ""), List.of(), List.of());

    private TermInterpreter() {
    }

    static Interpretation interpret(List<String> values) {
        List<String> warnings = new ArrayList<>();
        List<DefinedTerm> terms = resolve(values, warnings);
        DefinedTerm variable = terms.stream().filter(t -> t != null && t.isVariableLength()).findFirst().orElse(null);
        if (variable != null) {
            if (terms.stream().anyMatch(t -> t != null && t != variable)) {
                warnings.add("'" + variable.term() + "' allows no other value: the other values are ignored");
            }
            Charset charset = Charset.forName(variable.charsetName());
            boolean asciiCompatible = variable == DefinedTerm.ISO_IR_192;
            return new Interpretation(new VariableLengthCodec(charset, asciiCompatible, variable.term()),
                    List.of(variable.term()), List.copyOf(warnings));
        }
        DefinedTerm first = terms.isEmpty() ? null : terms.get(0);
        if (first != null && first.isDoubleByte()) {
            warnings.add("'" + first.term() + "' cannot be value 1: read as value 2 after an empty value 1");
            terms.add(0, null);
            first = null;
        }
        boolean codeExtension = terms.size() > 1 || (first != null && first.hasCodeExtension());
        if (first == null && !codeExtension) {
            return warnings.isEmpty() ? DEFAULT : new Interpretation(DEFAULT.codec(), List.of(), List.copyOf(warnings));
        }
        if (codeExtension) {
            addCodeExtension(terms, warnings);
        }
        return build(terms, codeExtension, warnings);
    }

    private static List<DefinedTerm> resolve(List<String> values, List<String> warnings) {
        List<DefinedTerm> terms = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            TermResolver.Resolution r = TermResolver.resolve(values.get(i));
            String where = "value " + (i + 1) + ": ";
            if (r.term() == null && r.warning() != null) {
                warnings.add(where + r.warning() + (i == 0 ? ", using the default repertoire (ISO-IR 6)" : ", ignored"));
            } else if (r.warning() != null) {
                warnings.add(where + r.warning());
            } else if (r.term() == null && i > 0) {
                warnings.add(where + "empty, ignored");
            }
            if (r.term() != null || i == 0) {
                terms.add(r.term());
            }
        }
        return terms;
    }

    private static void addCodeExtension(List<DefinedTerm> terms, List<String> warnings) {
        for (int i = 0; i < terms.size(); i++) {
            DefinedTerm t = terms.get(i);
            if (t != null && !t.hasCodeExtension()) {
                DefinedTerm extended = t.withCodeExtension().orElseThrow();
                warnings.add("value " + (i + 1) + ": '" + t.term() + "' read as '" + extended.term()
                        + "' (several values mean code extension)");
                terms.set(i, extended);
            }
        }
    }

    private static Interpretation build(List<DefinedTerm> terms, boolean codeExtension, List<String> warnings) {
        DefinedTerm first = terms.get(0);
        GraphicSet g0 = first == null ? GraphicSet.ASCII : first.g0();
        GraphicSet g1 = first == null ? null : first.g1();
        List<GraphicSet> designatable = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (codeExtension) {
            designatable.add(g0);
            for (DefinedTerm t : terms) {
                if (t != null) {
                    addOnce(designatable, t.g0());
                    addOnce(designatable, t.g1());
                }
            }
        }
        for (DefinedTerm t : terms) {
            names.add(t == null ? "" : t.term());
        }
        String name = String.join("\\", names);
        return new Interpretation(new Iso2022Codec(g0, g1, designatable, codeExtension, name), List.copyOf(names),
                List.copyOf(warnings));
    }

    private static void addOnce(List<GraphicSet> sets, GraphicSet set) {
        if (set != null && !sets.contains(set)) {
            sets.add(set);
        }
    }
}
