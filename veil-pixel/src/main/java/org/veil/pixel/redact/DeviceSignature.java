package org.veil.pixel.redact;

import java.util.Map;
import java.util.Objects;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

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
 * @param attributes       further top-level attributes by tag, e.g. Series Description or Burned In Annotation; all
 *                         must match
 */
public record DeviceSignature(FieldMatch manufacturer, FieldMatch modelName, FieldMatch softwareVersions,
                              FieldMatch sopClassUid, FieldMatch modality, Integer rows, Integer columns,
                              Map<Integer, FieldMatch> attributes) {

    /** Matches every image. */
    public static final DeviceSignature ANY = new DeviceSignature(null, null, null, null, null, null, null);

    public DeviceSignature {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A signature on the device fields only. */
    public DeviceSignature(FieldMatch manufacturer, FieldMatch modelName, FieldMatch softwareVersions,
                           FieldMatch sopClassUid, FieldMatch modality, Integer rows, Integer columns) {
        this(manufacturer, modelName, softwareVersions, sopClassUid, modality, rows, columns, Map.of());
    }

    public boolean matches(Dataset ds) {
        DatasetView v = DatasetView.of(ds);
        boolean device = field(manufacturer, ds, v, Tags.Manufacturer)
                && field(modelName, ds, v, Tags.ManufacturerModelName)
                && field(softwareVersions, ds, v, Tags.SoftwareVersions)
                && field(sopClassUid, ds, v, Tags.SOPClassUID) && field(modality, ds, v, Tags.Modality)
                && number(rows, v, Tags.Rows) && number(columns, v, Tags.Columns);
        if (!device) {
            return false;
        }
        for (Map.Entry<Integer, FieldMatch> a : attributes.entrySet()) {
            if (!field(a.getValue(), ds, v, a.getKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean field(FieldMatch m, Dataset ds, DatasetView v, int tag) {
        if (m == null) {
            return true;
        }
        if (m == FieldMatch.Presence.ABSENT) {
            return !ds.contains(tag);
        }
        if (m == FieldMatch.Presence.EMPTY) {
            return ds.contains(tag) && java.util.Arrays.stream(v.strings(tag)).allMatch(String::isBlank);
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
