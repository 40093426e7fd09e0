package org.veil.pixel.codec.jpegls;

import static org.veil.pixel.codec.jpegls.ByteInput.corrupt;

import org.veil.pixel.PixelCodingException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;

/**
 * Decodes one JPEG-LS stream (ITU-T T.87 interchange format) into a frame: SOF55, SOS with any interleave mode and
 * NEAR, LSE preset parameters, DRI and RSTm markers; APPn and COM are skipped. Not supported (reported as such):
 * mapping tables (palettized JPEG-LS), point transform, the HP color transforms, sampling factors other than 1, and
 * other JPEG processes. One instance decodes one stream.
 */
final class JpegLsDecoder {
    private final ByteInput in;
    private final ImageDescriptor descriptor;
    private PresetParameters presets = PresetParameters.DEFAULTS;
    private int restartInterval;
    private FrameHeader header;
    private Frame frame;
    private boolean[] decoded;

    JpegLsDecoder(byte[] data, ImageDescriptor descriptor) {
        this.in = new ByteInput(data);
        this.descriptor = descriptor;
    }

    Frame decode() throws PixelCodingException {
        if (in.marker() != 0xD8) {
            throw corrupt(0, "stream does not start with SOI (FFD8)");
        }
        while (!in.atEnd()) {
            int at = in.position();
            int code = in.marker();
            if (code == 0xD9) {
                break;
            }
            segment(at, code);
        }
        if (frame == null) {
            throw corrupt(in.position(), "stream has no frame header (SOF55)");
        }
        for (int c = 0; c < decoded.length; c++) {
            if (!decoded[c]) {
                throw corrupt(in.position(), "stream ends before component " + c + " was decoded");
            }
        }
        return frame;
    }

    private void segment(int at, int code) throws PixelCodingException {
        if (code >= 0xD0 && code <= 0xD8 || code == 0x01) {
            throw corrupt(at, String.format("unexpected marker FF%02X", code));
        }
        int end = in.segmentEnd();
        switch (code) {
            case 0xF7 -> startOfFrame(at);
            case 0xF8 -> presetParameters(at, end);
            case 0xDD -> restartInterval(end);
            case 0xDA -> {
                scan(at, end);
                return;
            }
            case 0xE8 -> colorTransform(at, end);
            default -> {
                if (code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC) {
                    throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, at, String.format(
                            "SOF marker FF%02X: not a JPEG-LS stream", code));
                }
            }
        }
        in.seek(end);
    }

    private void startOfFrame(int at) throws PixelCodingException {
        if (header != null) {
            throw corrupt(at, "second frame header");
        }
        int precision = in.u8();
        int rows = in.u16();
        int columns = in.u16();
        int count = in.u8();
        int[] ids = new int[count];
        for (int c = 0; c < count; c++) {
            ids[c] = in.u8();
            int sampling = in.u8();
            in.u8();
            if (sampling != 0x11) {
                throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, at, "component sampling factors 0x"
                        + Integer.toHexString(sampling) + " (only 1x1 is supported)");
            }
        }
        if (precision < 2 || precision > 16) {
            throw corrupt(at, "sample precision " + precision + " outside 2..16");
        }
        if (columns != descriptor.columns() || rows != descriptor.rows() || count != descriptor.samplesPerPixel()
                || precision > descriptor.bitsAllocated()) {
            throw corrupt(at, "stream holds " + columns + "x" + rows + "x" + count + " samples of " + precision
                    + " bits, the image description " + descriptor.columns() + "x" + descriptor.rows() + "x"
                    + descriptor.samplesPerPixel() + " of " + descriptor.bitsAllocated());
        }
        header = new FrameHeader(precision, rows, columns, ids);
        frame = Frame.allocate(columns, rows, count, descriptor.bitsAllocated());
        decoded = new boolean[count];
    }

    private void presetParameters(int at, int end) throws PixelCodingException {
        int id = in.u8();
        if (id == 1) {
            presets = new PresetParameters(in.u16(), in.u16(), in.u16(), in.u16(), in.u16());
        } else if (id != 2 && id != 3) {
            throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, at, "LSE marker segment of type " + id);
        }
    }

    private void restartInterval(int end) throws PixelCodingException {
        int value = 0;
        while (in.position() < end) {
            value = value << 8 | in.u8();
        }
        restartInterval = value;
    }

    private void colorTransform(int at, int end) throws PixelCodingException {
        if (end - in.position() >= 5 && in.u8() == 'm' && in.u8() == 'r' && in.u8() == 'f' && in.u8() == 'x') {
            int transform = in.u8();
            if (transform != 0) {
                throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, at, "HP color transform " + transform
                        + " (APP8 mrfx)");
            }
        }
    }

    private void scan(int at, int dataStart) throws PixelCodingException {
        if (header == null) {
            throw corrupt(at, "scan before the frame header");
        }
        ScanHeader scan = scanHeader(at);
        CodingParameters p;
        try {
            p = new CodingParameters(header.precision(), scan.near(), presets);
        } catch (IllegalArgumentException e) {
            throw corrupt(at, e.getMessage());
        }
        int next = new ScanReader(in.data(), header, frame, restartInterval).read(scan, p, dataStart);
        for (int c : scan.components()) {
            decoded[c] = true;
        }
        in.seek(next);
    }

    private ScanHeader scanHeader(int at) throws PixelCodingException {
        int count = in.u8();
        int[] components = new int[count];
        for (int i = 0; i < count; i++) {
            int id = in.u8();
            int c = header.indexOf(id);
            if (c < 0 || decoded[c]) {
                throw corrupt(at, "scan names component " + id + ", which is unknown or already decoded");
            }
            components[i] = c;
            if (in.u8() != 0) {
                throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, at, "mapping table (palettized JPEG-LS)");
            }
        }
        int near = in.u8();
        int ilv = in.u8();
        int pointTransform = in.u8() & 0x0F;
        if (ilv > 2 || count == 0 || ilv == 0 && count != 1 || ilv > 0 && count != header.componentIds().length) {
            throw corrupt(at, "scan of " + count + " components with interleave mode " + ilv);
        }
        if (pointTransform != 0) {
            throw new UnsupportedPixelCodingException(JpegLsCodec.NAME, at, "point transform " + pointTransform);
        }
        int maxVal = presets.maxVal() != 0 ? presets.maxVal() : (1 << header.precision()) - 1;
        if (near > Math.min(255, maxVal / 2)) {
            throw corrupt(at, "NEAR " + near + " above " + Math.min(255, maxVal / 2));
        }
        return new ScanHeader(components, near, InterleaveMode.of(ilv));
    }
}
