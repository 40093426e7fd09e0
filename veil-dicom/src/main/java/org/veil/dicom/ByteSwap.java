package org.veil.dicom;

/** In-place byte order reversal of fixed-size units. */
public final class ByteSwap {
    private ByteSwap() {
    }

    /** Reverses each {@code unit}-byte group of {@code b} (a trailing partial unit is left alone). */
    public static void swap(byte[] b, int unit) {
        swap(b, 0, b.length, unit);
    }

    /** Reverses each {@code unit}-byte group in {@code b[off, off+len)}. */
    public static void swap(byte[] b, int off, int len, int unit) {
        int end = off + len - len % unit;
        switch (unit) {
            case 1:
                return;
            case 2:
                for (int i = off; i < end; i += 2) {
                    byte t = b[i];
                    b[i] = b[i + 1];
                    b[i + 1] = t;
                }
                return;
            case 4:
                for (int i = off; i < end; i += 4) {
                    byte t = b[i];
                    b[i] = b[i + 3];
                    b[i + 3] = t;
                    t = b[i + 1];
                    b[i + 1] = b[i + 2];
                    b[i + 2] = t;
                }
                return;
            case 8:
                for (int i = off; i < end; i += 8) {
                    for (int j = 0; j < 4; j++) {
                        byte t = b[i + j];
                        b[i + j] = b[i + 7 - j];
                        b[i + 7 - j] = t;
                    }
                }
                return;
            default:
                throw new IllegalArgumentException("swap unit " + unit);
        }
    }
}
