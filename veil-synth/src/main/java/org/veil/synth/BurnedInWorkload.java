package org.veil.synth;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;

/**
 * Bench workloads with burned-in text: ultrasound cines (640x480 RGB, a speckle fan that changes per frame, a static
 * overlay with the patient's name, ID and birth date and some overlay words) and 512x512 16-bit secondary captures
 * with the same kind of overlay and Burned In Annotation YES. Same seed, same bytes; needs headless AWT fonts.
 */
public final class BurnedInWorkload {
    private BurnedInWorkload() {
    }

    /** {@code files} cines of {@code frames} frames. */
    public static void cines(Path dir, int files, int frames, long seed) throws IOException {
        for (int i = 0; i < files; i++) {
            ImageSpec spec = new ImageSpec("US", "1.2.840.10008.5.1.4.1.1.3.1", 480, 640, frames);
            Dataset h = SyntheticImage.header(seed, spec, i, 0, 0, i);
            DatasetView v = DatasetView.of(h);
            v.putUnsignedShorts(Tags.SamplesPerPixel, 3);
            v.putString(Tags.PhotometricInterpretation, VR.CS, "RGB");
            v.putUnsignedShorts(Tags.PlanarConfiguration, 0);
            v.putUnsignedShorts(Tags.BitsAllocated, 8);
            v.putUnsignedShorts(Tags.BitsStored, 8);
            v.putUnsignedShorts(Tags.HighBit, 7);
            h.remove(Tags.RescaleIntercept);
            h.remove(Tags.RescaleSlope);
            h.remove(Tags.WindowCenter);
            h.remove(Tags.WindowWidth);
            byte[] overlay = overlay(640, 480, h, 14);
            long fileSeed = seed + i;
            write(dir.resolve(String.format("us%03d.dcm", i)), h, (long) 640 * 480 * 3 * frames, VR.OB, (ch, buf) -> {
                for (int f = 0; f < frames; f++) {
                    cineFrame(buf, overlay, fileSeed + f * 31L);
                    writeFully(ch, buf);
                }
            }, 640 * 480 * 3);
        }
    }

    /** {@code files} 512x512 16-bit images with burned-in text. */
    public static void images(Path dir, int files, long seed) throws IOException {
        for (int i = 0; i < files; i++) {
            ImageSpec spec = new ImageSpec("OT", "1.2.840.10008.5.1.4.1.1.7", 512, 512, 1);
            Dataset h = SyntheticImage.header(seed, spec, i % 10, 0, 0, i);
            DatasetView.of(h).putString(Tags.BurnedInAnnotation, VR.CS, "YES");
            byte[] overlay = overlay(512, 512, h, 16);
            long s = seed + i;
            write(dir.resolve(String.format("sc%04d.dcm", i)), h, 512L * 512 * 2, VR.OW, (ch, buf) -> {
                buf.clear();
                for (int p = 0; p < 512 * 512; p++) {
                    int x = p % 512;
                    int y = p / 512;
                    int bg = 200 + (int) ((x * 3 + y * 2 + s) % 400) + ((x ^ y) & 31);
                    buf.putShort((short) (overlay[p] != 0 ? 4095 : bg));
                }
                buf.flip();
                writeFully(ch, buf);
            }, 512 * 512 * 2);
        }
    }

    private interface Body {
        void write(FileChannel ch, ByteBuffer frame) throws IOException;
    }

    private static void write(Path file, Dataset header, long pixelBytes, VR vr, Body body, int frameBytes)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            DicomWriter.write(null, null, header, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch, WriteOptions.DEFAULT);
            ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            head.putShort((short) 0x7FE0).putShort((short) 0x0010).put((byte) vr.name().charAt(0))
                    .put((byte) vr.name().charAt(1)).putShort((short) 0).putInt((int) pixelBytes).flip();
            writeFully(ch, head);
            body.write(ch, ByteBuffer.allocate(frameBytes).order(ByteOrder.LITTLE_ENDIAN));
        }
    }

    /** The overlay mask: name, ID, birth date and a few overlay words, drawn without anti-aliasing. */
    private static byte[] overlay(int w, int h, Dataset header, int size) {
        System.setProperty("java.awt.headless", "true");
        DatasetView v = DatasetView.of(header);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(new Font("SansSerif", Font.BOLD, size));
        g.drawString(v.string(Tags.PatientName).replace('^', ' '), 10, 10 + size);
        g.drawString("ID " + v.string(Tags.PatientID), 10, 16 + 2 * size);
        g.drawString(v.string(Tags.PatientBirthDate), w - 12 * size, 10 + size);
        g.drawString("TGC", w - 4 * size, h / 2);
        g.drawString("MI 0.8", 10, h - 2 * size);
        g.drawString("cm", w - 4 * size, h - 2 * size);
        g.dispose();
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    private static void cineFrame(ByteBuffer buf, byte[] overlay, long seed) {
        buf.clear();
        long state = seed * 0x9E3779B97F4A7C15L;
        for (int p = 0; p < overlay.length; p++) {
            int x = p % 640;
            int y = p / 640;
            int value;
            if (overlay[p] != 0) {
                value = 255;
            } else if (Math.abs(x - 320) * 480 < y * 400 && y > 60) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                value = 40 + (int) ((state >>> 58) * 2) + (y >> 3);
            } else {
                value = 8;
            }
            buf.put((byte) value).put((byte) value).put((byte) value);
        }
        buf.flip();
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
