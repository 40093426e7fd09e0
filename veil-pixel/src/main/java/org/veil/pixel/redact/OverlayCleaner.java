package org.veil.pixel.redact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Plane;

/**
 * Removes Overlay groups and clears the unused high (and low) bits of native cells. A signed value keeps its sign
 * extension above High Bit so that readers that ignore Bits Stored still see the same number; otherwise those bits
 * become 0.
 */
final class OverlayCleaner {
    private OverlayCleaner() {
    }

    /** Removes the Overlay groups and clears unused bits of native Pixel Data (none: only the groups go). */
    static OverlayCleanup clean(Dataset ds, TransferSyntax ts, RedactionOptions opts) throws IOException {
        int removed = removeGroups(ds);
        DataElement pd = ds.get(Tags.PixelData);
        if (pd == null || pd.fragments() != null) {
            return new OverlayCleanup(removed, 0, List.of(), ts);
        }
        ImageDescriptor d = PixelAttributes.describe(ds);
        if (d.bitsStored() == d.bitsAllocated() || d.bitsAllocated() > 32) {
            return new OverlayCleanup(removed, 0, List.of(), ts);
        }
        List<Path> temps = new ArrayList<>();
        try {
            int changed = NativePixels.process(ds, d, (f, i) -> clearUnused(f, d), opts, temps);
            return new OverlayCleanup(removed, changed, temps, ts);
        } catch (IOException | RuntimeException e) {
            PixelTempFiles.deleteAll(temps);
            throw e;
        }
    }

    static int removeGroups(Dataset ds) {
        return ds.removeIf(e -> isOverlay(e.tag()));
    }

    static boolean isOverlay(int tag) {
        int group = tag >>> 16;
        return group >= 0x6000 && group <= 0x601E && (group & 1) == 0;
    }

    /** True when some cell of {@code f} has bits outside Bits Stored that {@link #clearUnused} would change. */
    static boolean hasUnusedBits(Frame f, ImageDescriptor d) {
        return edit(f, d, false);
    }

    /** Clears the bits outside Bits Stored (keeping the sign extension of signed values); true when any changed. */
    static boolean clearUnused(Frame f, ImageDescriptor d) {
        return edit(f, d, true);
    }

    private static boolean edit(Frame f, ImageDescriptor d, boolean write) {
        int stored = (int) (((1L << d.bitsStored()) - 1) << d.lowBit());
        int signBit = 1 << d.highBit();
        int above = d.bitsAllocated() == 32 ? ~0 << (d.highBit() + 1) & ~0
                : (int) (((1L << d.bitsAllocated()) - 1) & ~((1L << (d.highBit() + 1)) - 1));
        if (d.highBit() == 31) {
            above = 0;
        }
        boolean changed = false;
        for (int s = 0; s < f.samples(); s++) {
            Plane p = f.plane(s);
            int[] cells = p.ints();
            for (int i = 0; i < cells.length; i++) {
                int v = cells[i] & stored;
                if (d.isSigned() && (v & signBit) != 0) {
                    v |= above;
                }
                if (v != cells[i]) {
                    if (!write) {
                        return true;
                    }
                    cells[i] = v;
                    changed = true;
                }
            }
        }
        return changed;
    }
}
