package org.veil.pixel.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/**
 * Sets Lossy Image Compression (0028,2110) to 01 and makes sure Lossy Image Compression Method (0028,2114) names the
 * method of the lossy source, appending it (with an unknown ratio of 1 in (0028,2112)) when it is missing.
 */
final class LossyMarks {
    private LossyMarks() {
    }

    static void mark(Dataset ds, TransferSyntax source) {
        DatasetView v = DatasetView.of(ds);
        v.putString(PixelTags.LOSSY_IMAGE_COMPRESSION, VR.CS, "01");
        String method = method(source);
        List<String> methods = new ArrayList<>(Arrays.asList(v.strings(PixelTags.LOSSY_METHOD)));
        if (method == null || methods.contains(method)) {
            return;
        }
        List<String> ratios = new ArrayList<>(Arrays.asList(v.strings(PixelTags.LOSSY_RATIO)));
        while (ratios.size() < methods.size()) {
            ratios.add("1");
        }
        methods.add(method);
        ratios.add("1");
        v.putString(PixelTags.LOSSY_METHOD, VR.CS, String.join("\\", methods));
        v.putString(PixelTags.LOSSY_RATIO, VR.DS, String.join("\\", ratios));
    }

    private static String method(TransferSyntax ts) {
        return switch (ts.uid()) {
            case "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51" -> "ISO_10918_1";
            case "1.2.840.10008.1.2.4.81" -> "ISO_14495_1";
            case "1.2.840.10008.1.2.4.91" -> "ISO_15444_1";
            case "1.2.840.10008.1.2.4.203" -> "ISO_15444_15";
            default -> null;
        };
    }
}
