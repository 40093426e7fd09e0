package org.veil.pixel.redact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Sets Lossy Image Compression (0028,2110) to 01 and makes sure Lossy Image Compression Method (0028,2114) names the
 * method of the lossy source, appending it with the ratio measured on the source (native bytes over coded bytes, in
 * Lossy Image Compression Ratio (0028,2112)) when it is missing. Earlier methods listed without a ratio get an
 * empty (unknown) value, so that the two attributes stay aligned.
 */
final class LossyMarks {
    private LossyMarks() {
    }

    /** Native bytes over coded bytes as a DS value ("12.34"); "1" when nothing was coded. */
    static String ratio(long nativeBytes, long codedBytes) {
        if (codedBytes <= 0 || nativeBytes <= 0) {
            return "1";
        }
        return new BigDecimal(nativeBytes).divide(new BigDecimal(codedBytes), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static void mark(Dataset ds, TransferSyntax source, String ratio) {
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.LossyImageCompression, VR.CS, "01");
        String method = method(source);
        List<String> methods = new ArrayList<>(Arrays.asList(v.strings(Tags.LossyImageCompressionMethod)));
        if (method == null || methods.contains(method)) {
            return;
        }
        List<String> ratios = new ArrayList<>(Arrays.asList(v.strings(Tags.LossyImageCompressionRatio)));
        if (ratios.size() > methods.size()) {
            ratios = new ArrayList<>(ratios.subList(0, methods.size())); // ratios without a method: ours replaces them
        }
        while (ratios.size() < methods.size()) {
            ratios.add("");
        }
        methods.add(method);
        ratios.add(ratio);
        v.putString(Tags.LossyImageCompressionMethod, VR.CS, String.join("\\", methods));
        v.putString(Tags.LossyImageCompressionRatio, VR.DS, String.join("\\", ratios));
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
