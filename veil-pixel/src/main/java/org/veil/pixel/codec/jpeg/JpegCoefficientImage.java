package org.veil.pixel.codec.jpeg;

import java.awt.Rectangle;
import java.util.Arrays;

/**
 * A sequential DCT JPEG (baseline SOF0 or extended SOF1, Huffman-coded) held as quantized coefficients, so that
 * blocks can be changed and the stream written back without decoding and re-compressing the others.
 *
 * <p>{@link #write()} repeats every marker segment of the original (APPn, COM, DQT, DHT, DRI, SOF, in order) and
 * re-encodes each scan from the coefficients with the same components, tables and restart interval. Unchanged blocks
 * keep their coefficients exactly, so they decode to exactly the same samples; a stream written without changes
 * decodes identically to the original. Original Huffman tables are kept while they have a code for every symbol;
 * otherwise the scan gets tables optimized for its symbols (T.81 K.2) in a new DHT.
 *
 * <p>Not thread-safe while being modified.
 */
public final class JpegCoefficientImage {
    private final JpegStream stream;
    private final CoefficientPlane[] planes;

    private JpegCoefficientImage(JpegStream stream, CoefficientPlane[] planes) {
        this.stream = stream;
        this.planes = planes;
    }

    /** Reads a baseline or extended sequential DCT stream with the default limits. */
    public static JpegCoefficientImage read(byte[] jpeg) throws JpegFormatException {
        return read(jpeg, JpegLimits.DEFAULT);
    }

    /**
     * Reads a baseline or extended sequential DCT stream.
     *
     * @throws JpegFormatException for a corrupt or truncated stream, another coding process (lossless streams have no
     *                             coefficients: use {@link JpegDecoder}), or a limit exceeded
     */
    public static JpegCoefficientImage read(byte[] jpeg, JpegLimits limits) throws JpegFormatException {
        JpegStream stream = JpegParser.parse(jpeg, limits);
        if (!stream.frame().process().dct()) {
            throw new JpegFormatException(sofOffset(stream), "SOF3",
                    "lossless JPEG has no DCT coefficients (decode it with JpegDecoder)");
        }
        return decode(stream);
    }

    static JpegCoefficientImage decode(JpegStream stream) throws JpegFormatException {
        FrameHeader f = stream.frame();
        CoefficientPlane[] planes = new CoefficientPlane[f.components().size()];
        for (int i = 0; i < planes.length; i++) {
            planes[i] = new CoefficientPlane(f.paddedUnitsAcross(i), f.paddedUnitsDown(i),
                    FrameHeader.ceilDiv(f.componentWidth(i), 8), FrameHeader.ceilDiv(f.componentHeight(i), 8));
        }
        for (JpegScan scan : stream.scans()) {
            DctScanDecoder.decode(stream.data(), f, scan, planes);
        }
        return new JpegCoefficientImage(stream, planes);
    }

    private static int sofOffset(JpegStream stream) {
        return stream.segments().stream().filter(s -> JpegMarker.isStartOfFrame(s.marker()))
                .mapToInt(JpegSegment::offset).findFirst().orElse(0);
    }

    /** The frame header (with the line count from DNL where the SOF had 0). */
    public FrameHeader frame() {
        return stream.frame();
    }

    /** The coefficients of frame component i (live: changes are written by {@link #write()}). */
    public CoefficientPlane component(int i) {
        return planes[i];
    }

    /** The quantization table frame component i was coded with. */
    public QuantTable quantTable(int i) {
        return stream.componentQuant()[i];
    }

    /** Dequantizes and inverse-transforms every block: the components at their own resolution. */
    public ComponentPlanes toPlanes() {
        return DctReconstructor.reconstruct(stream.frame(), planes, stream.componentQuant());
    }

    /**
     * Sets every block that holds a sample of the region, in every component, to a flat block that reconstructs to
     * the fill value (nearest value the DC quantizer allows). Other blocks keep their coefficients exactly.
     *
     * <p>The area actually changed is the region rounded out to block boundaries of each component, i.e. to 8
     * samples of the component, which for a subsampled component spans 8 * Hmax / Hi full-resolution columns (and
     * likewise lines). The returned rectangle (the region rounded out to whole MCUs and clipped to the image)
     * contains every changed sample.
     *
     * @param region    in full-resolution pixels; parts outside the image are ignored
     * @param fillValue sample value for every component, 0..2^P-1 (for YCbCr use the per-component variant with
     *                  2^(P-1) for Cb and Cr to get grey)
     * @return the region rounded out to MCUs, clipped to the image; empty when the region misses the image
     */
    public Rectangle redactBlocks(Rectangle region, int fillValue) {
        int[] fill = new int[planes.length];
        Arrays.fill(fill, fillValue);
        return redactBlocks(region, fill);
    }

    /** As {@link #redactBlocks(Rectangle, int)} with a fill value per frame component. */
    public Rectangle redactBlocks(Rectangle region, int[] fillPerComponent) {
        if (fillPerComponent.length != planes.length) {
            throw new IllegalArgumentException("need " + planes.length + " fill values, got "
                    + fillPerComponent.length);
        }
        return BlockRedactor.redact(stream.frame(), planes, stream.componentQuant(), region, fillPerComponent);
    }

    /**
     * A copy whose {@link #write()} uses one restart interval for every scan (T.81 B.2.4.4): RSTn markers every
     * {@code mcus} MCUs, or none for 0.
     */
    public JpegCoefficientImage withRestartInterval(int mcus) {
        if (mcus < 0 || mcus > 65535) {
            throw new IllegalArgumentException("restart interval " + mcus + " outside 0..65535");
        }
        CoefficientPlane[] copies = new CoefficientPlane[planes.length];
        for (int i = 0; i < planes.length; i++) {
            copies[i] = planes[i].copy();
        }
        return new JpegCoefficientImage(stream.withRestartInterval(mcus), copies);
    }

    /** The JPEG stream re-encoded from the current coefficients. */
    public byte[] write() {
        return CoefficientImageWriter.write(stream, planes);
    }
}
