package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.DetectorSettings;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Luminance;
import org.veil.pixel.text.TextDetector;
import org.veil.pixel.text.TextEraser;
import org.veil.testkit.burnedin.TextCategory;
import org.veil.testkit.burnedin.TextPainter;
import org.veil.testkit.burnedin.TextStyle;

/**
 * The second pass converts only the rows an erase touched and the areas it searches, taking the other rows' range
 * from the first pass: where it searches, the bytes must be those of the whole cleaned frame's luminance, also when
 * the frame's brightest cell was erased (its range shrinks) or lies in a row the search never looks at.
 */
class LeftoverSearchTest {
    private static final int W = 320;
    private static final int H = 240;

    private static ImageDescriptor descriptor(String kind) {
        ImageDescriptor.Builder b = ImageDescriptor.builder().rows(H).columns(W);
        return switch (kind) {
            case "rgb" -> b.bitsAllocated(8).bitsStored(8).highBit(7).photometric(PhotometricInterpretation.RGB)
                    .build();
            case "mono1" -> b.bitsAllocated(16).bitsStored(12).highBit(11)
                    .photometric(PhotometricInterpretation.MONOCHROME1).build();
            default -> b.bitsAllocated(16).bitsStored(16).highBit(15).pixelRepresentation(PixelRepresentation.SIGNED)
                    .photometric(PhotometricInterpretation.MONOCHROME2).build();
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"rgb", "mono1", "signed"})
    void aroundOnly_givesTheWholeFramesBytesWhereItSearches(String kind) throws Exception {
        ImageDescriptor d = descriptor(kind);
        int top = d.bitsStored() == 8 ? 200 : 3000;
        Random rnd = new Random(15);
        Frame f = Frame.allocate(d);
        for (int s = 0; s < f.samples(); s++) {
            int[] c = f.plane(s).ints();
            for (int i = 0; i < c.length; i++) {
                c[i] = rnd.nextInt(top);
            }
            c[15 * W + 30] = (1 << d.bitsStored() - (d.isSigned() ? 1 : 0)) - 1; // the brightest cell, erased
            c[230 * W + 300] = top + 5; // the brightest left after the erase, in a row nobody searches
        }
        List<Rect> areas = List.of(new Rect(20, 10, 60, 12), new Rect(250, 30, 50, 10));
        RowRanges rows = RowRanges.of(d);
        assertNotNull(rows);
        int[] work = new int[W * H];
        Luminance.of(f, d, work, null);
        rows.add(work);
        TextEraser.of(d, areas, EraseMethod.INPAINT).erase(f);
        LeftoverSearch search = new LeftoverSearch(new TextDetector(DetectorSettings.DEFAULT), d, areas, rows,
                new KeptAreas());
        GrayImage part = search.aroundOnly(f, rows.frame(0));
        GrayImage whole = Luminance.of(f, d);
        for (Rect a : search.around()) {
            for (int y = a.y(); y < a.y() + a.height(); y++) {
                for (int x = a.x(); x < a.x() + a.width(); x++) {
                    assertEquals(whole.get(x, y), part.get(x, y), kind + " at " + x + "," + y);
                }
            }
        }
    }

    /**
     * An area whose luminance is what it was in the frame searched before is not searched again (a static overlay's
     * areas on a still background, frame after frame); any change in it is searched, and text left there is found.
     */
    @Test
    void frame_unchangedAreaNotSearchedAgain_changedOneSearchedAndLeftoversFound() throws Exception {
        ImageDescriptor d = ImageDescriptor.builder().rows(H).columns(W).bitsAllocated(8).bitsStored(8).highBit(7)
                .photometric(PhotometricInterpretation.MONOCHROME2).build();
        List<Rect> areas = List.of(new Rect(20, 10, 120, 24), new Rect(200, 180, 90, 24));
        LeftoverSearch search = new LeftoverSearch(new TextDetector(DetectorSettings.DEFAULT), d, areas, null,
                new KeptAreas());
        int areasSearched = search.around().size();
        assertEquals(2, areasSearched);
        Frame f = Frame.allocate(d);
        int[] c = f.plane(0).ints();
        for (int i = 0; i < c.length; i++) {
            c[i] = 40 + (i % W) / 8;
        }
        c[0] = 250;
        search.frame(f, 0);
        search.frame(f, 1);
        assertEquals(areasSearched, search.searched());
        assertEquals(List.of(), search.found());
        TextPainter.draw(new int[][] {c}, W, H, TextCategory.IDENTIFIER, "SMITH JOHN",
                new TextStyle("SansSerif", false, 16, false), 24, 14, new int[] {250});
        search.frame(f, 2);
        assertEquals(areasSearched + 1, search.searched());
        assertEquals(1, search.found().size(), search.found()::toString);
        search.frame(f, 3);
        assertEquals(areasSearched + 1, search.searched());
        assertEquals(1, search.found().size());
    }
}
