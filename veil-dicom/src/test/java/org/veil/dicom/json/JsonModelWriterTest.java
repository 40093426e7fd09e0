package org.veil.dicom.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.dicom.data.Elements.bytes;
import static org.veil.dicom.data.Elements.dataset;
import static org.veil.dicom.data.Elements.doubles;
import static org.veil.dicom.data.Elements.floats;
import static org.veil.dicom.data.Elements.longs;
import static org.veil.dicom.data.Elements.sequence;
import static org.veil.dicom.data.Elements.shorts;
import static org.veil.dicom.data.Elements.text;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Fragments;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.ReadWarnings;

class JsonModelWriterTest {
    private static final JsonOptions URI = JsonOptions.builder().bulkData(BulkDataMode.URI).build();

    @TempDir
    Path dir;

    private static String json(Dataset ds) throws IOException {
        return json(ds, JsonOptions.DEFAULT);
    }

    private static String json(Dataset ds, JsonOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new JsonModelWriter(out, options).write(ds);
        return out.toString();
    }

    @Test
    void write_stringValues_splitTrimmedAndEmptyAsNull() throws IOException {
        Dataset ds = dataset(text(0x00080008, VR.CS, "ORIGINAL\\ PRIMARY \\\\AXIAL "),
                text(0x00080016, VR.UI, "1.2.3\0"), text(0x00081030, VR.LO, ""),
                text(0x00081040, VR.LO, "   "), text(0x00204000, VR.LT, "  line 1\\still one value  "));
        assertEquals("{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",\"PRIMARY\",null,\"AXIAL\"]},"
                + "\"00080016\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},\"00081030\":{\"vr\":\"LO\"},"
                + "\"00081040\":{\"vr\":\"LO\"},"
                + "\"00204000\":{\"vr\":\"LT\",\"Value\":[\"  line 1\\\\still one value\"]}}", json(ds));
    }

    @Test
    void write_groupLengthElements_areLeftOut() throws IOException {
        Dataset ds = dataset(longsOf4(0x00080000, 18), text(0x00080060, VR.CS, "CT"), longsOf4(0x00090000, 4));
        assertEquals("{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}", json(ds));
    }

    private static DataElement longsOf4(int tag, int value) {
        return bytes(tag, VR.UL, value, 0, 0, 0);
    }

    @Test
    void write_numberStrings_becomeJsonNumbersOrStayStrings() throws IOException {
        Dataset ds = dataset(text(0x00281050, VR.DS, "+1\\007\\.5\\5.\\1e3\\-0.0\\abc\\ 2.50 "),
                text(0x00200013, VR.IS, "-12 "));
        assertEquals("{\"00200013\":{\"vr\":\"IS\",\"Value\":[-12]},"
                + "\"00281050\":{\"vr\":\"DS\",\"Value\":[1,7,0.5,5,1e3,-0.0,\"abc\",2.50]}}", json(ds));
    }

    @Test
    void write_binaryNumbers_asNumbersWithLargeOnesAndNonFiniteAsStrings() throws IOException {
        long limit = 1L << 53;
        Dataset ds = dataset(shorts(0x00280010, VR.US, 512, 65535), shorts(0x00281041, VR.SS, -1),
                floats(0x00189089, 0.1f, Float.NaN), doubles(0x0018602C, 0.026228787661969975, Double.NEGATIVE_INFINITY),
                longs(0x00181000, VR.SV, limit, -limit, limit + 1), longs(0x00181001, VR.UV, -1L, limit));
        assertEquals("{\"00181000\":{\"vr\":\"SV\",\"Value\":[9007199254740992,-9007199254740992,\"9007199254740993\"]},"
                + "\"00181001\":{\"vr\":\"UV\",\"Value\":[\"18446744073709551615\",9007199254740992]},"
                + "\"0018602C\":{\"vr\":\"FD\",\"Value\":[0.026228787661969975,\"-Infinity\"]},"
                + "\"00189089\":{\"vr\":\"FL\",\"Value\":[0.1,\"NaN\"]},"
                + "\"00280010\":{\"vr\":\"US\",\"Value\":[512,65535]},"
                + "\"00281041\":{\"vr\":\"SS\",\"Value\":[-1]}}", json(ds));
    }

    @Test
    void write_attributeTags_asUpperCaseHexStrings() throws IOException {
        Dataset ds = dataset(shorts(0x00209165, VR.AT, 0x0020, 0x9056, 0x7FE0, 0x0010));
        assertEquals("{\"00209165\":{\"vr\":\"AT\",\"Value\":[\"00209056\",\"7FE00010\"]}}", json(ds));
    }

    @Test
    void write_personNames_asComponentGroupObjects() throws IOException {
        Dataset ds = dataset(text(0x00080005, VR.CS, "ISO_IR 192"),
                text(0x00100010, VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう", StandardCharsets.UTF_8),
                text(0x00081060, VR.PN, "=Ideo^Only\\Smith^J\\\\^^^^"), text(0x00080090, VR.PN, "^^^^ "));
        assertEquals("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
                + "\"00080090\":{\"vr\":\"PN\"},"
                + "\"00081060\":{\"vr\":\"PN\",\"Value\":[{\"Ideographic\":\"Ideo^Only\"},{\"Alphabetic\":\"Smith^J\"},"
                + "null,null]},"
                + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\",\"Ideographic\":\"山田^太郎\","
                + "\"Phonetic\":\"やまだ^たろう\"}]}}", json(ds));
    }

    @Test
    void write_textNeedingEscapes_isValidJson() throws IOException {
        Dataset ds = dataset(text(0x00204000, VR.LT, "say \"hi\"\\ C:\\dir\r\n\ttab\u0001\u007F"));
        assertEquals("{\"00204000\":{\"vr\":\"LT\",\"Value\":[\"say \\\"hi\\\"\\\\ C:\\\\dir\\r\\n\\ttab\\u0001\u007F\"]}}",
                json(ds));
    }

    @Test
    void write_sequenceItems_inheritCharacterSetAndEmptySequenceHasNoValue() throws IOException {
        Dataset ds = dataset(text(0x00080005, VR.CS, "ISO_IR 100"));
        Sequence seq = sequence(ds, 0x00081115);
        seq.addItem().put(text(0x00100010, VR.PN, "Müller^Jörg", StandardCharsets.ISO_8859_1));
        seq.addItem();
        sequence(ds, 0x00081140);
        assertEquals("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
                + "\"00081115\":{\"vr\":\"SQ\",\"Value\":[{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":"
                + "\"Müller^Jörg\"}]}},{}]},\"00081140\":{\"vr\":\"SQ\"}}", json(ds));
    }

    @Test
    void write_unknownLengthUnSequence_isWrittenAsSq() throws IOException {
        Dataset ds = new Dataset();
        Sequence seq = new Sequence(ds);
        ds.put(DataElement.of(0x00091001, VR.UN, seq));
        seq.addItem().put(text(0x00091002, VR.UN, "AB"));
        assertEquals("{\"00091001\":{\"vr\":\"SQ\",\"Value\":[{\"00091002\":{\"vr\":\"UN\",\"InlineBinary\":\"QUI=\"}}]}}",
                json(ds));
    }

    @Test
    void write_binaryInMemory_isInlineInBothModes() throws IOException {
        Dataset ds = dataset(bytes(0x00020001, VR.OB, 0, 1), bytes(0x7FE00010, VR.OW, 1, 2, 3, 4, 5, 6),
                bytes(0x00091010, VR.UN));
        String expected = "{\"00020001\":{\"vr\":\"OB\",\"InlineBinary\":\"AAE=\"},"
                + "\"00091010\":{\"vr\":\"UN\"},\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"AQIDBAUG\"}}";
        assertEquals(expected, json(ds));
        assertEquals(expected, json(ds, URI));
    }

    @Test
    void write_bigEndianBulkValue_isSwappedInlineAndNamedByUri() throws IOException {
        Path file = dir.resolve("big endian.dcm");
        Files.write(file, new byte[] {9, 9, 9, 1, 2, 3, 4, 5});
        Dataset ds = dataset(DataElement.of(0x7FE00010, VR.OW, new BulkData(file, 3, 4, true, 2)));
        assertEquals("{\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":\"" + base64(2, 1, 4, 3) + "\"}}", json(ds));
        assertEquals("{\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"" + file.toUri() + "#offset=3&length=4"
                + "&byteorder=big\"}}", json(ds, URI));
    }

    @Test
    void write_largeBulkValue_streamsEveryByte() throws IOException {
        byte[] content = new byte[200_003];
        new java.util.SplittableRandom(7).nextBytes(content);
        Path file = dir.resolve("large.bin");
        Files.write(file, content);
        Dataset ds = dataset(DataElement.of(0x7FE00010, VR.OB, new BulkData(file, 0, content.length, false, 1)));
        assertEquals("{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"" + Base64.getEncoder().encodeToString(content)
                + "\"}}", json(ds));
    }

    @Test
    void write_encapsulatedPixelData_asItemStreamInlineOrRegionUri() throws IOException {
        Path file = dir.resolve("frag.dcm");
        Files.write(file, new byte[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, (byte) 0xAA, (byte) 0xBB});
        Fragments f = new Fragments();
        f.add(new byte[0]);
        f.add(new BulkData(file, 10, 2, false, 1));
        f.region(new BulkData(file, 2, 26, false, 1));
        Dataset ds = dataset(DataElement.of(0x7FE00010, VR.OB, f));
        String items = base64(0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0, 0xFE, 0xFF, 0x00, 0xE0, 2, 0, 0, 0, 0xAA, 0xBB);
        assertEquals("{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"" + items + "\"}}", json(ds));
        assertEquals("{\"7FE00010\":{\"vr\":\"OB\",\"BulkDataURI\":\"" + file.toUri() + "#offset=2&length=18\"}}",
                json(ds, URI));
    }

    @Test
    void writeFile_withFileMetaIncluded_putsMetaFirstWithoutGroupLength() throws IOException {
        Dataset meta = dataset(longsOf4(0x00020000, 30), text(0x00020010, VR.UI, "1.2.840.10008.1.2.1\0"));
        DicomFile file = new DicomFile("x", null, meta, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, true,
                dataset(text(0x00080060, VR.CS, "MR")), new ReadWarnings());
        StringWriter with = new StringWriter();
        new JsonModelWriter(with, JsonOptions.builder().fileMeta(FileMetaMode.INCLUDE).build()).write(file);
        assertEquals("{\"00020010\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.1.2.1\"]},"
                + "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"MR\"]}}", with.toString());
        StringWriter without = new StringWriter();
        new JsonModelWriter(without, JsonOptions.DEFAULT).write(file);
        assertEquals("{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"MR\"]}}", without.toString());
    }

    private static String base64(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return Base64.getEncoder().encodeToString(b);
    }
}
