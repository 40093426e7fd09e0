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
    static final int PATIENT_IDENTITY_REMOVED = 0x00120062;
    static final int DEIDENTIFICATION_METHOD = 0x00120063;
    static final int METHOD_CODE_SEQUENCE = 0x00120064;
    static final int LONGITUDINAL_TEMPORAL_MODIFIED = 0x00280303;
    private static final int CODE_VALUE = 0x00080100;
    private static final int CODING_SCHEME = 0x00080102;
    private static final int CODE_MEANING = 0x00080104;

    private MethodRecorder() {
    }

    /**
     * @param applied the options whose effect was applied to this instance (the pixel options only when the pixels
     *                were cleaned)
     */
    static void record(Dataset ds, Set<ProfileOption> applied) {
        DatasetView v = DatasetView.of(ds);
        v.putString(PATIENT_IDENTITY_REMOVED, VR.CS, "YES");
        v.putString(DEIDENTIFICATION_METHOD, VR.LO, "Veil " + Implementation.VERSION_NAME + " PS3.15 Annex E");
        List<DeidentificationMethod> codes = new ArrayList<>();
        codes.add(DeidentificationMethod.BASIC_PROFILE);
        for (ProfileOption o : applied) {
            codes.add(o.method());
        }
        codeSequence(ds, codes);
        String temporal = applied.contains(ProfileOption.RETAIN_LONG_FULL_DATES) ? "UNMODIFIED"
                : applied.contains(ProfileOption.RETAIN_LONG_MODIFIED_DATES) ? "MODIFIED" : "REMOVED";
        v.putString(LONGITUDINAL_TEMPORAL_MODIFIED, VR.CS, temporal);
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
            iv.putString(CODE_VALUE, VR.SH, Integer.toString(m.codeValue()));
            iv.putString(CODING_SCHEME, VR.SH, DeidentificationMethod.CODING_SCHEME);
            iv.putString(CODE_MEANING, VR.LO, m.codeMeaning());
        }
        ds.put(DataElement.of(METHOD_CODE_SEQUENCE, VR.SQ, seq));
    }

    /** True when the input carries a method code sequence of its own (an earlier de-identification). */
    static boolean hasEarlierCodes(Dataset ds) {
        DataElement old = ds.get(METHOD_CODE_SEQUENCE);
        return old != null && old.sequence() != null && old.sequence().size() > 0;
    }
}
