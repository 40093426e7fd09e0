package org.veil.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.testkit.Tool;

/**
 * Every code of every graphic set, decoded by Veil's tables (built from the JDK charsets) and by the Python codecs
 * that pydicom uses: the tables must agree except where listed and explained.
 */
class GraphicSetTablesTest {

    @Test
    void decode_everyCode_equalsPythonCodecs() {
        Map<GraphicSet, Integer> assigned = new EnumMap<>(GraphicSet.class);
        List<String> differences = new ArrayList<>();
        for (String line : pythonTables()) {
            String[] f = line.split("\t");
            GraphicSet set = GraphicSet.valueOf(f[0]);
            int code = Integer.parseInt(f[1], 16);
            int python = f[2].equals("-") ? -1 : Integer.parseInt(f[2], 16);
            int veil = set.doubleByte() ? set.decodePair(code >> 8, code & 0xFF) : set.decodeByte(code);
            if (veil >= 0) {
                assigned.merge(set, 1, Integer::sum);
            }
            if (veil != python) {
                differences.add(String.format(Locale.ROOT, "%s %s: Python %s, Veil %s", set, f[1], show(python),
                        show(veil)));
            }
        }
        assertEquals(KNOWN_DIFFERENCES, differences);
        assertEquals(6879, assigned.get(GraphicSet.JIS_X0208));
        assertEquals(8227, assigned.get(GraphicSet.KS_X1001));
        assertEquals(7445, assigned.get(GraphicSet.GB2312));
    }

    @Test
    void encode_everyAssignedCharacter_givesCodeThatDecodesToIt() {
        for (GraphicSet set : GraphicSet.values()) {
            for (char c : set.repertoire().toCharArray()) {
                int code = set.encode(c);
                int back = set.asciiLike() ? code
                        : set.doubleByte() ? set.decodePair(code >> 8, code & 0xFF) : set.decodeByte(code);
                assertEquals(c, back, set + " U+" + Integer.toHexString(c));
            }
        }
    }

    /**
     * Where the JDK tables (Veil) and the Python codecs (pydicom) differ, four codes out of 36,496:
     * <ul>
     * <li>JIS X 0208 01/29 (0x213D), the dash: U+2014 EM DASH in the JDK, as in JIS X 0221 and the Microsoft
     * tables; U+2015 HORIZONTAL BAR in Python, from the withdrawn Unicode JIS0208.TXT. The bytes are the same either
     * way; Veil keeps the JDK's character and does not encode U+2015.</li>
     * <li>JIS X 0212 02/23 (0x2237), the tilde: U+FF5E FULLWIDTH TILDE in the JDK, U+007E TILDE in Python. A
     * double-byte character decoded as an ASCII one would re-encode as ASCII; the JDK's choice keeps the bytes.</li>
     * <li>KS X 1001 02/72 (0x2268), U+327E CIRCLED HANGUL IEUNG U, added in KS X 1001:2002, and KS X 1001 04/52
     * (0x2454), U+3164 HANGUL FILLER: known to the JDK, unassigned in Python (which then decodes them as U+FFFD
     * with a warning).</li>
     * </ul>
     */
    private static final List<String> KNOWN_DIFFERENCES = List.of(
            "JIS_X0208 213D: Python U+2015, Veil U+2014",
            "JIS_X0212 2237: Python U+007E, Veil U+FF5E",
            "KS_X1001 2268: Python none, Veil U+327E",
            "KS_X1001 2454: Python none, Veil U+3164");

    private static String show(int cp) {
        return cp < 0 ? "none" : String.format(Locale.ROOT, "U+%04X", cp);
    }

    private static List<String> pythonTables() {
        Tool.require("python3");
        try {
            Path script = Path.of(GraphicSetTablesTest.class.getResource("python_code_tables.py").toURI());
            String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
            Tool.Result result = Tool.run(Duration.ofMinutes(2), python, script.toString());
            if (!result.ok()) {
                throw new IllegalStateException("python_code_tables.py failed: " + result.stderr());
            }
            return List.of(result.stdout().split("\n"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
