package org.veil.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Luminance;

/**
 * Renders one frame of a DICOM file as a grayscale PNG with Veil's own decoders: the frame's luminance stretched to
 * 8 bits, then a window (center and width on that 0..255 scale) applied.
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
                found[0] = Luminance.of(frame, d);
            }
        });
        if (found[0] == null) {
            throw new IOException("frame " + index + " could not be decoded");
        }
        return found[0];
    }
}
