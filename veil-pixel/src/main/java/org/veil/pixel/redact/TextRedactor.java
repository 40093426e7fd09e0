package org.veil.pixel.redact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.KeepDecision;
import org.veil.pixel.text.Luminance;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextDetector;
import org.veil.pixel.text.TextEraser;

/**
 * Removes burned-in text found by detection from every frame of an image:
 * <ol>
 *   <li>every frame is searched; each distinct box (same place, same content) is judged once by the
 *       {@link KeepDecision}, so a static overlay of a cine is read once, and text that changes per frame is judged
 *       where it appears;</li>
 *   <li>every box not kept is removed from every frame (a box found in one frame is painted over in all of them:
 *       fail closed; a kept box overlapped by a removed one loses the overlap), by {@link EraseMethod} for lossless data, or block by block with the fill value for DCT JPEG;</li>
 *   <li>the cleaned frames are searched again: text found inside a removed area is erased too (with a margin) and
 *       searched for again, up to two more rounds; text still there is an error, so the image is quarantined
 *       rather than written.</li>
 * </ol>
 * Thread-safe when its detector and decision are.
 */
public final class TextRedactor {
    /** Distinct boxes judged per image; later ones are removed unread (bounds OCR time on noisy cines). */
    static final int MAX_JUDGED = 64;
    /** Times the second pass may send leftovers back to the eraser before the image is quarantined. */
    private static final int EXTRA_ROUNDS = 2;

    private final PixelRedactor redactor;
    private final TextDetector detector;

    public TextRedactor(PixelRedactor redactor, TextDetector detector) {
        this.redactor = redactor;
        this.detector = detector;
    }

    public TextCleanup clean(Dataset ds, TransferSyntax ts, KeepDecision keep, EraseMethod method,
                             RedactionOptions opts) throws IOException {
        if (ds.get(Tags.PixelData) == null) {
            return new TextCleanup(0, 0, List.of(), null);
        }
        ImageDescriptor d = PixelRedactor.describe(ds);
        Map<BoxKey, Boolean> judged = new HashMap<>();
        int[] asked = new int[1];
        Set<Rect> removed = new LinkedHashSet<>();
        Set<Rect> kept = new LinkedHashSet<>();
        redactor.scan(ds, ts, (f, i) -> {
            GrayImage g = Luminance.of(f, d);
            for (TextBox b : detector.detect(g)) {
                GrayImage crop = g.crop(b.rect());
                boolean k = judged.computeIfAbsent(new BoxKey(b.rect(), crop.contentHash()),
                        key -> asked[0]++ < MAX_JUDGED && keep.keep(b, crop));
                (k ? kept : removed).add(b.rect());
            }
        });
        List<Rect> areas = joined(removed);
        int found = removed.size() + kept.size();
        int keptCount = (int) kept.stream().filter(r -> !removed.contains(r)).count();
        if (areas.isEmpty()) {
            return new TextCleanup(found, keptCount, areas, null);
        }
        RedactionResult r = erase(ds, ts, d, areas, method, opts);
        for (int round = 0; round < EXTRA_ROUNDS; round++) {
            List<Rect> left = leftovers(ds, r, areas);
            if (left.isEmpty()) {
                return new TextCleanup(found, keptCount, areas, r);
            }
            List<Rect> more = new ArrayList<>(areas);
            for (Rect l : left) {
                more.add(new Rect(l.x() - 2, l.y() - 2, l.width() + 4, l.height() + 4));
            }
            areas = more;
            RedactionResult again = erase(ds, r.transferSyntax(), d, areas, method, opts);
            PixelTempFiles.deleteAll(r.tempFiles());
            r = again;
        }
        int left = leftovers(ds, r, areas).size();
        if (left > 0) {
            PixelTempFiles.deleteAll(r.tempFiles());
            throw new PixelRedactionException("text was still detected in " + left + " removed area(s) after "
                    + "removal; the image needs review");
        }
        return new TextCleanup(found, keptCount, areas, r);
    }

    private RedactionResult erase(Dataset ds, TransferSyntax ts, ImageDescriptor d, List<Rect> areas,
                                  EraseMethod method, RedactionOptions opts) throws IOException {
        return ts.equals(TransferSyntax.JPEG_BASELINE) || ts.equals(TransferSyntax.JPEG_EXTENDED)
                ? redactor.redact(ds, ts, areas, opts)
                : redactor.edit(ds, ts, (f, i) -> TextEraser.erase(f, d, areas, method), opts);
    }

    /** The distinct removed boxes, without those inside another one (the eraser paints their union). */
    private static List<Rect> joined(Set<Rect> rects) {
        List<Rect> out = new ArrayList<>();
        for (Rect r : rects) {
            boolean inside = false;
            for (Rect o : rects) {
                inside |= !o.equals(r) && contains(o, r);
            }
            if (!inside) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean contains(Rect o, Rect r) {
        return r.x() >= o.x() && r.y() >= o.y() && r.x() + r.width() <= o.x() + o.width()
                && r.y() + r.height() <= o.y() + o.height();
    }

    /** The second pass: boxes found inside removed areas of the cleaned frames (they must be none). */
    private List<Rect> leftovers(Dataset ds, RedactionResult r, List<Rect> areas) throws IOException {
        ImageDescriptor d = PixelRedactor.describe(ds);
        Set<Rect> left = new LinkedHashSet<>();
        try {
            redactor.scan(ds, r.transferSyntax(), (f, i) -> {
                GrayImage g = Luminance.of(f, d);
                for (TextBox b : detector.detect(g)) {
                    if (insideShare(b.rect(), areas) >= 0.5) {
                        left.add(b.rect());
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            PixelTempFiles.deleteAll(r.tempFiles());
            throw e;
        }
        return new ArrayList<>(left);
    }

    private static double insideShare(Rect b, List<Rect> areas) {
        long inside = 0;
        for (int y = b.y(); y < b.y() + b.height(); y++) {
            for (int x = b.x(); x < b.x() + b.width(); x++) {
                for (Rect a : areas) {
                    if (a.contains(x, y)) {
                        inside++;
                        break;
                    }
                }
            }
        }
        return (double) inside / Math.max(1, (long) b.width() * b.height());
    }

    private record BoxKey(Rect rect, long content) {
    }
}
