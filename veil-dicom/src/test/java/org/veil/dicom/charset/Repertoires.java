package org.veil.dicom.charset;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Character pools for the property tests, taken from the graphic sets' tables. */
final class Repertoires {
    /** A Specific Character Set and the characters it must be able to encode. */
    record Repertoire(String value, List<Character> characters) {
        SpecificCharacterSet characterSet() {
            return SpecificCharacterSet.ofValue(value);
        }

        @Override
        public String toString() {
            return value + " (" + characters.size() + " characters)";
        }
    }

    static final List<Character> ASCII = chars(GraphicSet.ASCII.repertoire(), c -> true);
    static final List<Character> DELIMITERS = List.of('\\', '^', '=', '\r', '\n', '\t', '\f', ' ');

    private Repertoires() {
    }

    /** Every supported repertoire with a table: the single-byte sets alone and ISO 2022 combinations. */
    static List<Repertoire> tabled() {
        List<Repertoire> out = new ArrayList<>();
        String[][] single = {{"ISO_IR 100", "LATIN1"}, {"ISO_IR 101", "LATIN2"}, {"ISO_IR 109", "LATIN3"},
                {"ISO_IR 110", "LATIN4"}, {"ISO_IR 144", "CYRILLIC"}, {"ISO_IR 127", "ARABIC"},
                {"ISO_IR 126", "GREEK"}, {"ISO_IR 138", "HEBREW"}, {"ISO_IR 148", "LATIN5"},
                {"ISO_IR 203", "LATIN9"}, {"ISO_IR 166", "THAI"}, {"ISO_IR 13", "KATAKANA"}};
        for (String[] s : single) {
            out.add(new Repertoire(s[0], union(GraphicSet.valueOf(s[1]))));
            out.add(new Repertoire("ISO 2022 " + s[0].substring(4), union(GraphicSet.valueOf(s[1]))));
        }
        out.add(new Repertoire("\\ISO 2022 IR 87", union(GraphicSet.JIS_X0208)));
        out.add(new Repertoire("ISO 2022 IR 13\\ISO 2022 IR 87", union(GraphicSet.KATAKANA, GraphicSet.JIS_X0208)));
        out.add(new Repertoire("\\ISO 2022 IR 87\\ISO 2022 IR 159", union(GraphicSet.JIS_X0208, GraphicSet.JIS_X0212)));
        out.add(new Repertoire("\\ISO 2022 IR 149", union(GraphicSet.KS_X1001)));
        out.add(new Repertoire("\\ISO 2022 IR 58", union(GraphicSet.GB2312)));
        out.add(new Repertoire("ISO 2022 IR 100\\ISO 2022 IR 149", union(GraphicSet.LATIN1, GraphicSet.KS_X1001)));
        out.add(new Repertoire("ISO 2022 IR 144\\ISO 2022 IR 126\\ISO 2022 IR 138",
                union(GraphicSet.CYRILLIC, GraphicSet.GREEK, GraphicSet.HEBREW)));
        out.add(new Repertoire("ISO 2022 IR 13\\ISO 2022 IR 87\\ISO 2022 IR 149",
                union(GraphicSet.KATAKANA, GraphicSet.JIS_X0208, GraphicSet.KS_X1001)));
        return out;
    }

    /** The BMP characters of GBK that the JDK encodes and decodes back to themselves. */
    static Repertoire gbk() {
        Charset gbk = Charset.forName("GBK");
        CharsetEncoder encoder = gbk.newEncoder();
        List<Character> chars = new ArrayList<>(ASCII);
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && encoder.canEncode(c)
                    && new String(String.valueOf(c).getBytes(gbk), gbk).equals(String.valueOf(c))) {
                chars.add(c);
            }
        }
        return new Repertoire("GBK", List.copyOf(chars));
    }

    static List<Character> union(GraphicSet... sets) {
        List<Character> chars = new ArrayList<>(ASCII);
        for (GraphicSet set : sets) {
            chars.addAll(chars(set.repertoire(), c -> c >= 0xA0));
        }
        return List.copyOf(chars);
    }

    /** The characters of a set that belong to a Unicode script. */
    static List<Character> script(GraphicSet set, UnicodeScript script) {
        return chars(set.repertoire(), c -> UnicodeScript.of(c) == script);
    }

    private static List<Character> chars(String s, IntPredicate keep) {
        List<Character> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            if (keep.test(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }
}
