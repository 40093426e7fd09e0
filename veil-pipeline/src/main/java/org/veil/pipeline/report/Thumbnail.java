package org.veil.pipeline.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.redact.PixelRedactor;

/**
 * A small PNG of an image's first frame, as a {@code data:} URI: grey levels stretched between the frame's minimum
 * and maximum (inverted for MONOCHROME1), three samples shown as red, green and blue; at most {@link #SIZE} pixels
 * on its longer side (small images are enlarged to it, pixel by pixel).
 */
final class Thumbnail {
    static final int SIZE = 160;
    private static final int PHOTOMETRIC = 0x00280004;

    private Thumbnail() {
    }

    /** The thumbnail of a file's first frame; empty when it has no pixels or they cannot be decoded. */
    static Optional<String> of(Path file) {
        try {
            DicomFile f = DicomReader.read(file, ReadLimits.DEFAULT);
            Frame[] first = new Frame[1];
            try {
                new PixelRedactor().scan(f.dataset(), f.transferSyntax(), (frame, index) -> {
                    if (index == 0) {
                        first[0] = frame;
                        throw new FirstFrameTaken();
                    }
                });
            } catch (IOException | RuntimeException e) {
                if (first[0] == null) {
                    return Optional.empty();
                }
            }
            if (first[0] == null) {
                return Optional.empty();
            }
            boolean inverted = "MONOCHROME1".equals(DatasetView.of(f.dataset()).string(PHOTOMETRIC));
            return Optional.of(dataUri(render(first[0], inverted)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage render(Frame frame, boolean inverted) {
        int w = frame.columns();
        int h = frame.rows();
        double scale = (double) SIZE / Math.max(w, h);
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        int samples = Math.min(frame.samples(), 3);
        Plane[] planes = new Plane[samples];
        long[][] range = new long[samples][];
        for (int s = 0; s < samples; s++) {
            planes[s] = frame.plane(s);
            range[s] = range(planes[s]);
        }
        BufferedImage img = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int sx = Math.min(w - 1, (int) (x / scale));
                int sy = Math.min(h - 1, (int) (y / scale));
                img.setRGB(x, y, samples >= 3 ? rgb(planes, range, sx, sy) : grey(planes[0], range[0], sx, sy,
                        inverted));
            }
        }
        return img;
    }

    private static int grey(Plane p, long[] range, int x, int y, boolean inverted) {
        int v = level(p.get(x, y), range);
        v = inverted ? 255 - v : v;
        return v << 16 | v << 8 | v;
    }

    private static int rgb(Plane[] planes, long[][] range, int x, int y) {
        return level(planes[0].get(x, y), range[0]) << 16 | level(planes[1].get(x, y), range[1]) << 8
                | level(planes[2].get(x, y), range[2]);
    }

    private static int level(long value, long[] range) {
        long span = Math.max(1, range[1] - range[0]);
        return (int) Math.max(0, Math.min(255, (value - range[0]) * 255 / span));
    }

    private static long[] range(Plane p) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                long v = p.get(x, y);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new long[] {min, max};
    }

    private static String dataUri(BufferedImage img) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** Stops the frame scan once the first frame is in hand. */
    private static final class FirstFrameTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FirstFrameTaken() {
            super("first frame taken", null, false, false);
        }
    }
}
