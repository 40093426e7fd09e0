package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;

/**
 * A generated multi-series study whose instances reference each other the ways real archives do: Referenced Image
 * Sequence, Source Image Sequence and Referenced Series Sequence between CT images, an RT Structure Set's contour
 * image references (Referenced Frame of Reference > RT Referenced Study > RT Referenced Series > Contour Image), and an
 * SR's evidence sequence and IMAGE content items. After de-identification every referenced SOP Instance, Series,
 * Study and Frame of Reference UID resolves to an output instance, and no original UID is left anywhere.
 */
class CrossReferenceTest {
    private static final ProjectKey KEY = ProjectKey.of(new byte[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2,
        3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String RTSTRUCT = "1.2.840.10008.5.1.4.1.1.481.3";
    private static final String SR = "1.2.840.10008.5.1.4.1.1.88.33";
    private static final String STUDY = "1.2.826.0.1.3680043.2.1125.1.1";
    private static final String FOR = "1.2.826.0.1.3680043.2.1125.1.9";
    private static final String SERIES_A = STUDY + ".10";
    private static final String SERIES_B = STUDY + ".20";
    private static final int SOP_CLASS = 0x00080016;
    private static final int SOP_INSTANCE = 0x00080018;
    private static final int REF_SOP_CLASS = 0x00081150;
    private static final int REF_SOP_INSTANCE = 0x00081155;
    private static final int STUDY_UID = 0x0020000D;
    private static final int SERIES_UID = 0x0020000E;
    private static final int FOR_UID = 0x00200052;

    private static Dataset instance(String sopClass, String sop, String series, String modality) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(SOP_CLASS, VR.UI, sopClass);
        v.putString(SOP_INSTANCE, VR.UI, sop);
        v.putString(0x00080060, VR.CS, modality);
        v.putString(0x00100010, VR.PN, "DOE^JANE");
        v.putString(0x00100020, VR.LO, "PID-77");
        v.putString(STUDY_UID, VR.UI, STUDY);
        v.putString(SERIES_UID, VR.UI, series);
        v.putString(FOR_UID, VR.UI, FOR);
        return ds;
    }

    private static Dataset item(Sequence seq) {
        return seq.addItem();
    }

    private static Sequence sequence(Dataset owner, int tag) {
        Sequence s = new Sequence(owner);
        owner.put(DataElement.of(tag, VR.SQ, s));
        return s;
    }

    private static void sopRef(Dataset item, String sopClass, String sop) {
        DatasetView.of(item).putString(REF_SOP_CLASS, VR.UI, sopClass);
        DatasetView.of(item).putString(REF_SOP_INSTANCE, VR.UI, sop);
    }

    private static List<Dataset> study() {
        List<Dataset> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Dataset ct = instance(CT, SERIES_A + "." + i, SERIES_A, "CT");
            if (i > 1) {
                sopRef(item(sequence(ct, 0x00081140)), CT, SERIES_A + "." + (i - 1)); // Referenced Image Sequence
            }
            all.add(ct);
        }
        Dataset derived = instance(CT, SERIES_B + ".1", SERIES_B, "CT");
        sopRef(item(sequence(derived, 0x00082112)), CT, SERIES_A + ".2"); // Source Image Sequence
        Dataset refSeries = item(sequence(derived, 0x00081115)); // Referenced Series Sequence
        DatasetView.of(refSeries).putString(SERIES_UID, VR.UI, SERIES_A);
        sopRef(item(sequence(refSeries, 0x00081199)), CT, SERIES_A + ".3");
        all.add(derived);

        Dataset rt = instance(RTSTRUCT, STUDY + ".30.1", STUDY + ".30", "RTSTRUCT");
        Dataset frame = item(sequence(rt, 0x30060010)); // Referenced Frame of Reference Sequence
        DatasetView.of(frame).putString(FOR_UID, VR.UI, FOR);
        Dataset rtStudy = item(sequence(frame, 0x30060012)); // RT Referenced Study Sequence
        sopRef(rtStudy, "1.2.840.10008.3.1.2.3.1", STUDY);
        Dataset rtSeries = item(sequence(rtStudy, 0x30060014)); // RT Referenced Series Sequence
        DatasetView.of(rtSeries).putString(SERIES_UID, VR.UI, SERIES_A);
        Sequence contourImages = sequence(rtSeries, 0x30060016); // Contour Image Sequence
        for (int i = 1; i <= 3; i++) {
            sopRef(item(contourImages), CT, SERIES_A + "." + i);
        }
        Dataset roi = item(sequence(rt, 0x30060020)); // Structure Set ROI Sequence
        DatasetView.of(roi).putString(0x30060024, VR.UI, FOR); // Referenced Frame of Reference UID
        all.add(rt);

        Dataset sr = instance(SR, STUDY + ".40.1", STUDY + ".40", "SR");
        Dataset evidence = item(sequence(sr, 0x0040A375)); // Current Requested Procedure Evidence Sequence
        DatasetView.of(evidence).putString(STUDY_UID, VR.UI, STUDY);
        Dataset evSeries = item(sequence(evidence, 0x00081115));
        DatasetView.of(evSeries).putString(SERIES_UID, VR.UI, SERIES_B);
        sopRef(item(sequence(evSeries, 0x00081199)), CT, SERIES_B + ".1");
        Dataset content = item(sequence(sr, 0x0040A730)); // Content Sequence, IMAGE item
        DatasetView.of(content).putString(0x0040A040, VR.CS, "IMAGE");
        sopRef(item(sequence(content, 0x00081199)), CT, SERIES_B + ".1");
        all.add(sr);
        return all;
    }

    @Test
    void deidentify_crossReferencedStudy_everyReferenceResolvesToAnOutput() throws Exception {
        List<Dataset> study = study();
        Set<String> originals = new HashSet<>();
        for (Dataset ds : study) {
            collect(ds, originals, true);
        }
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(KEY).build());
        for (Dataset ds : study) {
            deid.deidentify(ds);
        }
        Set<String> instances = new HashSet<>();
        Set<String> series = new HashSet<>();
        Set<String> studies = new HashSet<>();
        Set<String> frames = new HashSet<>();
        for (Dataset ds : study) {
            DatasetView v = DatasetView.of(ds);
            instances.add(v.string(SOP_INSTANCE));
            series.add(v.string(SERIES_UID));
            studies.add(v.string(STUDY_UID));
            frames.add(v.string(FOR_UID));
        }
        assertEquals(1, studies.size());
        assertEquals(1, frames.size());
        int references = 0;
        for (Dataset ds : study) {
            references += check(ds, instances, series, studies, frames, false);
            Set<String> left = new HashSet<>();
            collect(ds, left, false);
            left.retainAll(originals);
            assertTrue(left.isEmpty(), "original UIDs left: " + left);
        }
        assertEquals(16, references, "references checked (none dropped)");
    }

    /** Checks every reference nested in sequences; returns how many were checked. */
    private static int check(Dataset ds, Set<String> instances, Set<String> series, Set<String> studies,
                             Set<String> frames, boolean nested) {
        int n = 0;
        DatasetView v = DatasetView.of(ds);
        if (nested) {
            n += resolves(v.string(REF_SOP_INSTANCE), instances, studies, "Referenced SOP Instance UID");
            n += resolves(v.string(SERIES_UID), series, Set.of(), "Series Instance UID");
            n += resolves(v.string(STUDY_UID), studies, Set.of(), "Study Instance UID");
            n += resolves(v.string(FOR_UID), frames, Set.of(), "Frame of Reference UID");
        }
        n += resolves(v.string(0x30060024), frames, Set.of(), "Referenced Frame of Reference UID");
        for (DataElement e : ds) {
            if (e.isSequence()) {
                for (Dataset item : e.sequence()) {
                    n += check(item, instances, series, studies, frames, true);
                }
            }
        }
        return n;
    }

    private static int resolves(String uid, Set<String> targets, Set<String> alsoAllowed, String what) {
        if (uid == null) {
            return 0;
        }
        assertTrue(targets.contains(uid) || alsoAllowed.contains(uid), what + " " + uid + " resolves to no output");
        return 1;
    }

    private static void collect(Dataset ds, Set<String> uids, boolean original) {
        for (DataElement e : ds) {
            if (e.isSequence()) {
                for (Dataset item : e.sequence()) {
                    collect(item, uids, original);
                }
            } else if (e.vr() == VR.UI && e.tag() != SOP_CLASS && e.tag() != REF_SOP_CLASS) {
                String s = DatasetView.of(ds).string(e.tag());
                if (s != null && !s.startsWith("1.2.840.10008.")) {
                    uids.add(s);
                }
            }
        }
        assertFalse(original && uids.isEmpty());
    }
}
