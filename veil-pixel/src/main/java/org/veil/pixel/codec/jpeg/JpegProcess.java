package org.veil.pixel.codec.jpeg;

/** The coding processes Veil reads and writes (ITU-T T.81 Table B.1), all Huffman-coded and non-hierarchical. */
public enum JpegProcess {
    /** SOF0: baseline sequential DCT, 8-bit, at most two DC and two AC tables. */
    BASELINE(JpegMarker.SOF0),
    /** SOF1: extended sequential DCT, 8 or 12-bit, up to four tables of each class. */
    EXTENDED(JpegMarker.SOF1),
    /** SOF3: lossless (process 14), 2 to 16-bit, predictors 1 to 7. */
    LOSSLESS(JpegMarker.SOF3);

    private final int marker;

    JpegProcess(int marker) {
        this.marker = marker;
    }

    /** The SOF marker code, e.g. 0xC3. */
    public int marker() {
        return marker;
    }

    /** True for the DCT processes. */
    public boolean dct() {
        return this != LOSSLESS;
    }

    /** Width and height of a data unit: 8 for DCT blocks, 1 for lossless samples. */
    public int dataUnitSize() {
        return dct() ? 8 : 1;
    }

    /** The process of a SOF marker, or a clear "unsupported" error naming it. */
    static JpegProcess ofMarker(int marker, int offset) throws JpegFormatException {
        String name = JpegMarker.name(marker);
        return switch (marker) {
            case JpegMarker.SOF0 -> BASELINE;
            case JpegMarker.SOF1 -> EXTENDED;
            case JpegMarker.SOF3 -> LOSSLESS;
            case JpegMarker.SOF2 -> throw new JpegFormatException(offset, name, "unsupported: progressive JPEG (SOF2)");
            case 0xC5, 0xC6, 0xC7 -> throw new JpegFormatException(offset, name,
                    "unsupported: hierarchical JPEG (" + name + ")");
            default -> throw new JpegFormatException(offset, name, "unsupported: arithmetic coding (" + name + ")");
        };
    }
}
