package org.veil.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.frame.RegionFill;
import org.veil.pixel.redact.OverlayCleanup;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionResult;
import org.veil.pixel.text.DetectorSettings;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Luminance;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextDetector;

/**
 * Re-runs the pixel step of one delivered instance from its ORIGINAL pixels with the review's box list: the
 * delivered header stays, the original's Pixel Data (and image pixel module) replaces the cleaned one, every box in
 * force is filled (veil-pixel's redactor, fill value, on its frames), overlays embedded in unused bits are cleared
 * again when the run had clean-graphics, and the file is replaced atomically. Starting from the original is what
 * lets a deleted or moved box give its area back.
 *
 * <p>Then the second pass: where a box was first and no box covers now (a restored area), the text detector looks
 * again on every frame. Text found there is reported, not removed: the reviewer decided, the review shows it.
 */
final class PixelRerun {
    private static final int[] PIXEL_MODULE = {Tags.SamplesPerPixel, Tags.PhotometricInterpretation,
            Tags.PlanarConfiguration, Tags.NumberOfFrames, Tags.Rows, Tags.Columns, Tags.BitsAllocated,
            Tags.BitsStored, Tags.HighBit, Tags.PixelRepresentation};
    private static final int MARGIN = 4;

    private final PixelRedactor redactor = new PixelRedactor();
    private final TextDetector detector = new TextDetector(DetectorSettings.DEFAULT);

    /**
     * What a re-run did.
     *
     * @param framesChanged  frames with at least one box filled
     * @param textInRestored restored areas where the second pass still detects text
     */
    record Outcome(int framesChanged, List<Rect> textInRestored) {
    }

    Outcome run(java.nio.file.Path delivered, java.nio.file.Path original, List<ReviewBox> boxes,
                boolean cleanGraphics) throws IOException {
        DicomFile out = DicomReader.read(delivered);
        DicomFile in = DicomReader.read(original);
        Dataset ds = out.dataset();
        ImageDescriptor was = PixelRedactor.describe(ds);
        ImageDescriptor orig = PixelRedactor.describe(in.dataset());
        if (was.columns() != orig.columns() || was.rows() != orig.rows()
                || was.numberOfFrames() != orig.numberOfFrames()) {
            throw new IllegalArgumentException("the original's image size or frame count differs from the result's, "
                    + "so the pixel step cannot be re-run from it");
        }
        for (int tag : PIXEL_MODULE) {
            DataElement e = in.dataset().get(tag);
            if (e == null) {
                ds.remove(tag);
            } else {
                ds.put(e);
            }
        }
        ds.put(in.dataset().get(Tags.PixelData));
        ImageDescriptor d = PixelRedactor.describe(ds);
        RedactionOptions o = RedactionOptions.DEFAULT;
        RedactionResult r = uniform(boxes)
                ? redactor.redact(ds, in.transferSyntax(), on(boxes, 0, d), o)
                : redactor.edit(ds, in.transferSyntax(),
                        (f, i) -> !RegionFill.fill(f, d, on(boxes, i, d), o.fill()).isEmpty(), o);
        List<java.nio.file.Path> temps = new ArrayList<>(r.tempFiles());
        TransferSyntax ts = r.transferSyntax();
        if (cleanGraphics) {
            OverlayCleanup c = redactor.cleanOverlays(ds, ts, o);
            temps.addAll(c.tempFiles());
            ts = c.transferSyntax();
        }
        DeliveredFile.replace(delivered, out.fileMeta(), ds, ts, temps);
        return new Outcome(r.framesChanged(), check(delivered, boxes));
    }

    /** True when every box in force is on every frame (the redactor's block-wise path for baseline JPEG applies). */
    private static boolean uniform(List<ReviewBox> boxes) {
        return boxes.stream().filter(b -> !b.deleted()).allMatch(b -> b.frame() < 0 && b.excluded().isEmpty());
    }

    /** The boxes in force on frame {@code f}, clipped to the image. */
    static List<Rect> on(List<ReviewBox> boxes, int f, ImageDescriptor d) {
        List<Rect> rects = new ArrayList<>();
        for (ReviewBox b : boxes) {
            Rect c = b.rect().clip(d.columns(), d.rows());
            if (b.appliesTo(f) && !c.isEmpty()) {
                rects.add(c);
            }
        }
        return rects;
    }

    /** The second pass over {@code file}: restored areas where text is still detected. */
    List<Rect> check(java.nio.file.Path file, List<ReviewBox> boxes) throws IOException {
        DicomFile df = DicomReader.read(file);
        ImageDescriptor d = PixelRedactor.describe(df.dataset());
        Set<Rect> found = new LinkedHashSet<>();
        redactor.scan(df.dataset(), df.transferSyntax(), (frame, i) -> {
            List<Rect> covered = on(boxes, i, d);
            List<Rect> restored = restored(boxes, i, covered);
            if (restored.isEmpty()) {
                return;
            }
            GrayImage g = Luminance.of(frame, d);
            for (Rect a : restored) {
                Rect around = new Rect(a.x() - MARGIN, a.y() - MARGIN, a.width() + 2 * MARGIN,
                        a.height() + 2 * MARGIN).clip(d.columns(), d.rows());
                for (TextBox t : detector.detect(g, around)) {
                    if (share(t.rect(), List.of(a)) >= 0.5 && share(t.rect(), covered) < 0.5) {
                        found.add(a);
                    }
                }
            }
        });
        return new ArrayList<>(found);
    }

    /** First positions of boxes on frame {@code f} that no box in force holds now. */
    private static List<Rect> restored(List<ReviewBox> boxes, int f, List<Rect> covered) {
        List<Rect> out = new ArrayList<>();
        for (ReviewBox b : boxes) {
            if (b.firstAppliesTo(f) && share(b.first(), covered) < 1.0 && !out.contains(b.first())) {
                out.add(b.first());
            }
        }
        return out;
    }

    /** The share of {@code r}'s pixels inside any of {@code areas}. */
    static double share(Rect r, List<Rect> areas) {
        return r.shareInside(areas);
    }
}
