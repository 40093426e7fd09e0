package org.veil.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Luminance;

/**
 * Renders one frame of a DICOM file as a grayscale PNG with Veil's own decoders: 8-bit data as stored (RGB as its
 * luminance), deeper data stretched to 8 bits per frame, then a window (center and width on that 0..255 scale).
 */
public final class FrameRenderer {
    private final PixelRedactor pixels = new PixelRedactor();

    /** The PNG bytes of frame {@code index} (0-based) of {@code file}. */
    public byte[] png(Path file, int index, int center, int width) throws IOException {
        GrayImage g = gray(file, index);
        BufferedImage img = new BufferedImage(g.width(), g.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] row = new byte[g.width()];
        double lo = center - width / 2.0;
        double w = Math.max(1, width);
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                double v = (g.get(x, y) - lo) * 255.0 / w;
                row[x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
            img.getRaster().setDataElements(0, y, g.width(), 1, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** 8-bit samples as stored: gray, or the luminance of RGB; MONOCHROME1 inverted. */
    private static GrayImage raw(Frame f, ImageDescriptor d) throws UnsupportedPixelCodingException {
        PhotometricInterpretation p = d.photometric();
        boolean rgb = p == PhotometricInterpretation.RGB && f.samples() == 3;
        if (!rgb && f.samples() != 1) {
            return Luminance.of(f, d);
        }
        GrayImage g = GrayImage.blank(f.columns(), f.rows());
        for (int y = 0; y < f.rows(); y++) {
            for (int x = 0; x < f.columns(); x++) {
                long v = rgb ? (77 * f.plane(0).get(x, y) + 150 * f.plane(1).get(x, y) + 29 * f.plane(2).get(x, y)) >> 8
                        : f.plane(0).get(x, y);
                int c = (int) Math.max(0, Math.min(255, v));
                g.set(x, y, p == PhotometricInterpretation.MONOCHROME1 ? 255 - c : c);
            }
        }
        return g;
    }

    /** Frame {@code index} of {@code file} as 8-bit luminance. */
    public GrayImage gray(Path file, int index) throws IOException {
        DicomFile df = DicomReader.read(file);
        ImageDescriptor d = PixelRedactor.describe(df.dataset());
        if (index < 0 || index >= d.numberOfFrames()) {
            throw new IllegalArgumentException("no frame " + index);
        }
        GrayImage[] found = new GrayImage[1];
        pixels.scan(df.dataset(), df.transferSyntax(), (frame, i) -> {
            if (i == index) {
                found[0] = d.bitsStored() <= 8 ? raw(frame, d) : Luminance.of(frame, d);
            }
        });
        if (found[0] == null) {
            throw new IOException("frame " + index + " could not be decoded");
        }
        return found[0];
    }
}
