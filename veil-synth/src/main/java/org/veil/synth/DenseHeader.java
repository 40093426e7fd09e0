package org.veil.synth;

import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;

/**
 * Makes a synthetic header as dense as archive data often is: ten private groups of fifteen elements each (150
 * private elements besides their creators), an Other Patient IDs Sequence, a Request Attributes Sequence whose items
 * nest coded sequences, and several referenced studies and performed procedure steps. The dense bench workloads use
 * it, so that the per-element work of a de-identification (which removes or replaces most of these) is measured.
 */
final class DenseHeader {
    /** Private groups added (odd groups 0009 to 001B). */
    static final int PRIVATE_GROUPS = 10;
    /** Private elements per group, besides the creator. */
    static final int ELEMENTS_PER_GROUP = 15;

    private static final VR[] PRIVATE_VRS = {VR.LO, VR.SH, VR.DS, VR.US, VR.UL, VR.LO, VR.CS, VR.OB, VR.IS, VR.LT,
        VR.DA, VR.TM, VR.LO, VR.FD, VR.UN};

    private DenseHeader() {
    }

    /** Adds the dense part to {@code ds}, header of instance {@code instance} of patient {@code patient}. */
    static void addTo(Dataset ds, long seed, int patient, int instance) {
        FakePerson p = FakePerson.of(seed, patient);
        SeededHash h = new SeededHash(seed, "dense", patient * 100_000L + instance);
        Attributes a = new Attributes(ds);
        for (int i = 0; i < 3; i++) {
            a.item("OtherPatientIDsSequence").text("PatientID", "OID" + p.id() + "-" + i)
                    .text("IssuerOfPatientID", "SITE " + (char) ('A' + i)).text("TypeOfPatientID", "TEXT");
        }
        for (int i = 0; i < 2; i++) {
            Attributes request = a.item("RequestAttributesSequence");
            request.text("RequestedProcedureID", "RQ" + (1000 + h.nextInt(9000)))
                    .text("ScheduledProcedureStepID", "SPS" + (1000 + h.nextInt(9000)))
                    .text("ScheduledProcedureStepDescription", "Scan for " + p.givenName() + " " + p.familyName())
                    .text("AccessionNumber", "ACC" + (10000 + h.nextInt(90000)));
            request.item("ScheduledProtocolCodeSequence").text("CodeValue", "P" + (100 + i))
                    .text("CodingSchemeDesignator", "99SYNTH").text("CodeMeaning", "Protocol " + (char) ('A' + i));
            request.item("ReferencedStudySequence").text("ReferencedSOPClassUID", "1.2.840.10008.3.1.2.3.1")
                    .text("ReferencedSOPInstanceUID", SeededHash.uid(seed, "request-study", patient * 10L + i));
        }
        for (int i = 0; i < 4; i++) {
            a.item("ReferencedStudySequence").text("ReferencedSOPClassUID", "1.2.840.10008.3.1.2.3.1")
                    .text("ReferencedSOPInstanceUID", SeededHash.uid(seed, "referenced-study", patient * 10L + i));
            a.item("ReferencedPerformedProcedureStepSequence")
                    .text("ReferencedSOPClassUID", "1.2.840.10008.3.1.2.3.3")
                    .text("ReferencedSOPInstanceUID", SeededHash.uid(seed, "referenced-pps", patient * 10L + i));
        }
        for (int g = 0; g < PRIVATE_GROUPS; g++) {
            int group = 0x0009 + 2 * g;
            ds.put(DataElement.of(Tag.of(group, 0x0010), VR.LO, AsciiValues.encode("VEIL DENSE " + g, VR.LO)));
            for (int e = 0; e < ELEMENTS_PER_GROUP; e++) {
                VR vr = PRIVATE_VRS[e];
                ds.put(DataElement.of(Tag.of(group, 0x1000 | e), vr, value(vr, p, h)));
            }
        }
    }

    private static byte[] value(VR vr, FakePerson p, SeededHash h) {
        return switch (vr) {
            case US -> new byte[] {(byte) h.nextInt(256), 0};
            case UL -> new byte[] {(byte) h.nextInt(256), 1, 0, 0};
            case FD -> new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F};
            case OB, UN -> bytes(64, h);
            case DS -> AsciiValues.encode("0.5\\" + h.nextInt(1000), vr);
            case IS -> AsciiValues.encode(Integer.toString(h.nextInt(100_000)), vr);
            case DA -> AsciiValues.encode(p.birthDate(), vr);
            case TM -> AsciiValues.encode("101500", vr);
            case CS -> AsciiValues.encode("SYNTH_" + h.nextInt(10), vr);
            case LT -> AsciiValues.encode("Notes on " + p.dicomName() + ", " + p.street() + ", " + p.city(), vr);
            default -> AsciiValues.encode(p.dicomName() + " " + h.nextInt(100), vr);
        };
    }

    private static byte[] bytes(int n, SeededHash h) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) h.nextInt(256);
        }
        return b;
    }
}
