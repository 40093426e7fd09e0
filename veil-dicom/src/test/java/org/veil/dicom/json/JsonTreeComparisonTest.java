package org.veil.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cross-check's comparison finds real differences and forgives only what a tolerance names. */
class JsonTreeComparisonTest {

    private static JsonNode tree(String json) throws IOException {
        return ReferenceJson.MAPPER.readTree(json.replace('\'', '"'));
    }

    private static JsonTreeComparison compare(ReferenceJson.Source source, String veil, String ref, List<String> out)
            throws IOException {
        JsonTreeComparison c = new JsonTreeComparison(source);
        out.addAll(c.compare(tree(veil), tree(ref)));
        return c;
    }

    @Test
    void compare_differentValuesVrsAndTags_areMismatches() throws IOException {
        List<String> out = new java.util.ArrayList<>();
        JsonTreeComparison c = compare(ReferenceJson.Source.DCM2JSON,
                "{'00080060':{'vr':'CS','Value':['CT']},'00100010':{'vr':'PN'},'00280010':{'vr':'US','Value':[512]},"
                        + "'00081115':{'vr':'SQ','Value':[{'00080070':{'vr':'LO','Value':['A']}}]}}",
                "{'00080060':{'vr':'CS','Value':['MR']},'00100010':{'vr':'LO'},'00280011':{'vr':'US','Value':[512]},"
                        + "'00081115':{'vr':'SQ','Value':[{'00080070':{'vr':'LO','Value':['B']}}]}}", out);
        assertEquals(List.of("00080060#1: CS \"CT\" vs \"MR\"", "00081115[0]/00080070#1: LO \"A\" vs \"B\"",
                "00100010: VR PN vs LO", "00280010: only in Veil (US)", "00280011: only in DCM2JSON (US)"), out);
        // on both sides, at any depth: 00080060, 00081115, its item's 00080070, 00100010; one-sided tags do not count
        assertEquals(4, c.elements());
    }

    @Test
    void compare_numbersAndBinary_forgivenOnlyWhenEqualInMeaning() throws IOException {
        List<String> out = new java.util.ArrayList<>();
        JsonTreeComparison c = compare(ReferenceJson.Source.DCM2JSON,
                "{'00271041':{'vr':'FL','Value':[-77.20406,1.5]},'7FE00010':{'vr':'OB','InlineBinary':'AQID'},"
                        + "'00281050':{'vr':'DS','Value':[40]}}",
                "{'00271041':{'vr':'FL','Value':[-77.2040634,1.6]},'7FE00010':{'vr':'OB','InlineBinary':'AQIDAA=='},"
                        + "'00281050':{'vr':'DS','Value':[40.0001]}}", out);
        assertEquals(List.of("00271041#2: FL 1.5 vs 1.6", "00281050#1: DS 40 vs 40.0001"), out);
        assertEquals(Map.of(Tolerance.NUMBER_FORMAT, 1, Tolerance.ODD_LENGTH_PADDING, 1), c.applied());
    }

    @Test
    void compare_pydicomOnlyTolerances_notAppliedToDcm2json() throws IOException {
        String veil = "{'00080008':{'vr':'CS','Value':['A',null]},'00080000':{'vr':'UL','Value':[4]}}";
        String ref = "{'00080008':{'vr':'CS','Value':['A','']},'00080000':{'vr':'UL','Value':[4]}}";
        List<String> fromDcmtk = new java.util.ArrayList<>();
        compare(ReferenceJson.Source.DCM2JSON, veil, ref, fromDcmtk);
        assertEquals(List.of("00080008#2: CS null vs \"\""), fromDcmtk);
        List<String> fromPydicom = new java.util.ArrayList<>();
        JsonTreeComparison c = compare(ReferenceJson.Source.PYDICOM, veil, ref, fromPydicom);
        assertEquals(List.of(), fromPydicom);
        assertEquals(Map.of(Tolerance.PYDICOM_EMPTY_STRING, 1), c.applied());
    }
}
