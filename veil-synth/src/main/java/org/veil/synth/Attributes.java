package org.veil.synth;

import java.nio.charset.StandardCharsets;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.AsciiValues;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.StandardDictionary;

/** Puts values into a data set by keyword, with the VR from the dictionary (ISO_IR 100 text). */
final class Attributes {
    private final Dataset ds;

    Attributes(Dataset ds) {
        this.ds = ds;
    }

    private static int tag(String keyword) {
        int tag = StandardDictionary.tag(keyword);
        if (tag == -1) {
            throw new IllegalArgumentException("unknown keyword " + keyword);
        }
        return tag;
    }

    Attributes text(String keyword, String value) {
        int tag = tag(keyword);
        VR vr = StandardDictionary.vr(tag);
        byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
        if ((b.length & 1) == 1) {
            b = java.util.Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = vr.paddingByte();
        }
        ds.put(DataElement.of(tag, vr, b));
        return this;
    }

    Attributes us(String keyword, int... values) {
        byte[] b = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) values[i];
            b[2 * i + 1] = (byte) (values[i] >>> 8);
        }
        ds.put(DataElement.of(tag(keyword), VR.US, b));
        return this;
    }

    Attributes bytes(String keyword, VR vr, byte[] value) {
        ds.put(DataElement.of(tag(keyword), vr, value));
        return this;
    }

    /** A sequence with one item; returns the item's attributes. */
    Attributes item(String keyword) {
        DataElement e = ds.get(tag(keyword));
        Sequence seq = e != null && e.sequence() != null ? e.sequence() : new Sequence(ds);
        if (e == null) {
            ds.put(DataElement.of(tag(keyword), VR.SQ, seq));
        }
        return new Attributes(seq.addItem());
    }

    Attributes privateText(int group, String creator, int offset, VR vr, String value) {
        ds.put(DataElement.of(Tag.of(group, 0x0010), VR.LO, AsciiValues.encode(creator, VR.LO)));
        ds.put(DataElement.of(Tag.of(group, 0x1000 | offset), vr, AsciiValues.encode(value, vr)));
        return this;
    }

    Dataset dataset() {
        return ds;
    }
}
