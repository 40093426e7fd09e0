package org.veil.deid.engine;

import java.nio.charset.StandardCharsets;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Sequence;

/** A valid, non-empty input value for each VR, for table-driven tests. */
final class SampleValues {
    static final int CODE_VALUE = 0x00080100;

    private SampleValues() {
    }

    static String text(VR vr) {
        switch (vr) {
            case AE: return "STATION01";
            case AS: return "045Y";
            case CS: return "VALUE";
            case DA: return "20210315";
            case DT: return "20210315101010";
            case TM: return "101010";
            case DS: return "1.5";
            case IS: return "7";
            case PN: return "DOE^JOHN";
            case UI: return "1.2.3.4.5";
            case UR: return "http://example.org/x";
            default: return "Text for ABC";
        }
    }

    static DataElement element(int tag, VR vr, Dataset owner) {
        if (vr == VR.SQ) {
            Sequence seq = new Sequence(owner);
            Dataset item = seq.addItem();
            item.put(DataElement.of(CODE_VALUE, VR.SH, AsciiValues.encode("X1", VR.SH)));
            return DataElement.of(tag, vr, seq);
        }
        if (vr.isString()) {
            byte[] b = text(vr).getBytes(StandardCharsets.US_ASCII);
            if ((b.length & 1) == 1) {
                b = java.util.Arrays.copyOf(b, b.length + 1);
                b[b.length - 1] = vr.paddingByte();
            }
            return DataElement.of(tag, vr, b);
        }
        int unit = vr.kind() == VR.Kind.BINARY ? vr.maxLength() : Math.max(2, vr.swapUnit());
        byte[] b = new byte[unit * 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i + 1);
        }
        return DataElement.of(tag, vr, b);
    }
}
