package org.veil.dicom.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.dicom.data.Elements.bytes;
import static org.veil.dicom.data.Elements.dataset;
import static org.veil.dicom.data.Elements.floats;
import static org.veil.dicom.data.Elements.sequence;
import static org.veil.dicom.data.Elements.shorts;
import static org.veil.dicom.data.Elements.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.io.DicomReader;

class TextDumperTest {
    private static final DumpOptions SHORT = DumpOptions.builder().maxTextLength(8).maxValues(3).build();

    @TempDir
    Path dir;

    private static String dump(Dataset ds, DumpOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new TextDumper(out, options).dump(ds);
        return out.toString();
    }

    @Test
    void dump_longValues_areCutAfterTheLimits() throws IOException {
        Dataset ds = dataset(text(0x00080008, VR.CS, "ORIGINAL\\PRIMARY "), text(0x00080060, VR.CS, "MR"),
                shorts(0x00281101, VR.US, 256, 0, 16, 99), shorts(0x00281102, VR.US, 256, 0, 16),
                bytes(0x00291010, VR.OB, 1, 2, 3, 4), bytes(0x00291011, VR.UN, 0xAB));
        assertEquals("""
                (0008,0008) CS ImageType [ORIGINAL...] #17
                (0008,0060) CS Modality [MR] #2
                (0028,1101) US RedPaletteColorLookupTableDescriptor 256\\0\\16\\... #8
                (0028,1102) US GreenPaletteColorLookupTableDescriptor 256\\0\\16 #6
                (0029,1010) OB "?" 01\\02\\03\\... #4
                (0029,1011) UN "?" AB #1
                """, dump(ds, SHORT));
    }

    @Test
    void dump_controlCharactersAndPadding_stayOnOneLine() throws IOException {
        Dataset ds = dataset(text(0x00204000, VR.LT, "  two\r\nlines\tand\u007F  "), text(0x00081030, VR.LO, ""),
                text(0x00100010, VR.PN, "Smith^J\0"));
        assertEquals("""
                (0008,1030) LO StudyDescription (no value) #0
                (0010,0010) PN PatientName [Smith^J] #8
                (0020,4000) LT ImageComments [  two\u240D\u240Alines\u2409and\u2421] #19
                """, dump(ds, DumpOptions.DEFAULT));
    }

    @Test
    void dump_cutBetweenSurrogates_keepsThePairWhole() throws IOException {
        Dataset ds = dataset(text(0x00080005, VR.CS, "ISO_IR 192"),
                text(0x00081030, VR.LO, "abcdefg\uD83D\uDE00x", StandardCharsets.UTF_8));
        assertEquals("(0008,1030) LO StudyDescription [abcdefg...] #12\n", dump(ds, SHORT).lines().skip(1)
                .findFirst().orElseThrow() + "\n");
    }

    @Test
    void dump_privateElements_namedByTheirCreator() throws IOException {
        Dataset ds = dataset(text(0x00290010, VR.LO, "SIEMENS CSA HEADER"), text(0x00290011, VR.UN, "ACME 1.0 "),
                shorts(0x00291008, VR.US, 7), shorts(0x00291108, VR.US, 8), shorts(0x00291208, VR.US, 9),
                shorts(0x00290000, VR.UL, 20, 0), shorts(0x00290002, VR.US, 1));
        assertEquals("""
                (0029,0000) UL GroupLength 20 #4
                (0029,0002) US "?" 1 #2
                (0029,0010) LO PrivateCreator [SIEMENS CSA HEADER] #18
                (0029,0011) UN PrivateCreator 41\\43\\4D\\45\\20\\31\\2E\\30\\20 #9
                (0029,1008) US "SIEMENS CSA HEADER" 7 #2
                (0029,1108) US "ACME 1.0" 8 #2
                (0029,1208) US "?" 9 #2
                """, dump(ds, DumpOptions.builder().maxValues(9).build()));
    }

    @Test
    void dump_unknownPublicTagAndNumbers_showQuestionMarkAndDecimals() throws IOException {
        Dataset ds = dataset(shorts(0x00080000, VR.UL, 4, 0), floats(0x00089999, 0.5f, -2f),
                shorts(0x00209165, VR.AT, 0x0020, 0x9056));
        assertEquals("""
                (0008,0000) UL GroupLength 4 #4
                (0008,9999) FL ? 0.5\\-2.0 #8
                (0020,9165) AT DimensionIndexPointer (0020,9056) #4
                """, dump(ds, DumpOptions.DEFAULT));
    }

    @Test
    void dump_sequenceItems_indentedWithIndexOffsetAndInheritedCharacterSet() throws IOException {
        Dataset ds = dataset(text(0x00080005, VR.CS, "ISO_IR 100"));
        Sequence seq = sequence(ds, 0x00081115);
        Dataset first = seq.addItem();
        first.sourceOffset(0x3A6);
        first.put(text(0x00100010, VR.PN, "Müller", StandardCharsets.ISO_8859_1));
        Sequence inner = sequence(first, 0x0040A730);
        inner.undefinedLength(false);
        Dataset deep = inner.addItem();
        deep.undefinedLength(false);
        deep.put(text(0x0040A010, VR.CS, "CONTAINS"));
        seq.addItem();
        sequence(ds, 0x00081140);
        assertEquals("""
                (0008,0005) CS SpecificCharacterSet [ISO_IR 100] #10
                (0008,1115) SQ ReferencedSeriesSequence (2 items) #undefined
                  item 1 @0x3A6 #undefined
                    (0010,0010) PN PatientName [Müller] #6
                    (0040,A730) SQ ContentSequence (1 item)
                      item 1
                        (0040,A010) CS RelationshipType [CONTAINS] #8
                  item 2 #undefined
                (0008,1140) SQ ReferencedImageSequence (0 items) #undefined
                """, dump(ds, DumpOptions.DEFAULT));
    }

    @Test
    void dump_bulkDataAndFragments_showOffsetsAndLengths() throws IOException {
        Path file = dir.resolve("x.dcm");
        Files.write(file, new byte[16]);
        Fragments f = new Fragments();
        f.add(new byte[] {0, 0, 0, 0, 0x10, 0, 0, 0});
        f.add(new BulkData(file, 0x1C, 1000, false, 1));
        f.add(new byte[] {(byte) 0xFF, (byte) 0xD8});
        Dataset ds = dataset(DataElement.of(0x00281201, VR.OW, new BulkData(file, 0xA4, 131072, false, 2)),
                DataElement.of(0x7FE00010, VR.OB, f));
        assertEquals("""
                (0028,1201) OW RedPaletteColorLookupTableData <bulk data @0xA4> #131072
                (7FE0,0010) OB PixelData <encapsulated, 3 items> #undefined
                  fragment 0 (offset table) 00000000\\00000010 #8
                  fragment 1 <bulk data @0x1C> #1000
                  fragment 2 FF\\D8 #2
                """, dump(ds, DumpOptions.DEFAULT));
    }

    @Test
    void dumpFile_withoutMetaAndWithWarnings_describesReadingFirstAndWarningsLast() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x08, 0, 0x60, 0, 'C', 'S', 3, 0, 'M', 'R', ' '});
        b.writeBytes(new byte[] {0x10, 0, 0x10, 0, 'P', 'N', 2, 0, 'A', 'B'});
        Path file = dir.resolve("raw.dcm");
        Files.write(file, b.toByteArray());
        StringWriter out = new StringWriter();
        new TextDumper(out, DumpOptions.DEFAULT).dump(DicomReader.read(file));
        assertEquals("# file " + file + "\n"
                + "# no preamble; no file meta, detected 1.2.840.10008.1.2.1: explicit VR, little endian\n"
                + "# data set\n"
                + "(0008,0060) CS Modality [MR] #3\n"
                + "(0010,0010) PN PatientName [AB] #2\n"
                + "# warnings\n"
                + "# " + file + " @0x0 (0008,0060): odd value length 3\n", out.toString());
    }
}
