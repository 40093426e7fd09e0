package org.veil.synth;

import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;

/**
 * Builds the header of one synthetic image: patient, study, series, equipment and image modules filled with fake,
 * seed-derived values, including identifiers in free text, sequences and a private block, as real archives have.
 */
public final class SyntheticImage {
    private static final String[] STUDY_DESCRIPTIONS = {"CT CHEST W/O CONTRAST", "HEAD ROUTINE",
        "ABDOMEN PELVIS W CONTRAST", "MRI BRAIN W/WO", "LUMBAR SPINE"};

    private SyntheticImage() {
    }

    /**
     * The header (no pixel data) for instance {@code instance} of series {@code series} of study {@code study} of
     * patient {@code patient}.
     */
    public static Dataset header(long seed, ImageSpec spec, int patient, int study, int series, int instance) {
        FakePerson p = FakePerson.of(seed, patient);
        SeededHash h = new SeededHash(seed, "study", patient * 1000L + study);
        String studyDate = String.format("20%02d%02d%02d", 15 + h.nextInt(10), 1 + h.nextInt(12), 1 + h.nextInt(28));
        String studyUid = SeededHash.uid(seed, "study-uid", patient * 1000L + study);
        String seriesUid = SeededHash.uid(seed, "series-uid", (patient * 1000L + study) * 100 + series);
        String sopUid = SeededHash.uid(seed, "sop-uid", ((patient * 1000L + study) * 100 + series) * 100000 + instance);
        String description = STUDY_DESCRIPTIONS[h.nextInt(STUDY_DESCRIPTIONS.length)];
        String referring = FakePerson.of(seed, 100000 + h.nextInt(50)).dicomName();
        Dataset ds = new Dataset();
        Attributes a = new Attributes(ds);
        a.text("SpecificCharacterSet", "ISO_IR 100").text("ImageType", "ORIGINAL\\PRIMARY\\AXIAL")
                .text("InstanceCreationDate", studyDate).text("InstanceCreationTime", "101500")
                .text("SOPClassUID", spec.sopClass()).text("SOPInstanceUID", sopUid)
                .text("StudyDate", studyDate).text("SeriesDate", studyDate).text("AcquisitionDate", studyDate)
                .text("ContentDate", studyDate).text("StudyTime", "101010").text("SeriesTime", "101200")
                .text("AcquisitionTime", "101230").text("ContentTime", "101235")
                .text("AccessionNumber", "ACC" + (10000 + h.nextInt(90000))).text("Modality", spec.modality())
                .text("Manufacturer", "VEIL SYNTH").text("InstitutionName", p.city() + " General Hospital")
                .text("InstitutionAddress", "1 Hospital Way, " + p.city())
                .text("ReferringPhysicianName", referring).text("StationName", "CT" + h.nextInt(9) + "-ROOM")
                .text("StudyDescription", description).text("SeriesDescription", "AXIAL 5mm SERIES " + series)
                .text("PerformingPhysicianName", referring).text("OperatorsName", "TECH^" + p.givenName())
                .text("ManufacturerModelName", "SYNTH-1000");
        a.item("ReferencedStudySequence").text("ReferencedSOPClassUID", "1.2.840.10008.3.1.2.3.1")
                .text("ReferencedSOPInstanceUID", studyUid + ".1");
        a.text("PatientName", p.dicomName()).text("PatientID", p.id()).text("IssuerOfPatientID", "SYNTH HOSPITAL")
                .text("PatientBirthDate", p.birthDate()).text("PatientSex", p.sex())
                .text("PatientAge", String.format("%03dY", Math.max(1, Integer.parseInt(studyDate.substring(0, 4))
                        - Integer.parseInt(p.birthDate().substring(0, 4)))))
                .text("PatientAddress", p.street() + ", " + p.city() + " " + p.zip())
                .text("PatientTelephoneNumbers", p.phone())
                .text("PatientComments", "f/u for " + p.givenName() + " " + p.familyName() + " "
                        + studyDate.substring(4, 6) + "/" + studyDate.substring(6, 8) + "/" + studyDate.substring(0, 4));
        a.text("SliceThickness", "5").text("KVP", "120").text("DeviceSerialNumber", "SN" + (1000 + h.nextInt(9000)))
                .text("SoftwareVersions", "1.0").text("PatientPosition", "HFS");
        a.text("StudyInstanceUID", studyUid).text("SeriesInstanceUID", seriesUid)
                .text("StudyID", Integer.toString(1 + study)).text("SeriesNumber", Integer.toString(1 + series))
                .text("InstanceNumber", Integer.toString(1 + instance))
                .text("ImagePositionPatient", String.format("-250\\-250\\%d", -instance * 5))
                .text("ImageOrientationPatient", "1\\0\\0\\0\\1\\0")
                .text("FrameOfReferenceUID", SeededHash.uid(seed, "frame-uid", (patient * 1000L + study) * 100 + series))
                .text("SliceLocation", Integer.toString(-instance * 5)).text("AcquisitionNumber", "1")
                .text("PositionReferenceIndicator", "").text("BodyPartExamined", "CHEST")
                .text("ImageComments", "Reviewed by Dr. " + referring.replace('^', ' '));
        a.item("RequestAttributesSequence").text("RequestedProcedureID", "RP" + (1000 + h.nextInt(9000)))
                .text("ScheduledProcedureStepID", "SPS" + (1000 + h.nextInt(9000)));
        a.us("SamplesPerPixel", 1).text("PhotometricInterpretation", "MONOCHROME2").us("Rows", spec.rows())
                .us("Columns", spec.columns()).text("PixelSpacing", "0.703125\\0.703125").us("BitsAllocated", 16)
                .us("BitsStored", 12).us("HighBit", 11).us("PixelRepresentation", 0)
                .text("RescaleIntercept", "-1024").text("RescaleSlope", "1").text("WindowCenter", "40")
                .text("WindowWidth", "400");
        if (spec.frames() > 1) {
            a.text("NumberOfFrames", Integer.toString(spec.frames()));
        }
        a.privateText(0x0009, "VEIL SYNTH 1.0", 0x01, VR.LO, p.dicomName());
        return ds;
    }
}
