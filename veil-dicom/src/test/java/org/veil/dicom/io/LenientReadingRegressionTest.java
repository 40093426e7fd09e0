package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.Leniency;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Fragments;

/**
 * Issue 13 item 6: files of other toolkits that dcmtk or pydicom read are read leniently (with a located warning) and
 * refused in strict mode. The inputs are built here byte by byte; the same shapes were checked with dcmdump 3.6 and
 * pydicom 2.3 (see each test).
 */
@Tag("regression")
class LenientReadingRegressionTest {
    private static final String ELE = "1.2.840.10008.1.2.1";
    private static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.70";
    private static final ReadLimits STRICT = ReadLimits.builder().leniency(Leniency.STRICT).build();
    private static final int PATIENT_NAME = 0x00100010;
    private static final int PATIENT_ID = 0x00100020;
    private static final int PIXEL_DATA = 0x7FE00010;

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve("in.dcm"), content);
    }

    /** dcmdump warns "Non-standard VR '  ' ... assuming 2 byte length field" and reads on. */
    @Test
    void twoSpaceVr_readByDictionaryVrWithWarning_strictRefuses() throws IOException {
        byte[] b = DicomBytes.part10(ELE)
                .tag(PATIENT_NAME).raw("  ".getBytes(StandardCharsets.US_ASCII)).u16(8)
                .raw("DOE^JOHN".getBytes(StandardCharsets.US_ASCII))
                .explicit(PATIENT_ID, "LO", "PID123").bytes();
        Path p = file(b);

        DicomFile f = DicomReader.read(p, ReadLimits.DEFAULT);

        DataElement name = f.dataset().get(PATIENT_NAME);
        assertEquals(VR.PN, name.vr());
        assertEquals("DOE^JOHN", DatasetView.of(f.dataset()).string(PATIENT_NAME));
        assertEquals("PID123", DatasetView.of(f.dataset()).string(PATIENT_ID));
        assertEquals(p + " @0xAC (0010,0010): VR bytes are two spaces; read as the dictionary's VR PN with a 2-byte "
                + "length", f.warnings().messages().get(0));
        DicomFormatException e = assertThrows(DicomFormatException.class, () -> DicomReader.read(p, STRICT));
        assertTrue(e.getMessage().endsWith("@0xAC (0010,0010): the 2 bytes after the tag name no VR (not quoted: "
                + "misread bytes may be part of a value)"), e.getMessage());
    }

    /**
     * A command group (always implicit VR, PS3.7 6.3) stored first in an explicit VR data set: read as explicit VR its
     * length is bogus. pydicom reads command elements as implicit VR; the rest of the data set stays explicit.
     */
    @Test
    void implicitCommandGroupInExplicitDataSet_readAsImplicit_strictRefuses() throws IOException {
        byte[] b = DicomBytes.part10(ELE)
                .implicit(0x00000000, 4).u32(999)
                .implicit(0x00000100, 2).u16(0x0001)
                .explicit(0x00080016, "UI", "1.2.840.10008.5.1.4.1.1.7\0")
                .explicit(PATIENT_ID, "LO", "PID123").bytes();
        Path p = file(b);

        DicomFile f = DicomReader.read(p, ReadLimits.DEFAULT);

        assertEquals(999, DatasetView.of(f.dataset()).number(0x00000000, -1));
        assertEquals("PID123", DatasetView.of(f.dataset()).string(PATIENT_ID));
        assertTrue(f.explicitVr());
        assertEquals(1, f.warnings().messages().size(), f.warnings().messages().toString());
        assertTrue(f.warnings().messages().get(0).endsWith("@0xAC: command group elements (0000,xxxx) in implicit VR "
                + "at the start of an explicit VR data set; read as implicit VR"), f.warnings().messages().get(0));
        DicomFormatException e = assertThrows(DicomFormatException.class, () -> DicomReader.read(p, STRICT));
        assertTrue(e.getMessage().endsWith("@0xAC (0000,0000): command group element in implicit VR in a data set "
                + "whose transfer syntax says explicit VR"), e.getMessage());
    }

    private static DicomBytes encapsulatedStart() {
        return DicomBytes.part10(JPEG_LOSSLESS)
                .explicit(PATIENT_ID, "LO", "PID123")
                .header(PIXEL_DATA, "OB", 0xFFFFFFFFL)
                .item(0)
                .item(4).raw(new byte[] {1, 2, 3, 4});
    }

    @Test
    void encapsulatedPixelDataCutInAFragment_keepsCompleteFragments_strictRefuses() throws IOException {
        byte[] b = encapsulatedStart().item(100).raw(new byte[10]).bytes();
        Path p = file(b);

        DicomFile f = DicomReader.read(p, ReadLimits.DEFAULT);

        Fragments frags = f.dataset().get(PIXEL_DATA).fragments();
        assertEquals(2, frags.size());
        assertEquals(4, frags.length(1));
        assertNull(frags.region(), "no region: the cut-off value has no delimiter to copy");
        assertTrue(f.warnings().pixelDataTruncated());
        assertTrue(f.warnings().messages().get(0).endsWith("(7FE0,0010): encapsulated pixel data truncated at end "
                + "of file: item 2 has length 100 but 10 bytes are left; the 2 complete item(s) before it are kept"),
                f.warnings().messages().get(0));
        DicomFormatException e = assertThrows(DicomFormatException.class, () -> DicomReader.read(p, STRICT));
        assertTrue(e.getMessage().endsWith("(7FE0,0010): truncated encapsulated pixel data: item 2 has length 100 but "
                + "10 bytes are left"), e.getMessage());
    }

    @Test
    void encapsulatedPixelDataWithoutDelimiter_keepsFragments_andWritesBackComplete() throws IOException {
        Path p = file(encapsulatedStart().raw(new byte[] {(byte) 0xFE, (byte) 0xFF}).bytes());

        DicomFile f = DicomReader.read(p, ReadLimits.DEFAULT);

        assertEquals(2, f.dataset().get(PIXEL_DATA).fragments().size());
        assertTrue(f.warnings().pixelDataTruncated());
        assertTrue(f.warnings().messages().get(0).contains("fragment item header cut off (2 bytes left)"),
                f.warnings().messages().get(0));
        Path out = dir.resolve("out.dcm");
        DicomWriter.write(f, out, WriteOptions.DEFAULT);
        DicomFile again = DicomReader.read(out, STRICT);
        assertEquals(2, again.dataset().get(PIXEL_DATA).fragments().size());
        assertFalse(again.warnings().pixelDataTruncated());
        assertThrows(DicomFormatException.class, () -> DicomReader.read(p, STRICT));
    }

    @Test
    void completeEncapsulatedPixelData_isNotFlagged() throws IOException {
        Path p = file(encapsulatedStart().sequenceEnd().bytes());

        DicomFile f = DicomReader.read(p, STRICT);

        assertFalse(f.warnings().pixelDataTruncated());
        assertEquals(2, f.dataset().get(PIXEL_DATA).fragments().size());
    }
}
