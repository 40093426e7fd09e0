package org.veil.dicom.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;

class DatasetViewTest {
    @Test
    void string_itemWithoutCharacterSet_inheritsFromParent() {
        Dataset top = new Dataset();
        DatasetView.of(top).putString(0x00080005, VR.CS, "ISO_IR 100");
        Sequence seq = new Sequence(top);
        top.put(DataElement.of(0x00081111, VR.SQ, seq));
        Dataset item = seq.addItem();
        item.put(DataElement.of(0x00100010, VR.PN, "M\u00fcller^J".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("M\u00fcller^J", DatasetView.of(item).string(0x00100010));
    }

    @Test
    void strings_paddedMultiValue_trimmedPerValue() {
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00080008, VR.CS, "ORIGINAL\\ PRIMARY \\AXIAL ".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(new String[] {"ORIGINAL", "PRIMARY", "AXIAL"}, DatasetView.of(ds).strings(0x00080008));
    }

    @Test
    void text_longText_keepsLeadingSpaces() {
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00204000, VR.LT, "  indented \\ text ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("  indented \\ text", DatasetView.of(ds).text(0x00204000));
    }

    @Test
    void numbers_binaryAndStrings_decoded() {
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00280010, VR.US, new byte[] {0, 2}));
        ds.put(DataElement.of(0x00281052, VR.DS, "-1024 ".getBytes(StandardCharsets.US_ASCII)));
        ds.put(DataElement.of(0x00189087, VR.FD, new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F}));
        DatasetView v = DatasetView.of(ds);
        assertEquals(512, v.number(0x00280010, -1));
        assertEquals(-1024.0, v.decimals(0x00281052)[0]);
        assertEquals(1.0, v.decimals(0x00189087)[0]);
        assertEquals(-7, v.number(0x00280011, -7));
    }

    @Test
    void putString_oddLength_paddedWithVrPadding() {
        Dataset ds = new Dataset();
        DatasetView.of(ds).putString(0x00080018, VR.UI, "1.2.3");
        assertArrayEquals(new byte[] {'1', '.', '2', '.', '3', 0}, ds.get(0x00080018).bytes());
        DatasetView.of(ds).putString(0x00100020, VR.LO, "ABC");
        assertArrayEquals("ABC ".getBytes(StandardCharsets.US_ASCII), ds.get(0x00100020).bytes());
        assertNull(DatasetView.of(ds).string(0x00100010));
    }

    @Test
    void string_eachShapeOfValue_firstOfStrings() {
        String[][] cases = {
            {"CS", "ORIGINAL\\PRIMARY"}, {"CS", " A \\B"}, {"CS", "\\B"}, {"CS", "  \\B"}, {"CS", "A\\"},
            {"CS", "    "}, {"LO", " padded \0"}, {"LT", "  text with \\ a backslash "}, {"ST", "\\"},
            {"UT", " x\\y "}, {"PN", "Doe^J\\=ideographic"}, {"UI", "1.2.3\0"}, {"DS", " 1.5\\2 "},
            {"IS", "12"}, {"SH", "\0\0"}, {"LO", "x"},
        };
        for (String[] c : cases) {
            Dataset ds = new Dataset();
            ds.put(DataElement.of(0x00101000, VR.valueOf(c[0]), c[1].getBytes(StandardCharsets.ISO_8859_1)));
            String[] all = DatasetView.of(ds).strings(0x00101000);
            String expected = all.length == 0 || all[0].isEmpty() ? null : all[0];
            assertEquals(expected, DatasetView.of(ds).string(0x00101000), c[0] + " [" + c[1] + "]");
        }
        Dataset ds = new Dataset();
        ds.put(DataElement.of(0x00101000, VR.LO, new byte[0]));
        ds.put(DataElement.of(0x00280010, VR.US, new byte[] {1, 0}));
        assertNull(DatasetView.of(ds).string(0x00101000));
        assertNull(DatasetView.of(ds).string(0x00280010));
        assertNull(DatasetView.of(ds).string(0x00100010));
    }
}
