package org.veil.deid.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.DatasetView;

/** Builds replacement elements from text, encoded in the data set's character set and padded per VR. */
final class ElementValues {
    private ElementValues() {
    }

    static DataElement text(DataElement original, String text, ElementScope scope) {
        VR vr = original.vr() == VR.UN ? VR.LO : original.vr();
        byte[] raw = vr.usesCharacterSet() ? scope.view().characterSet().encode(text, vr)
                : text.getBytes(StandardCharsets.US_ASCII);
        if ((raw.length & 1) == 1) {
            raw = Arrays.copyOf(raw, raw.length + 1);
            raw[raw.length - 1] = vr.paddingByte();
        }
        return DataElement.of(original.tag(), original.vr(), raw);
    }

    static DataElement empty(DataElement original) {
        return DataElement.of(original.tag(), original.vr(), new byte[0]);
    }

    /** The decoded text of a string element (all values, backslash separated), or null when not a string. */
    static String read(DataElement e, ElementScope scope) {
        if (e.bytes() == null || !(e.vr().isString() || e.vr() == VR.UN)) {
            return null;
        }
        if (e.vr() == VR.UN) {
            byte[] b = e.bytes();
            int n = b.length;
            while (n > 0 && (b[n - 1] == 0 || b[n - 1] == ' ')) {
                n--;
            }
            return new String(b, 0, n, StandardCharsets.ISO_8859_1);
        }
        return DatasetView.of(scope.dataset()).text(e.tag());
    }

    /** Applies {@code f} to each backslash-separated value. */
    static String eachValue(String text, java.util.function.UnaryOperator<String> f) {
        String[] parts = text.split("\\\\", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].isEmpty() ? "" : f.apply(parts[i].trim());
        }
        return String.join("\\", parts);
    }
}
