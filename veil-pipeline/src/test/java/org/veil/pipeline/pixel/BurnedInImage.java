package org.veil.pipeline.pixel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.PixelContext;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.testkit.burnedin.DrawnText;
import org.veil.testkit.burnedin.OverlayScene;
import org.veil.testkit.burnedin.TextCategory;
import org.veil.testkit.burnedin.TextPainter;
import org.veil.testkit.burnedin.TextStyle;

/**
 * One evaluation image: a data set with text burned in by the generator (a static overlay on every frame, and a
 * changing counter per frame for cines), the identifiers it repeats, and copies of its frames before cleaning.
 */
final class BurnedInImage {
    static final String[] HARMLESS = {"TGC", "cm", "Hz", "R", "L", "MI 0.8", "TIS 0.2", "C5-1", "Abdomen", "Gen",
        "Cardiac", "Depth 12", "FR 30", "Thyroid", "MHz"};
    private static final String[][] PEOPLE = {{"SMITH^JOHN", "SMITH, JOHN", "John Smith"},
        {"GARCIA^MARIA", "GARCIA MARIA", "Maria Garcia"}, {"NGUYEN^THANH", "NGUYEN, THANH", "T. Nguyen"},
        {"OKAFOR^CHIDI", "OKAFOR CHIDI", "Chidi Okafor"}};

    final String category;
    final Dataset ds;
    TransferSyntax ts;
    final ImageDescriptor descriptor;
    final PixelContext context;
    final List<DrawnText> overlay = new ArrayList<>();
    final List<List<DrawnText>> changing = new ArrayList<>();
    final List<Frame> before = new ArrayList<>();
    final long[] range;

    private BurnedInImage(String category, Dataset ds, TransferSyntax ts, ImageDescriptor d, PixelContext context,
                          long[] range) {
        this.category = category;
        this.ds = ds;
        this.ts = ts;
        this.descriptor = d;
        this.context = context;
        this.range = range;
    }

    /**
     * Burns a random overlay (identifiers and harmless words) into every frame of {@code ds}, plus a changing
     * counter when it has several frames; re-encoded in its own transfer syntax where that is exact.
     */
    static BurnedInImage burn(String category, Dataset ds, TransferSyntax ts, long seed) throws Exception {
        PixelRedactor redactor = new PixelRedactor();
        ImageDescriptor d = PixelRedactor.describe(ds);
        long[] range = range(redactor, ds, ts, d);
        Random rnd = new Random(seed);
        String[] person = PEOPLE[rnd.nextInt(PEOPLE.length)];
        String id = String.valueOf(1000000 + rnd.nextInt(9000000));
        String accession = "ACC" + (10000 + rnd.nextInt(90000));
        int year = 1930 + rnd.nextInt(70);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        String da = String.format("%04d%02d%02d", year, month, day);
        PixelContext ctx = new PixelContext(List.of(person[0]), List.of(id, accession), List.of(da),
                List.of("ST MARY HOSPITAL"));
        List<String> identifiers = new ArrayList<>(List.of(person[1 + rnd.nextInt(2)], "ID: " + id, accession,
                String.format("%02d/%02d/%04d", month, day, year), "St Mary Hospital",
                String.format("%04d-%02d-%02d", year, month, day)));
        java.util.Collections.shuffle(identifiers, rnd);
        BurnedInImage img = new BurnedInImage(category, ds, ts, d, ctx, range);
        int[][] layer = overlayLayer(d, range, rnd, identifiers, img.overlay);
        int[] cellHigh = cells(d, range[1]);
        var result = redactor.edit(ds, ts, (f, i) -> {
            stamp(f, layer, d);
            if (d.numberOfFrames() > 1) {
                int size = Math.max(12, d.rows() / 24);
                DrawnText t = TextPainter.draw(planesToDraw(f, d), d.columns(), d.rows(), TextCategory.CHANGING,
                        String.format("00:%02d:%02d", i / 10, i % 10 * 3), new TextStyle("Monospaced", true, size,
                                false), d.columns() - size * 6, d.rows() - size * 2, cellHigh);
                img.changing.add(t == null ? List.of() : List.of(t));
            }
            img.before.add(f.copy());
            return true;
        }, org.veil.pixel.redact.RedactionOptions.DEFAULT);
        img.ts = result.transferSyntax();
        DatasetView.of(ds).putString(0x00280301, VR.CS, "YES");
        return img;
    }

    private static int[][] overlayLayer(ImageDescriptor d, long[] range, Random rnd, List<String> identifiers,
                                        List<DrawnText> out) {
        int n = planesToDrawCount(d);
        int[][] layer = new int[n][d.rows() * d.columns()];
        for (int[] p : layer) {
            Arrays.fill(p, Integer.MIN_VALUE);
        }
        int base = Math.max(11, d.rows() / 30);
        OverlayScene scene = new OverlayScene(layer, d.columns(), d.rows(), (int) cell(d, range[0]),
                (int) cell(d, range[1]), rnd, base, base + 3, base + 7, base + 12);
        List<String> harmless = new ArrayList<>(List.of(HARMLESS));
        java.util.Collections.shuffle(harmless, rnd);
        int k = 0;
        int h = 0;
        int misses = 0;
        while ((k < identifiers.size() || h < harmless.size()) && misses < 3) {
            boolean identifier = k < identifiers.size() && (h >= harmless.size() || (k + h) % 2 == 0);
            DrawnText t = identifier ? scene.add(TextCategory.IDENTIFIER, identifiers.get(k++))
                    : scene.add(TextCategory.HARMLESS, harmless.get(h++));
            misses += t == null ? 1 : 0;
        }
        out.addAll(scene.drawn());
        return layer;
    }

    /** The stored value range of the first frame: [min, max]. */
    private static long[] range(PixelRedactor r, Dataset ds, TransferSyntax ts, ImageDescriptor d) throws Exception {
        long[] mm = {Long.MAX_VALUE, Long.MIN_VALUE};
        r.scan(ds, ts, (f, i) -> {
            if (i > 0) {
                return;
            }
            for (int s = 0; s < planesToDrawCount(d); s++) {
                for (int c : f.plane(s).ints()) {
                    long v = value(d, c);
                    mm[0] = Math.min(mm[0], v);
                    mm[1] = Math.max(mm[1], v);
                }
            }
        });
        if (mm[1] - mm[0] < 16) {
            mm[1] = mm[0] + Math.max(16, (1L << d.bitsStored()) / 2);
        }
        return mm;
    }

    static int planesToDrawCount(ImageDescriptor d) {
        return d.photometric() == org.veil.pixel.frame.PhotometricInterpretation.RGB ? 3 : 1;
    }

    static int[][] planesToDraw(Frame f, ImageDescriptor d) {
        int[][] p = new int[planesToDrawCount(d)][];
        for (int s = 0; s < p.length; s++) {
            p[s] = f.plane(s).ints();
        }
        return p;
    }

    private static void stamp(Frame f, int[][] layer, ImageDescriptor d) {
        int[][] planes = planesToDraw(f, d);
        for (int s = 0; s < planes.length; s++) {
            for (int i = 0; i < layer[s].length; i++) {
                if (layer[s][i] != Integer.MIN_VALUE) {
                    planes[s][i] = layer[s][i];
                }
            }
        }
    }

    static long value(ImageDescriptor d, int cell) {
        long m = (1L << d.bitsStored()) - 1;
        long u = (Integer.toUnsignedLong(cell) >>> d.lowBit()) & m;
        return d.isSigned() && (u >>> (d.bitsStored() - 1) & 1) == 1 ? u - (1L << d.bitsStored()) : u;
    }

    static long cell(ImageDescriptor d, long value) {
        long m = (1L << d.bitsStored()) - 1;
        long c = (value & m) << d.lowBit();
        if (value < 0) {
            c |= -1L << d.highBit() + 1 & ((1L << d.bitsAllocated()) - 1);
        }
        return c;
    }

    private static int[] cells(ImageDescriptor d, long value) {
        int[] c = new int[planesToDrawCount(d)];
        Arrays.fill(c, (int) cell(d, value));
        return c;
    }

    /** Every drawn text of frame {@code i}. */
    List<DrawnText> texts(int i) {
        List<DrawnText> all = new ArrayList<>(overlay);
        if (i < changing.size()) {
            all.addAll(changing.get(i));
        }
        return all;
    }
}
