package org.veil.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.testkit.Tool;

/**
 * Where pydicom 2.3 is wrong and Veil follows the standard. No corpus file hits these cases (the corpus decodes
 * identically, see {@link CharsetCorpusTest}); the byte strings here are built to show them.
 * <ul>
 * <li>pydicom splits values at every 05/12 byte and PN component groups at every 03/13 byte before decoding. PS3.5
 * 6.1.2.3 Note 3: "Only the character that encodes as a single byte valued 05/12 is a delimiter", and PS3.5 6.2.1.2
 * takes "^" and "=" from the character set of value 1. A JIS X 0208 pair such as 24 5C (ぼ) or 3B 3D (蚕), or a
 * GB18030 pair such as 81 5C (乗), holds such bytes without being a delimiter.</li>
 * <li>pydicom writes GB 2312 for ISO 2022 IR 58 without the designation ESC $ ) A, which PS3.5 6.1.2.5.3 requires
 * before the first GB 2312 character of each component (PS3.5 K.2 prints it).</li>
 * </ul>
 */
class PydicomDisagreementTest {
    private static final String SCRIPT = String.join("\n",
            "import sys, warnings",
            "warnings.simplefilter('ignore')",
            "from pydicom.charset import convert_encodings",
            "from pydicom.values import convert_PN, convert_text",
            "from pydicom.valuerep import PersonName",
            "def show(v):",
            "    return '\\\\'.join(str(x) for x in v) if isinstance(v, list) or hasattr(v, 'append') else str(v)",
            "for arg in sys.argv[1:]:",
            "    op, cs, data = arg.split(':')",
            "    enc = convert_encodings(cs.split('/'))",
            "    if op == 'PN':",
            "        out = show(convert_PN(bytes.fromhex(data), enc)).encode('utf-8')",
            "    elif op == 'LO':",
            "        out = show(convert_text(bytes.fromhex(data), enc, 'LO')).encode('utf-8')",
            "    else:",
            "        out = PersonName(bytes.fromhex(data).decode('utf-8')).encode(enc)",
            "    print(out.hex())");

    @Test
    void decode_doubleBytePairsHoldingDelimiterBytes_veilKeepsCharactersPydicomSplits() {
        String satoKaiko = "Sato=\u8695\u7530";
        String satoKaikoBytes = "53 61 74 6F 3D 1B 24 42 3B 3D 45 44 1B 28 42";
        String bo = "\u307C";
        String boBytes = "1B 24 42 24 5C 1B 28 42";
        String jou = "\u4E57";
        String jouBytes = "81 5C";
        List<String> pydicom = pydicom("PN:/ISO 2022 IR 87:" + hex(satoKaikoBytes),
                "LO:/ISO 2022 IR 87:" + hex(boBytes), "LO:GB18030:" + hex(jouBytes));

        assertEquals(satoKaiko, SpecificCharacterSet.of("", "ISO 2022 IR 87").decode(Hex.bytes(satoKaikoBytes), VR.PN));
        assertEquals("Sato=\\u001B$B;=ED", Hex.escaped(utf8(pydicom.get(0))));

        assertEquals(bo, SpecificCharacterSet.of("", "ISO 2022 IR 87").decode(Hex.bytes(boBytes), VR.LO));
        assertEquals("\\u001B$B$\\", Hex.escaped(utf8(pydicom.get(1))));

        assertEquals(jou, SpecificCharacterSet.of("GB18030").decode(Hex.bytes(jouBytes), VR.LO));
        assertEquals("\\uFFFD\\", Hex.escaped(utf8(pydicom.get(2))));
    }

    @Test
    void encode_isoIr58_veilDesignatesGb2312PydicomDoesNot() {
        String text = "Zhang^XiaoDong=\u5F20^\u5C0F\u4E1C";
        List<String> pydicom = pydicom("ENCODE:/ISO 2022 IR 58:" + HexFormat.of().formatHex(
                text.getBytes(StandardCharsets.UTF_8)));

        assertEquals("5A 68 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D D5 C5 5E D0 A1 B6 AB",
                Hex.of(HexFormat.of().parseHex(pydicom.get(0))));
        assertEquals("5A 68 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D 1B 24 29 41 D5 C5 5E 1B 24 29 41 D0 A1 B6 AB",
                Hex.of(SpecificCharacterSet.of("", "ISO 2022 IR 58").encode(text, VR.PN)));
    }

    private static String hex(String spaced) {
        return spaced.replace(" ", "");
    }

    private static String utf8(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }

    private static List<String> pydicom(String... cases) {
        List<String> command = new ArrayList<>(List.of(PydicomOracle.python(), "-c", SCRIPT));
        command.addAll(List.of(cases));
        Tool.Result result = Tool.run(Duration.ofSeconds(60), command);
        assertEquals(0, result.exitCode(), result.stderr());
        return List.of(result.stdout().strip().split("\n"));
    }
}
