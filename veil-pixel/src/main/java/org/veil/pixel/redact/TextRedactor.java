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
import org.veil.pixel.text.TemporalSummary;

/**
 * Removes burned-in text found by detection from every frame of an image:
 * <ol>
 *   <li>every frame is searched: a single frame whole; a cine's static overlay once on the
 *       {@link TemporalSummary} of its frames, and each frame where its pixels change. Each distinct box (same place,
 *       same content) is judged once by the {@link KeepDecision}, so a static overlay is read once, and text that
 *       changes per frame is judged where it appears;</li>
 *   <li>every box not kept is removed from every frame (a box found in one frame is painted over in all of them:
 *       fail closed; a removed box overlapping a kept one spares only the kept ink, {@link KeptAreas}), by {@link EraseMethod} for lossless data, or block by block with the fill value for DCT JPEG;</li>
 *   <li>the cleaned frames are searched again around every removed area: text found inside a removed area is erased too (with a margin) and
 *       searched for again, up to two more rounds; text still there is an error, so the image is quarantined
 *       rather than written.</li>
 * </ol>
 * Thread-safe when its detector and decision are.
 */
public final class TextRedactor {
    /** Distinct boxes judged per image; later ones are removed unread (bounds OCR time on noisy cines). */
    static final int MAX_JUDGED = 64;
    /**
     * Luminance bytes of a cine kept between its two passes: at most 64 MB, and at most a sixteenth of the heap
     * (larger cines are decoded twice). Under a small heap (the bench's 128 MB, two workers) two cached cines and the
     * free-text cleaner's tables filled the heap and full collections cost more than decoding twice.
     */
    static final long MAX_CACHED_LUMINANCE = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16);
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
        Judgement j = new Judgement(keep);
        RowRanges rows = RowRanges.of(d);
        if (d.numberOfFrames() == 1) {
            int[] work = new int[d.columns() * d.rows()];
            luminance(ds, ts, d, work, null, g -> {
                if (rows != null) {
                    rows.add(work);
                }
                for (TextBox b : detector.detect(g)) {
                    j.judgeProtecting(b, g, null);
                }
            });
        } else {
            searchCine(ds, ts, d, j, rows);
        }
        Set<Rect> removed = j.removed;
        Set<Rect> kept = j.kept;
        List<Rect> areas = j.keptInk.carve(joined(removed));
        int found = removed.size() + kept.size();
        int keptCount = (int) kept.stream().filter(r -> !removed.contains(r)).count();
        if (areas.isEmpty()) {
            return new TextCleanup(found, keptCount, areas, null);
        }
        Erased e = erase(ds, ts, d, areas, method, opts, rows, j.keptInk);
        for (int round = 0; round < EXTRA_ROUNDS; round++) {
            if (e.leftovers().isEmpty()) {
                return new TextCleanup(found, keptCount, areas, e.result());
            }
            List<Rect> more = new ArrayList<>(areas);
            for (Rect l : e.leftovers()) {
                more.add(new Rect(l.x() - 2, l.y() - 2, l.width() + 4, l.height() + 4));
            }
            areas = more;
            Erased again = erase(ds, e.result().transferSyntax(), d, areas, method, opts, null, j.keptInk);
            PixelTempFiles.deleteAll(e.result().tempFiles());
            e = again;
        }
        RedactionResult r = e.result();
        int left = e.leftovers().size();
        if (left > 0) {
            PixelTempFiles.deleteAll(r.tempFiles());
            throw new PixelRedactionException("text was still detected in " + left + " removed area(s) after "
                    + "removal; the image needs review");
        }
        return new TextCleanup(found, keptCount, areas, r);
    }

    /**
     * Cines: the static overlay is found once, on the {@link TemporalSummary} of all frames, and each of its boxes
     * judged once; then every frame is searched where pixels change and reach their extreme densely (timers, frame
     * counters), on the frame with its other changing pixels flattened ({@link TemporalSummary#changingText}). A per-frame box that overlaps a removed static box is removed unread; one that a kept static
     * box covers is that box; any other is judged on its own.
     */
    private void searchCine(Dataset ds, TransferSyntax ts, ImageDescriptor d, Judgement j, RowRanges rows)
            throws IOException {
        TemporalSummary summary = new TemporalSummary(d.columns(), d.rows());
        boolean cache = (long) d.columns() * d.rows() * d.numberOfFrames() <= MAX_CACHED_LUMINANCE;
        List<GrayImage> frames = new ArrayList<>();
        int[] work = new int[d.columns() * d.rows()];
        byte[] gray = cache ? null : new byte[work.length];
        luminance(ds, ts, d, work, gray, g -> {
            if (rows != null) {
                rows.add(work);
            }
            summary.add(g);
            if (cache) {
                frames.add(g);
            }
        });
        GrayImage still = summary.image();
        for (TextBox b : detector.detect(still)) {
            j.judgeProtecting(b, still, summary);
        }
        if (summary.changingArea(0).isEmpty()) {
            return;
        }
        if (cache) {
            for (GrayImage g : frames) {
                searchChanging(g, summary, j);
            }
        } else {
            luminance(ds, ts, d, work, gray, g -> searchChanging(g, summary, j));
        }
    }

    /**
     * Hands every frame's luminance to {@code v}, straight from the native bytes where {@link Luminance#fromBytes}
     * (no decoded planes), else from decoded frames; the values before the stretch are in {@code work}.
     *
     * @param gray the bytes to reuse for every frame's luminance, or null for new ones per frame
     */
    private void luminance(Dataset ds, TransferSyntax ts, ImageDescriptor d, int[] work, byte[] gray,
                           LuminanceVisitor v) throws IOException {
        if (Luminance.fromBytes(d) && redactor.scanNativeBytes(ds, ts,
                (data, offset, i) -> v.visit(Luminance.ofBytes(data, offset, d, work, gray)))) {
            return;
        }
        redactor.scanReusing(ds, ts, (f, i) -> v.visit(Luminance.of(f, d, work, gray)));
    }

    /** Looks at one frame's luminance. */
    @FunctionalInterface
    private interface LuminanceVisitor {
        void visit(GrayImage g) throws IOException;
    }

    private void searchChanging(GrayImage g, TemporalSummary summary, Judgement j) {
        Rect area = summary.changingTextArea(g, detector.settings().maxHeight());
        if (area.isEmpty()) {
            return;
        }
        GrayImage text = summary.changingText(g);
        for (TextBox b : detector.detect(text, area)) {
            if (overlapsAny(b.rect(), j.removed)) {
                j.removed.add(b.rect());
            } else if (!coveredBy(b.rect(), j.kept)) {
                j.judge(b, text);
            }
        }
    }

    private static boolean overlapsAny(Rect r, Set<Rect> rects) {
        for (Rect o : rects) {
            if (r.x() < o.x() + o.width() && o.x() < r.x() + r.width() && r.y() < o.y() + o.height()
                    && o.y() < r.y() + r.height()) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code rects} holds at least 80% of {@code r}. */
    private static boolean coveredBy(Rect r, Set<Rect> rects) {
        long area = (long) r.width() * r.height();
        for (Rect o : rects) {
            long ix = Math.min(r.x() + r.width(), o.x() + o.width()) - Math.max(r.x(), o.x());
            long iy = Math.min(r.y() + r.height(), o.y() + o.height()) - Math.max(r.y(), o.y());
            if (ix > 0 && iy > 0 && 5 * ix * iy >= 4 * area) {
                return true;
            }
        }
        return false;
    }

    /** Boxes judged so far: each distinct box (place and content) once, at most {@link #MAX_JUDGED} read. */
    private static final class Judgement {
        final KeepDecision keep;
        final Map<BoxKey, Boolean> judged = new HashMap<>();
        final Set<Rect> removed = new LinkedHashSet<>();
        final Set<Rect> kept = new LinkedHashSet<>();
        final KeptAreas keptInk = new KeptAreas();
        int asked;

        Judgement(KeepDecision keep) {
            this.keep = keep;
        }

        void judge(TextBox b, GrayImage g) {
            GrayImage crop = g.crop(b.rect());
            judge(b, crop, crop.contentHash());
        }

        boolean judge(TextBox b, GrayImage crop, long content) {
            boolean k = judged.computeIfAbsent(new BoxKey(b.rect(), content),
                    key -> asked++ < MAX_JUDGED && keep.keep(b, crop));
            (k ? kept : removed).add(b.rect());
            return k;
        }

        /** Judges a box of a single frame or of a cine's static summary; a kept box's ink is protected. */
        void judgeProtecting(TextBox b, GrayImage g, TemporalSummary summary) {
            GrayImage crop = g.crop(b.rect());
            if (summary != null) {
                crop = KeptAreas.flattened(crop, b.rect(), summary);
            }
            if (judge(b, crop, crop.contentHash())) {
                keptInk.add(b, crop, summary);
            }
        }
    }

    /** An erase and the second pass's leftovers on its result. */
    private record Erased(RedactionResult result, List<Rect> leftovers) {
    }

    /**
     * Erases {@code areas} from every frame and searches the result for leftovers. Native pixel data stays native,
     * so each frame is searched right after it is erased, in the same decode, and only the rows the erase and the
     * search read are decoded, only those the erase changes encoded again; other data is decoded again from the
     * result (its syntax or layout may have changed on the way).
     */
    private Erased erase(Dataset ds, TransferSyntax ts, ImageDescriptor d, List<Rect> areas, EraseMethod method,
                         RedactionOptions opts, RowRanges before, KeptAreas keptInk) throws IOException {
        if (ts.equals(TransferSyntax.JPEG_BASELINE) || ts.equals(TransferSyntax.JPEG_EXTENDED)) {
            RedactionResult r = redactor.redact(ds, ts, areas, opts);
            return new Erased(r, leftovers(ds, r, areas, keptInk));
        }
        TextEraser eraser = TextEraser.of(d, areas, method);
        if (ts.encapsulated() || ds.get(Tags.PixelData).fragments() != null) {
            RedactionResult r = redactor.edit(ds, ts, (f, i) -> eraser.erase(f), opts);
            return new Erased(r, leftovers(ds, r, areas, keptInk));
        }
        LeftoverSearch search = new LeftoverSearch(detector, d, areas, before, keptInk);
        EditRows rows = new EditRows(search.rowsRead(), search.rowsWritten());
        RedactionResult r = redactor.editReusing(ds, ts, (f, i) -> {
            boolean any = eraser.erase(f);
            search.frame(f, i);
            return any;
        }, rows, opts);
        return new Erased(r, search.found());
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

    /** The second pass on a result decoded again: boxes found inside removed areas (they must be none). */
    private List<Rect> leftovers(Dataset ds, RedactionResult r, List<Rect> areas, KeptAreas keptInk)
            throws IOException {
        try {
            LeftoverSearch search = new LeftoverSearch(detector, PixelRedactor.describe(ds), areas, null,
                    keptInk);
            redactor.scanReusing(ds, r.transferSyntax(), (f, i) -> search.frame(f, i));
            return search.found();
        } catch (IOException | RuntimeException e) {
            PixelTempFiles.deleteAll(r.tempFiles());
            throw e;
        }
    }

    private record BoxKey(Rect rect, long content) {
    }
}
