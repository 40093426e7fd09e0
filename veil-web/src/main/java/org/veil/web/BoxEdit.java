package org.veil.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.frame.RegionFill;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionResult;

/**
 * Re-runs the pixel step of one delivered instance with a box a reviewer drew: the box is filled (black, or the
 * pixel step's lossless fallback for encapsulated data) on every frame or on one, through veil-pixel's redactor, and
 * the file is replaced atomically.
 */
public final class BoxEdit {
    private final PixelRedactor redactor = new PixelRedactor();

    /**
     * @param frame the 0-based frame, or -1 for every frame
     * @return how many frames changed
     */
    public int apply(Path file, Rect box, int frame) throws IOException {
        DicomFile df = DicomReader.read(file);
        ImageDescriptor d = PixelRedactor.describe(df.dataset());
        Rect clipped = box.clip(d.columns(), d.rows());
        if (clipped.isEmpty()) {
            throw new IllegalArgumentException("the box lies outside the image");
        }
        RedactionOptions o = RedactionOptions.DEFAULT;
        RedactionResult r = frame < 0
                ? redactor.redact(df.dataset(), df.transferSyntax(), List.of(clipped), o)
                : redactor.edit(df.dataset(), df.transferSyntax(),
                        (f, i) -> i == frame && !RegionFill.fill(f, d, List.of(clipped), o.fill()).isEmpty(), o);
        DeliveredFile.replace(file, df.fileMeta(), df.dataset(), r.transferSyntax(), r.tempFiles());
        return r.framesChanged();
    }
}
