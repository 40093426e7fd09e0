package org.veil.deid.text;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.veil.deid.profile.IdentifyingConcepts;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.TreeLevel;

/**
 * The identifying values of one data set, at any depth: every person name (any PN attribute, all its values and
 * character-set groups), identifiers (patient IDs, accession numbers, study and procedure IDs, order numbers),
 * institution and department names, and other identifying values (addresses, telephone numbers, station names,
 * device serial numbers, and the text of SR observer and subject context items that name a device, organization,
 * subject or specimen). Hand-written lists, from PS3.15 Table E.1-1 rows that are not dates or UIDs.
 */
final class DatasetIdentifiers {

    enum Kind { NAME, IDENTIFIER, INSTITUTION, OTHER }

    private static final int PATIENT_NAME = 0x00100010;
    private static final int PATIENT_ID = 0x00100020;
    private static final int TEXT_VALUE = 0x0040A160;
    private static final int CONCEPT_NAME_CODE_SEQUENCE = 0x0040A043;
    private static final int CODE_VALUE = 0x00080100;
    private static final int CODING_SCHEME = 0x00080102;

    private static final Map<Integer, Kind> TAGS = Map.ofEntries(
            Map.entry(PATIENT_ID, Kind.IDENTIFIER),
            Map.entry(0x00101000, Kind.IDENTIFIER),   // Other Patient IDs
            Map.entry(0x00080050, Kind.IDENTIFIER),   // Accession Number
            Map.entry(0x00200010, Kind.IDENTIFIER),   // Study ID
            Map.entry(0x00380010, Kind.IDENTIFIER),   // Admission ID
            Map.entry(0x00401001, Kind.IDENTIFIER),   // Requested Procedure ID
            Map.entry(0x00400009, Kind.IDENTIFIER),   // Scheduled Procedure Step ID
            Map.entry(0x00400253, Kind.IDENTIFIER),   // Performed Procedure Step ID
            Map.entry(0x00101090, Kind.IDENTIFIER),   // Medical Record Locator
            Map.entry(0x00402016, Kind.IDENTIFIER),   // Placer Order Number / Imaging Service Request
            Map.entry(0x00402017, Kind.IDENTIFIER),   // Filler Order Number / Imaging Service Request
            Map.entry(0x00101050, Kind.IDENTIFIER),   // Insurance Plan Identification
            Map.entry(0x00080080, Kind.INSTITUTION),  // Institution Name
            Map.entry(0x00081040, Kind.INSTITUTION),  // Institutional Department Name
            Map.entry(0x0040A027, Kind.INSTITUTION),  // Verifying Organization
            Map.entry(0x00100021, Kind.OTHER),        // Issuer of Patient ID
            Map.entry(0x00080081, Kind.OTHER),        // Institution Address
            Map.entry(0x00080092, Kind.OTHER),        // Referring Physician's Address
            Map.entry(0x00080094, Kind.OTHER),        // Referring Physician's Telephone Numbers
            Map.entry(0x00101040, Kind.OTHER),        // Patient's Address
            Map.entry(0x00102154, Kind.OTHER),        // Patient's Telephone Numbers
            Map.entry(0x00081010, Kind.OTHER),        // Station Name
            Map.entry(0x00181000, Kind.OTHER),        // Device Serial Number
            Map.entry(0x00400010, Kind.OTHER),        // Scheduled Station Name
            Map.entry(0x00400242, Kind.OTHER),        // Performed Station Name
            Map.entry(0x00400243, Kind.OTHER),        // Performed Location
            Map.entry(0x00321020, Kind.OTHER),        // Scheduled Study Location
            Map.entry(0x00380300, Kind.OTHER),        // Current Patient Location
            Map.entry(0x00380400, Kind.OTHER));       // Patient's Institution Residence

    private final Map<Kind, Set<String>> values = Map.of(Kind.NAME, new LinkedHashSet<>(), Kind.IDENTIFIER,
            new LinkedHashSet<>(), Kind.INSTITUTION, new LinkedHashSet<>(), Kind.OTHER, new LinkedHashSet<>());
    private final Set<String> patientOwn = new LinkedHashSet<>();

    private DatasetIdentifiers() {
    }

    /** Collects the identifying values of {@code ds} and its items. */
    static DatasetIdentifiers of(Dataset ds) {
        DatasetIdentifiers ids = new DatasetIdentifiers();
        DatasetWalker.walk(ds, (DatasetVisitor<RuntimeException>) (e, at) -> {
            ids.collect(e, at);
            return DatasetVisitor.Descend.INTO_ITEMS;
        });
        return ids;
    }

    /** The values of one kind, in the order found, without duplicates. */
    Set<String> values(Kind kind) {
        return values.get(kind);
    }

    /** The patient's own name and ID values of the top-level data set (the pseudonymous ID replaces them). */
    Set<String> patientOwn() {
        return patientOwn;
    }

    /** One element of the walk over the data set and its items. */
    private void collect(DataElement e, TreeLevel at) {
        if (e.bytes() == null || e.bytes().length == 0 || !e.vr().isString()) {
            return;
        }
        Dataset ds = at.dataset();
        Kind kind = e.vr() == VR.PN ? Kind.NAME : TAGS.get(e.tag());
        if (kind == null && e.tag() == TEXT_VALUE && IdentifyingConcepts.identifying(conceptOf(ds))) {
            kind = Kind.OTHER;
        }
        if (kind == null) {
            return;
        }
        String text = DatasetView.of(ds).text(e.tag());
        if (text == null) {
            return;
        }
        boolean multi = e.vr().isMultiValuedString();
        for (String v : multi ? text.split("\\\\") : new String[] {text}) {
            String value = v.trim();
            if (value.isEmpty()) {
                continue;
            }
            values.get(kind).add(value);
            if (at.depth() == 0 && (e.tag() == PATIENT_NAME || e.tag() == PATIENT_ID)) {
                patientOwn.add(value);
            }
        }
    }

    /** "scheme:value" of the item's Concept Name Code Sequence, or null. */
    static String conceptOf(Dataset item) {
        DataElement seq = item.get(CONCEPT_NAME_CODE_SEQUENCE);
        if (seq == null || !seq.isSequence() || seq.sequence().isEmpty()) {
            return null;
        }
        DatasetView code = DatasetView.of(seq.sequence().get(0));
        return code.string(CODING_SCHEME) + ":" + code.string(CODE_VALUE);
    }
}
