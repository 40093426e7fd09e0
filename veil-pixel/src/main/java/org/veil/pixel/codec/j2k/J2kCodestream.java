package org.veil.pixel.codec.j2k;

import org.veil.pixel.CorruptPixelDataException;

/**
 * What Veil needs from the main header of a JPEG 2000 codestream (ISO/IEC 15444-1 Annex A): image and component
 * sizes from SIZ, the multiple component transform flag from COD, and the signs of Part 15 (HTJ2K): the CAP marker
 * or Rsiz bit 14. A JP2 file wrapper is tolerated (some encoders wrongly put one in DICOM); the codestream inside its
 * {@code jp2c} box is used.
 *
 * @param start      offset of SOC in the data
 * @param end        offset just past the codestream (its EOC marker)
 * @param rsiz       capabilities (Rsiz)
 * @param columns    Xsiz - XOsiz
 * @param rows       Ysiz - YOsiz
 * @param precision  bit depth of each component
 * @param signed     signedness of each component
 * @param subsampled true when a component has XRsiz or YRsiz other than 1
 * @param highThroughput true when the codestream uses Part 15 capabilities
 * @param mct        true when COD selects a multiple component transform
 */
record J2kCodestream(int start, int end, int rsiz, int columns, int rows, int[] precision, boolean[] signed,
                     boolean subsampled, boolean highThroughput, boolean mct) {

    static final String NAME = "JPEG 2000";
    private static final int SOC = 0xFF4F;
    private static final int SIZ = 0xFF51;
    private static final int COD = 0xFF52;
    private static final int CAP = 0xFF50;
    private static final int SOT = 0xFF90;
    private static final int EOC = 0xFFD9;

    static J2kCodestream inspect(byte[] data, String codec) throws CorruptPixelDataException {
        int[] box = codestreamBox(data, codec);
        int start = box[0];
        if (u16(codec, data, start) != SOC || u16(codec, data, start + 2) != SIZ) {
            throw corrupt(codec, start, "codestream does not start with SOC and SIZ");
        }
        int pos = start + 4;
        int sizLength = u16(codec, data, pos);
        int count = u16(codec, data, pos + 36);
        if (sizLength != 38 + 3 * count || count < 1 || pos + sizLength > data.length) {
            throw corrupt(codec, pos, "SIZ length " + sizLength + " does not fit " + count + " components");
        }
        int rsiz = u16(codec, data, pos + 2);
        long columns = u32(codec, data, pos + 4) - u32(codec, data, pos + 12);
        long rows = u32(codec, data, pos + 8) - u32(codec, data, pos + 16);
        if (columns < 1 || rows < 1 || columns > 65535 || rows > 65535) {
            throw corrupt(codec, pos, "image size " + columns + "x" + rows + " outside 1..65535");
        }
        int[] precision = new int[count];
        boolean[] signed = new boolean[count];
        boolean subsampled = false;
        for (int c = 0; c < count; c++) {
            int ssiz = data[pos + 38 + 3 * c] & 0xFF;
            precision[c] = (ssiz & 0x7F) + 1;
            signed[c] = (ssiz & 0x80) != 0;
            subsampled |= data[pos + 39 + 3 * c] != 1 || data[pos + 40 + 3 * c] != 1;
        }
        int flags = mainHeaderFlags(data, pos + sizLength, codec);
        return new J2kCodestream(start, end(data, start, box[1], codec), rsiz, (int) columns, (int) rows, precision,
                signed, subsampled, (flags & HAS_CAP) != 0 || (rsiz & 0x4000) != 0, (flags & HAS_MCT) != 0);
    }

    private static final int HAS_CAP = 1;
    private static final int HAS_MCT = 2;

    /** Walks the main header after SIZ up to the first SOT: whether it holds CAP, and whether COD selects an MCT. */
    private static int mainHeaderFlags(byte[] data, int from, String codec) throws CorruptPixelDataException {
        int flags = 0;
        int pos = from;
        for (int marker = u16(codec, data, pos); marker != SOT; marker = u16(codec, data, pos)) {
            if ((marker & 0xFF00) != 0xFF00) {
                throw corrupt(codec, pos, "expected a marker in the main header");
            }
            int length = u16(codec, data, pos + 2);
            if (length < 2 || pos + 2 + length > data.length) {
                throw corrupt(codec, pos, "marker segment passes the end of the codestream");
            }
            flags |= marker == CAP ? HAS_CAP : 0;
            flags |= marker == COD && length >= 7 && data[pos + 8] != 0 ? HAS_MCT : 0;
            pos += 2 + length;
        }
        return flags;
    }

    /** Past the EOC marker, allowing a little trailing 0x00 or 0xFF padding; an error when EOC is missing. */
    private static int end(byte[] data, int start, int limit, String codec) throws CorruptPixelDataException {
        for (int k = limit; k >= Math.max(start + 4, limit - 16); k--) {
            if (data[k - 2] == (byte) 0xFF && data[k - 1] == (byte) 0xD9) {
                return k;
            }
            if (data[k - 1] != 0 && data[k - 1] != (byte) 0xFF) {
                break;
            }
        }
        throw corrupt(codec, limit, "codestream does not end with EOC (FFD9): truncated?");
    }

    /** Start and limit of the codestream: the whole data, or the contents of the jp2c box of a JP2 file. */
    private static int[] codestreamBox(byte[] data, String codec) throws CorruptPixelDataException {
        if (data.length >= 12 && u32(codec, data, 0) == 12 && u32(codec, data, 4) == 0x6A502020L) {
            int pos = 0;
            while (pos + 8 <= data.length) {
                long length = u32(codec, data, pos);
                long type = u32(codec, data, pos + 4);
                if (type == 0x6A703263L) {
                    long limit = length == 0 ? data.length : pos + length;
                    if (limit > data.length || length != 0 && length < 8) {
                        throw corrupt(codec, pos, "jp2c box passes the end of the data");
                    }
                    return new int[] {pos + 8, (int) limit};
                }
                if (length < 8 || pos + length > data.length) {
                    break;
                }
                pos += (int) length;
            }
            throw corrupt(codec, pos, "JP2 file without a codestream box (jp2c)");
        }
        return new int[] {0, data.length};
    }

    private static int u16(String codec, byte[] b, int at) throws CorruptPixelDataException {
        if (at < 0 || at + 2 > b.length) {
            throw corrupt(codec, at, "codestream ends inside its main header");
        }
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static long u32(String codec, byte[] b, int at) throws CorruptPixelDataException {
        return (long) u16(codec, b, at) << 16 | u16(codec, b, at + 2);
    }

    private static CorruptPixelDataException corrupt(String codec, long offset, String reason) {
        return new CorruptPixelDataException(codec, offset, reason);
    }
}
