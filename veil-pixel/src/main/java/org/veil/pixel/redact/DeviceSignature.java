package org.veil.pixel.redact;

import java.util.Objects;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/**
 * Which images a {@link RedactionRule} applies to. A null field is a wildcard; a non-null field must match the data set
 * (an absent attribute matches nothing).
 *
 * @param manufacturer     Manufacturer (0008,0070)
 * @param modelName        Manufacturer's Model Name (0008,1090)
 * @param softwareVersions Software Versions (0018,1020), any value
 * @param sopClassUid      SOP Class UID (0008,0016)
 * @param modality         Modality (0008,0060)
 * @param rows             Rows (0028,0010), or null
 * @param columns          Columns (0028,0011), or null
 */
public record DeviceSignature(FieldMatch manufacturer, FieldMatch modelName, FieldMatch softwareVersions,
                              FieldMatch sopClassUid, FieldMatch modality, Integer rows, Integer columns) {

    /** Matches every image. */
    public static final DeviceSignature ANY = new DeviceSignature(null, null, null, null, null, null, null);

    public boolean matches(Dataset ds) {
        DatasetView v = DatasetView.of(ds);
        return field(manufacturer, v, PixelTags.MANUFACTURER) && field(modelName, v, PixelTags.MODEL_NAME)
                && field(softwareVersions, v, PixelTags.SOFTWARE_VERSIONS)
                && field(sopClassUid, v, PixelTags.SOP_CLASS_UID) && field(modality, v, PixelTags.MODALITY)
                && number(rows, v, PixelTags.ROWS) && number(columns, v, PixelTags.COLUMNS);
    }

    private static boolean field(FieldMatch m, DatasetView v, int tag) {
        if (m == null) {
            return true;
        }
        for (String s : v.strings(tag)) {
            if (m.matches(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean number(Integer expected, DatasetView v, int tag) {
        return expected == null || Objects.equals((long) expected, v.number(tag, Long.MIN_VALUE));
    }
}
