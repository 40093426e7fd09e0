package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.text.SharedScrubber.scrub;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clinical text without identifiers comes out unchanged, eponyms and abbreviations included. */
class TextScrubberClinicalTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"CT CHEST W/O CONTRAST", "HEAD ROUTINE", "Parkinson disease follow-up", "T2 FLAIR AX",
            "Alzheimer", "Hodgkin", "Doppler", "Bosniak", "Gleason", "Wilms", "MR BRAIN WO CONTRAST", "DR CHEST PA LAT",
            "MS protocol brain", "PT shoulder", "XR C Spine Comp Min 4 Views", "SmartScore - Gated 0.5 sec",
            "t1_vibe_fs_tra_bh_dyn", "T1 MPRAGE SAG 1mm iso", "Abdomen 5.0 B30f", "ep2d_diff_3scan_trace_p2",
            "CT, HEAD/BRAIN WO CONTRAST", "abdomen^liver", "CBU^Neuroimaging", "Knee (R)", "Brain-MRA",
            "Baker's cyst", "Smith fracture of the distal radius", "Hill-Sachs lesion", "Wilson disease",
            "Graves disease with diffusely increased uptake", "Legg-Calve-Perthes disease", "Budd-Chiari syndrome",
            "Salter-Harris type II fracture", "Gleason 4+3, PI-RADS 5", "BI-RADS 2 benign", "Roux-en-Y gastric bypass",
            "LONG AXIS", "MAY BE MOTION", "Patient will follow up in 3 months", "HEAD BACK CHEST",
            "Stable 6 mm nodule in the right upper lobe, unchanged since prior.", "b1000 DWI 3mm", "512x512 matrix",
            "kVp 120 mAs 250 CTDIvol 12.5 DLP 1234.5", "SE 3 IM 45", "Series 1001", "TR 2000 TE 90 TI 2500",
            "Gad given 15 ml at 2 ml/s.", "JPEG 2000 irreversible (lossy)", "1.2.840.10008.1.2.4.70",
            "Chest PA PA", "Dose report", "FDG PET/CT skull base to mid thigh", "Bone scan whole body 3 phase"})
    void scrub_clinicalText_isUnchanged(String text) {
        assertEquals(text, scrub(text));
    }
}
