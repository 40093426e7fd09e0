package org.veil.dicom.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.dict.Tags;

/**
 * Typed access to a {@link Dataset}: strings decoded in the Specific Character Set that applies to the data set (its
 * own, or inherited from the enclosing data set, PS3.5 6.1.2.5.3), numbers of binary VRs and number strings, and
 * string writes encoded and padded. A cheap wrapper; make one where needed.
 */
public final class DatasetView {
    private final Dataset ds;

    private DatasetView(Dataset ds) {
        this.ds = ds;
    }

    public static DatasetView of(Dataset ds) {
        return new DatasetView(ds);
    }

    public Dataset dataset() {
        return ds;
    }

    /** The character set of this data set: its own (0008,0005), an enclosing one's, or the default repertoire. */
    public SpecificCharacterSet characterSet() {
        for (Dataset d = ds; d != null; d = d.parent()) {
            DataElement e = d.get(Tags.SpecificCharacterSet);
            if (e != null && e.bytes() != null) {
                return SpecificCharacterSet.ofValue(AsciiValues.decode(e.bytes()));
            }
        }
        return SpecificCharacterSet.DEFAULT;
    }

    /** The decoded value (all values with backslashes) of a string element, trimmed per VR; null when absent. */
    public String text(int tag) {
        DataElement e = ds.get(tag);
        if (e == null || e.bytes() == null || !e.vr().isString()) {
            return null;
        }
        return trim(decode(e), e.vr());
    }

    /** The first value of a string element, trimmed; null when absent or empty. */
    public String string(int tag) {
        DataElement e = ds.get(tag);
        if (e == null || e.bytes() == null || !e.vr().isString() || e.bytes().length == 0) {
            return null;
        }
        String whole = decode(e);
        int end = e.vr().isMultiValuedString() ? whole.indexOf('\\') : -1;
        String first = trim(end < 0 ? whole : whole.substring(0, end), e.vr());
        return first.isEmpty() ? null : first;
    }

    /** The values of a string element, each trimmed; empty when absent. */
    public String[] strings(int tag) {
        DataElement e = ds.get(tag);
        if (e == null || e.bytes() == null || !e.vr().isString() || e.bytes().length == 0) {
            return new String[0];
        }
        String whole = decode(e);
        if (!e.vr().isMultiValuedString()) {
            return new String[] {trim(whole, e.vr())};
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= whole.length(); i++) {
            if (i == whole.length() || whole.charAt(i) == '\\') {
                out.add(trim(whole.substring(start, i), e.vr()));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    private String decode(DataElement e) {
        return e.vr().usesCharacterSet() ? characterSet().decode(e.bytes(), e.vr())
                : AsciiValues.decodeRaw(e.bytes());
    }

    /**
     * Removes padding: trailing spaces and NULs for every string VR, leading spaces too except for the text VRs whose
     * leading spaces are significant (LT, ST, UT).
     */
    static String trim(String s, VR vr) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        if (vr != VR.LT && vr != VR.ST && vr != VR.UT) {
            while (start < end && s.charAt(start) == ' ') {
                start++;
            }
        }
        return s.substring(start, end);
    }

    /** The first number of an element (binary integer VRs or IS/DS), or {@code fallback}. */
    public long number(int tag, long fallback) {
        long[] all = numbers(tag);
        return all.length == 0 ? fallback : all[0];
    }

    /** All integers of an element of VR US, SS, UL, SL, SV, UV, OW, IS or DS; empty when absent or not numeric. */
    public long[] numbers(int tag) {
        DataElement e = ds.get(tag);
        if (e == null || e.bytes() == null) {
            return new long[0];
        }
        byte[] b = e.bytes();
        switch (e.vr()) {
            case US:
            case OW:
                return unsigned(b, 2);
            case SS:
                return signed(b, 2);
            case UL:
                return unsigned(b, 4);
            case SL:
                return signed(b, 4);
            case SV:
            case UV:
                return signed(b, 8);
            case IS:
            case DS:
                return Arrays.stream(strings(tag)).filter(s -> !s.isEmpty()).mapToLong(DatasetView::parseLong)
                        .toArray();
            default:
                return new long[0];
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return (long) Double.parseDouble(s);
        }
    }

    /** All decimals of an element of VR FL, FD, DS or IS; empty when absent. */
    public double[] decimals(int tag) {
        DataElement e = ds.get(tag);
        if (e == null || e.bytes() == null) {
            return new double[0];
        }
        byte[] b = e.bytes();
        if (e.vr() == VR.FL || e.vr() == VR.OF) {
            double[] out = new double[b.length / 4];
            long[] raw = unsigned(b, 4);
            for (int i = 0; i < out.length; i++) {
                out[i] = Float.intBitsToFloat((int) raw[i]);
            }
            return out;
        }
        if (e.vr() == VR.FD || e.vr() == VR.OD) {
            double[] out = new double[b.length / 8];
            long[] raw = signed(b, 8);
            for (int i = 0; i < out.length; i++) {
                out[i] = Double.longBitsToDouble(raw[i]);
            }
            return out;
        }
        if (e.vr() == VR.DS || e.vr() == VR.IS) {
            return Arrays.stream(strings(tag)).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).toArray();
        }
        long[] n = numbers(tag);
        return Arrays.stream(n).asDoubleStream().toArray();
    }

    static long[] unsigned(byte[] b, int size) {
        long[] out = new long[b.length / size];
        for (int i = 0; i < out.length; i++) {
            long v = 0;
            for (int k = size - 1; k >= 0; k--) {
                v = v << 8 | (b[i * size + k] & 0xFF);
            }
            out[i] = v;
        }
        return out;
    }

    static long[] signed(byte[] b, int size) {
        long[] out = unsigned(b, size);
        int shift = 64 - 8 * size;
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] << shift >> shift;
        }
        return out;
    }

    /**
     * Sets a string element: encoded in this data set's character set for the text VRs (ASCII otherwise) and padded
     * to even length with the VR's padding byte.
     */
    public void putString(int tag, VR vr, String value) {
        byte[] raw = vr.usesCharacterSet() ? characterSet().encode(value, vr)
                : value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if ((raw.length & 1) == 1) {
            raw = Arrays.copyOf(raw, raw.length + 1);
            raw[raw.length - 1] = vr.paddingByte();
        }
        ds.put(DataElement.of(tag, vr, raw));
    }

    /** Sets a US element. */
    public void putUnsignedShorts(int tag, int... values) {
        byte[] b = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) values[i];
            b[2 * i + 1] = (byte) (values[i] >>> 8);
        }
        ds.put(DataElement.of(tag, VR.US, b));
    }
}
