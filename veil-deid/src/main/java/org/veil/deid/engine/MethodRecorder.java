package org.veil.deid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.deid.profile.DeidentificationMethod;
import org.veil.deid.profile.ProfileOption;
import org.veil.dicom.Implementation;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;

/**
 * Records what was done (PS3.15 E.1.1 item 6, E.2, E.3.6): Patient Identity Removed YES, De-identification Method,
 * De-identification Method Code Sequence with the CID 7050 codes of the profile and each applied option (codes
 * already present from an earlier de-identification are kept), and Longitudinal Temporal Information Modified.
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
        DataElement old = ds.get(METHOD_CODE_SEQUENCE);
        Sequence seq = new Sequence(ds);
        List<String> present = new ArrayList<>();
        if (old != null && old.sequence() != null) {
            for (Dataset item : old.sequence()) {
                seq.add(item);
                present.add(DatasetView.of(item).string(CODE_VALUE) + "|" + DatasetView.of(item).string(CODING_SCHEME));
            }
        }
        for (DeidentificationMethod m : codes) {
            String key = m.codeValue() + "|" + DeidentificationMethod.CODING_SCHEME;
            if (present.contains(key)) {
                continue;
            }
            Dataset item = seq.addItem();
            DatasetView iv = DatasetView.of(item);
            iv.putString(CODE_VALUE, VR.SH, Integer.toString(m.codeValue()));
            iv.putString(CODING_SCHEME, VR.SH, DeidentificationMethod.CODING_SCHEME);
            iv.putString(CODE_MEANING, VR.LO, m.codeMeaning());
        }
        ds.put(DataElement.of(METHOD_CODE_SEQUENCE, VR.SQ, seq));
    }
}
