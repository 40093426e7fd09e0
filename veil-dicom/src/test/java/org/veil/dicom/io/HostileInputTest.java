package org.veil.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.Leniency;
import org.veil.dicom.ReadLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.Dataset;

/** Broken and hostile inputs end in a located {@link DicomFormatException}, never OOM, stack overflow or a hang. */
class HostileInputTest {
    private static final String ELE = "1.2.840.10008.1.2.1";
    private static final ReadLimits STRICT = ReadLimits.builder().leniency(Leniency.STRICT).build();

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve("in.dcm"), content);
    }

    private String readError(byte[] content, ReadLimits limits) throws IOException {
        Path p = file(content);
        DicomFormatException e = assertThrows(DicomFormatException.class, () -> DicomReader.read(p, limits));
        assertTrue(e.getMessage().startsWith(p + " @0x"), e.getMessage());
        return e.getMessage().substring(p.toString().length() + 1);
    }

    @Test
    void read_lengthPastEndOfFile_namesOffsetTagAndBytesLeft() throws IOException {
        byte[] b = DicomBytes.part10(ELE).header(0x00100010, "PN", 20).raw("SMITH".getBytes()).bytes();
        assertEquals("@0xAC (0010,0010): length 20 > 5 bytes left", readError(b, ReadLimits.DEFAULT));
    }

    @Test
    void read_truncatedHeader_saysTruncated() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00080060, "CS", "CT").raw(new byte[] {0x10, 0x00, 0x10}).bytes();
        assertEquals("@0xB6: truncated element header: 3 bytes left", readError(b, ReadLimits.DEFAULT));
    }

    @Test
    void read_absurdLengthInsideSequence_namesTagPath() throws IOException {
        byte[] b = DicomBytes.part10(ELE).header(0x00081115, "SQ", 0xFFFFFFFFL).item(0xFFFFFFFFL)
                .explicit(0x00081155, "UI", "1.2.").itemEnd()
                .item(0xFFFFFFFFL).tag(0x00081155).raw("UI".getBytes()).u16(0xFFF0).bytes();
        String m = readError(b, ReadLimits.DEFAULT);
        assertTrue(m.matches("@0x[0-9A-F]+ \\(0008,1115\\)\\[2\\]/\\(0008,1155\\): length 65520 > 0 bytes left"), m);
    }

    @Test
    void read_unknownVr_namesOffsetAndTagButNoByte() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00080060, "CS", "CT").tag(0x00100010).raw("Q!".getBytes()).u16(2)
                .raw("AB".getBytes()).bytes();
        assertEquals("@0xB6 (0010,0010): the 2 bytes after the tag name no VR (not quoted: misread bytes may be part "
                + "of a value)", readError(b, ReadLimits.DEFAULT));
    }

    @Test
    void read_oddLengthStrict_fails() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00100010, "PN", "ABC").bytes();
        assertEquals("@0xAC (0010,0010): odd value length 3", readError(b, STRICT));
    }

    @Test
    void read_oddLengthLenient_warnsWithLocation() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00100010, "PN", "ABC").bytes();
        DicomFile f = DicomReader.read(file(b));
        assertEquals(3, f.dataset().get(0x00100010).length());
        assertTrue(f.warnings().messages().get(0).endsWith("@0xAC (0010,0010): odd value length 3"));
    }

    @Test
    void read_elementTwice_keepsTheFirstAndWarnsWithLocation() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00100010, "PN", "AB").explicit(0x00100010, "PN", "CD")
                .explicit(0x00100020, "LO", "ID").bytes();
        DicomFile f = DicomReader.read(file(b));
        assertEquals("AB", new String(f.dataset().get(0x00100010).bytes(), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(2, f.dataset().size());
        assertEquals(1, f.warnings().messages().size());
        assertTrue(f.warnings().messages().get(0).endsWith(
                "@0xB6 (0010,0010): element found twice in one data set; the second is ignored"),
                f.warnings().messages().get(0));
    }

    @Test
    void next_elementEvents_carryTheirLocation() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00100010, "PN", "AB").explicit(0x00100020, "LO", "ID").bytes();
        try (DicomReader r = DicomReader.open(file(b), ReadLimits.DEFAULT)) {
            DicomEvent first = r.next();
            DicomEvent second = r.next();
            assertEquals(new Location(first.location().source(), 0xAC, org.veil.dicom.TagPath.ROOT.child(0x00100010)),
                    first.location());
            assertEquals(0xB6, second.location().offset());
            assertEquals("(0010,0020)", second.location().path().toString());
            assertEquals(null, r.next());
        }
    }

    @Test
    void read_itemOutsideSequence_fails() throws IOException {
        byte[] b = DicomBytes.part10(ELE).item(0).bytes();
        assertEquals("@0xAC (FFFE,E000): item (FFFE,E000) outside a sequence", readError(b, ReadLimits.DEFAULT));
    }

    @Test
    void read_missingSequenceDelimiterInsideItem_failsAsTruncated() throws IOException {
        byte[] b = DicomBytes.part10(ELE).header(0x00081115, "SQ", 0xFFFFFFFFL).item(0xFFFFFFFFL)
                .explicit(0x00081150, "UI", "1.2.").bytes();
        String m = readError(b, ReadLimits.DEFAULT);
        assertTrue(m.endsWith("(0008,1115)[1]: truncated: end of file before the item delimiter (FFFE,E00D)"), m);
    }

    @Test
    void read_nestingBeyondLimit_namesTheKnob() throws IOException {
        DicomBytes d = DicomBytes.part10(ELE);
        for (int i = 0; i < 10; i++) {
            d.header(0x00081115, "SQ", 0xFFFFFFFFL).item(0xFFFFFFFFL);
        }
        ReadLimits limits = ReadLimits.builder().maxDepth(5).build();
        String m = readError(d.bytes(), limits);
        assertTrue(m.endsWith("sequence nesting depth 6 exceeds ReadLimits.maxDepth (5)"), m);
    }

    @Test
    void read_valueLargerThanLimit_namesTheKnob() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00204000, "LT", new byte[2000]).bytes();
        ReadLimits limits = ReadLimits.builder().maxValueLength(1000).build();
        assertEquals("@0xAC (0020,4000): value length 2000 exceeds ReadLimits.maxValueLength (1000)",
                readError(b, limits));
    }

    @Test
    void read_valuesBeyondTheMemoryBudget_refusedNamingTheKnob() throws IOException {
        byte[] b = DicomBytes.part10(ELE).explicit(0x00204000, "LT", new byte[600])
                .explicit(0x00324000, "LT", new byte[600]).bytes();
        ReadLimits limits = ReadLimits.builder().maxLoadedBytes(1000).build();
        String m = readError(b, limits);
        assertTrue(m.matches("@0x[0-9A-F]+ \\(0032,4000\\): the values loaded so far need 12\\d\\d bytes of memory, "
                + "more than this instance's budget: exceeds ReadLimits.maxLoadedBytes \\(1000\\)"), m);
    }

    @Test
    void read_brokenDeflateStream_failsClearly() throws IOException {
        byte[] b = DicomBytes.part10("1.2.840.10008.1.2.1.99").raw(new byte[] {0x07, 0x00, 0x00, 0x00})
                .bytes();
        String m = readError(b, ReadLimits.DEFAULT);
        assertTrue(m.contains("broken deflate stream"), m);
    }

    @Test
    void read_deflateBomb_stopsAtTheLimit() throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(9, true))) {
            DicomBytes e = DicomBytes.raw().header(0x00204000, "UT", 64L << 20);
            d.write(e.bytes());
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                d.write(zeros);
            }
        }
        byte[] b = DicomBytes.part10("1.2.840.10008.1.2.1.99").raw(z.toByteArray()).bytes();
        Path p = file(b);
        ReadLimitException e = assertThrows(ReadLimitException.class, () -> DicomReader.read(p));
        assertTrue(e.getMessage().contains("exceeds ReadLimits.maxInflateRatio (1000)"), e.getMessage());
    }

    @Test
    void read_dicmInsideRawDataSet_isNotMistakenForAPreamble() throws IOException {
        byte[] pad = new byte[110];
        java.util.Arrays.fill(pad, (byte) 'X');
        byte[] b = DicomBytes.raw().explicit(0x00080070, "LO", pad).explicit(0x00081010, "SH", "DICMA1").bytes();
        Dataset ds = DicomReader.read(file(b)).dataset();
        assertEquals(2, ds.size());
    }

    @Test
    void read_fileMetaMislabelsImplicitData_leniencyFollowsTheData() throws IOException {
        byte[] b = DicomBytes.part10(ELE).implicit(0x00100020, 4).raw("ID01".getBytes()).bytes();
        DicomFile f = DicomReader.read(file(b));
        assertEquals(4, f.dataset().get(0x00100020).length());
        assertTrue(!f.explicitVr());
        assertThrows(DicomFormatException.class, () -> DicomReader.read(file(b), STRICT));
    }
}
