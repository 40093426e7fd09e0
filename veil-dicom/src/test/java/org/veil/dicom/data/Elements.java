package org.veil.dicom.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.veil.dicom.VR;

/** Data elements for tests, with values written out byte for byte. */
public final class Elements {
    private Elements() {
    }

    /** A string element, ASCII bytes as given (no padding added). */
    public static DataElement text(int tag, VR vr, String value) {
        return text(tag, vr, value, StandardCharsets.ISO_8859_1);
    }

    public static DataElement text(int tag, VR vr, String value, Charset charset) {
        return DataElement.of(tag, vr, value.getBytes(charset));
    }

    /** A binary element of 16-bit values, little endian. */
    public static DataElement shorts(int tag, VR vr, int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return DataElement.of(tag, vr, b.array());
    }

    /** A binary element of 64-bit values, little endian. */
    public static DataElement longs(int tag, VR vr, long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return DataElement.of(tag, vr, b.array());
    }

    public static DataElement floats(int tag, float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return DataElement.of(tag, VR.FL, b.array());
    }

    public static DataElement doubles(int tag, double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return DataElement.of(tag, VR.FD, b.array());
    }

    public static DataElement bytes(int tag, VR vr, int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return DataElement.of(tag, vr, b);
    }

    /** A data set of the given elements. */
    public static Dataset dataset(DataElement... elements) {
        Dataset ds = new Dataset();
        for (DataElement e : elements) {
            ds.put(e);
        }
        return ds;
    }

    /** Adds a sequence to {@code owner} and returns it (add items with {@link Sequence#addItem()}). */
    public static Sequence sequence(Dataset owner, int tag) {
        Sequence s = new Sequence(owner);
        owner.put(DataElement.of(tag, VR.SQ, s));
        return s;
    }
}
