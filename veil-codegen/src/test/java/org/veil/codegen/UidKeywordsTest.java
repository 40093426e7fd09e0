package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UidKeywordsTest {

    @Test
    void base_nameWithColon_usesThePartBefore() {
        assertEquals("ImplicitVRLittleEndian",
                UidKeywords.base("Implicit VR Little Endian: Default Transfer Syntax for DICOM", "here"));
    }

    @Test
    void base_punctuationAndRetired_areDropped() {
        assertEquals("ExplicitVRBigEndian", UidKeywords.base("Explicit VR Big Endian (Retired)", "here"));
        assertEquals("DigitalXRayImageStorageForPresentation",
                UidKeywords.base("Digital X-Ray Image Storage - For Presentation", "here"));
        assertEquals("DicomDeviceName", UidKeywords.base("dicomDeviceName", "here"));
        assertEquals("PatientsName", UidKeywords.base("Patient's Name", "here"));
    }

    @Test
    void base_leadingNumber_isSpelledOut() {
        assertEquals("TwelveLeadECGWaveformStorage", UidKeywords.base("12-lead ECG Waveform Storage", "here"));
    }

    @Test
    void base_nameWithoutLetters_isEmpty() {
        assertEquals("", UidKeywords.base("(Retired)", "here"));
    }

    @Test
    void assign_currentAndRetiredWithSameName_retiredGetsSuffix() {
        UidRow retired = new UidRow("1.2.840.10008.5.1.4.1.1.6", "Ultrasound Image Storage (Retired)",
                "SOP Class", true, "a");
        UidRow current = new UidRow("1.2.840.10008.5.1.4.1.1.6.1", "Ultrasound Image Storage", "SOP Class", false, "b");
        UidRow twin = new UidRow("1.2.840.10008.99", "Ultrasound Image Storage", "SOP Class", false, "c");
        Map<String, String> keywords = UidKeywords.assign(List.of(retired, current, twin));
        assertEquals("UltrasoundImageStorage", keywords.get(current.uid()));
        assertEquals("UltrasoundImageStorageRetired", keywords.get(retired.uid()));
        assertEquals("UltrasoundImageStorage_1_2_840_10008_99", keywords.get(twin.uid()));
    }
}
