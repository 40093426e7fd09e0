package org.veil.text;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.DatasetVisitor;
import org.veil.dicom.data.DatasetWalker;
import org.veil.dicom.data.TreeLevel;
import org.veil.dicom.dict.Tags;
import org.veil.profile.IdentifyingConcepts;

/**
 * The identifying values of one data set, at any depth: every person name (any PN attribute, all its values and
 * character-set groups), identifiers (patient IDs, accession numbers, study and procedure IDs, order numbers),
 * institution and department names, and other identifying values (addresses, telephone numbers, station names,
 * device serial numbers, and the text of SR observer and subject context items that name a device, organization,
 * subject or specimen). Which attributes count, and as what, is derived from PS3.15 Table E.1-1 by
 * {@link IdentifyingAttributes}.
 */
final class DatasetIdentifiers {

    enum Kind { NAME, IDENTIFIER, INSTITUTION, OTHER }

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
        Kind kind = e.vr() == VR.PN ? Kind.NAME : IdentifyingAttributes.kind(e.tag());
        if (kind == null && e.tag() == Tags.TextValue && IdentifyingConcepts.identifying(conceptOf(ds))) {
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
            if (at.depth() == 0 && (e.tag() == Tags.PatientName || e.tag() == Tags.PatientID)) {
                patientOwn.add(value);
            }
        }
    }

    /** "scheme:value" of the item's Concept Name Code Sequence, or null. */
    static String conceptOf(Dataset item) {
        DataElement seq = item.get(Tags.ConceptNameCodeSequence);
        if (seq == null || !seq.isSequence() || seq.sequence().isEmpty()) {
            return null;
        }
        DatasetView code = DatasetView.of(seq.sequence().get(0));
        return code.string(Tags.CodingSchemeDesignator) + ":" + code.string(Tags.CodeValue);
    }
}
