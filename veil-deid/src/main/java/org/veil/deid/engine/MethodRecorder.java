package org.veil.deid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.dicom.Implementation;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;
import org.veil.profile.DeidentificationMethod;
import org.veil.profile.ProfileOption;

/**
 * Records what was done (PS3.15 E.1.1 item 6, E.2, E.3.6): Patient Identity Removed YES, De-identification Method,
 * De-identification Method Code Sequence with the CID 7050 codes of the profile and each applied option, and
 * Longitudinal Temporal Information Modified.
 *
 * <p>An input de-identified before (upstream) may carry its own codes, e.g. Retain Modified Dates. PS3.15 E.1.1
 * makes the sequence describe the data set as it is, and Veil's profile may just have removed what those options
 * kept (dates, private data), so the earlier items are replaced, not merged: the sequence lists exactly what Veil
 * applied. The history is not kept in the data set (no PS3.15 attribute records a chain of de-identifications with
 * codes); the change report records that the earlier codes were replaced ({@code docs/deid-engine.md}).
 */
final class MethodRecorder {

    private MethodRecorder() {
    }

    /**
     * @param applied the options whose effect was applied to this instance (the pixel options only when the pixels
     *                were cleaned)
     */
    static void record(Dataset ds, Set<ProfileOption> applied) {
        DatasetView v = DatasetView.of(ds);
        v.putString(Tags.PatientIdentityRemoved, VR.CS, "YES");
        v.putString(Tags.DeidentificationMethod, VR.LO, "Veil " + Implementation.VERSION_NAME + " PS3.15 Annex E");
        List<DeidentificationMethod> codes = new ArrayList<>();
        codes.add(DeidentificationMethod.BASIC_PROFILE);
        for (ProfileOption o : applied) {
            codes.add(o.method());
        }
        codeSequence(ds, codes);
        String temporal = applied.contains(ProfileOption.RETAIN_LONG_FULL_DATES) ? "UNMODIFIED"
                : applied.contains(ProfileOption.RETAIN_LONG_MODIFIED_DATES) ? "MODIFIED" : "REMOVED";
        v.putString(Tags.LongitudinalTemporalInformationModified, VR.CS, temporal);
    }

    private static void codeSequence(Dataset ds, List<DeidentificationMethod> codes) {
        Sequence seq = new Sequence(ds);
        List<Integer> present = new ArrayList<>();
        for (DeidentificationMethod m : codes) {
            if (present.contains(m.codeValue())) {
                continue;
            }
            present.add(m.codeValue());
            Dataset item = seq.addItem();
            DatasetView iv = DatasetView.of(item);
            iv.putString(Tags.CodeValue, VR.SH, Integer.toString(m.codeValue()));
            iv.putString(Tags.CodingSchemeDesignator, VR.SH, DeidentificationMethod.CODING_SCHEME);
            iv.putString(Tags.CodeMeaning, VR.LO, m.codeMeaning());
        }
        ds.put(DataElement.of(Tags.DeidentificationMethodCodeSequence, VR.SQ, seq));
    }

    /** True when the input carries a method code sequence of its own (an earlier de-identification). */
    static boolean hasEarlierCodes(Dataset ds) {
        DataElement old = ds.get(Tags.DeidentificationMethodCodeSequence);
        return old != null && old.sequence() != null && old.sequence().size() > 0;
    }
}
