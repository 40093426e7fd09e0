package org.veil.deid.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.DeidResult;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.profile.ProfileOption;

/**
 * Issue 13 item 4: an input de-identified upstream kept its own (0012,0064) items (e.g. 113107 Retain Modified Dates)
 * after Veil removed the dates and the private data, so the output claimed options no longer true. The sequence must
 * list exactly what Veil applied; the replacement is recorded in the change report.
 */
@Tag("regression")
class MethodCodesDescribeResultTest {
    private static final int METHOD_CODES = 0x00120064;

    @Test
    void upstreamMethodCodes_replacedByWhatVeilApplied() throws Exception {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        v.putString(0x00080018, VR.UI, "1.2.9.1");
        v.putString(0x00080020, VR.DA, "20230415");
        v.putString(0x00120062, VR.CS, "YES");
        Sequence seq = new Sequence(ds);
        for (String code : List.of("113100", "113107", "113111")) {
            Dataset item = seq.addItem();
            DatasetView.of(item).putString(0x00080100, VR.SH, code);
            DatasetView.of(item).putString(0x00080102, VR.SH, "DCM");
            DatasetView.of(item).putString(0x00080104, VR.LO, "upstream");
        }
        ds.put(DataElement.of(METHOD_CODES, VR.SQ, seq));
        DeidResult r = new Deidentifier(DeidConfig.builder().option(ProfileOption.RETAIN_UIDS).build())
                .deidentify(ds);
        assertEquals(List.of("113100", "113110"), codes(ds), "Basic Profile and Retain UIDs only");
        assertTrue(r.changes().stream().anyMatch(c -> c.action().equals("replaced")
                && c.path().toString().contains("(0012,0064)")), "the replacement is reported");
    }

    private static List<String> codes(Dataset ds) {
        List<String> out = new ArrayList<>();
        for (Dataset item : ds.get(METHOD_CODES).sequence()) {
            out.add(DatasetView.of(item).string(0x00080100));
        }
        return out;
    }
}
