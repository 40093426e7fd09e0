package org.veil.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TagPath;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomEvent;
import org.veil.dicom.io.DicomReader;

/** Names the element that holds a byte offset of a DICOM file, by re-reading its events (only done for hits). */
final class OffsetLocator {
    private static final Set<Integer> PIXEL_TAGS = Set.of(Tags.FloatPixelData, Tags.DoubleFloatPixelData,
            Tags.PixelData);

    private final List<Long> offsets = new ArrayList<>();
    private final List<TagPath> paths = new ArrayList<>();
    private final List<ByteRange> pixelRanges = new ArrayList<>();

    private OffsetLocator() {
    }

    /** A locator for a file; one that knows nothing when the file cannot be read as DICOM. */
    static OffsetLocator of(Path file, ReadLimits limits) {
        OffsetLocator l = new OffsetLocator();
        try (DicomReader r = DicomReader.open(file, limits)) {
            long pixelStart = -1;
            for (DicomEvent e = r.next(); e != null; e = r.next()) {
                TagPath p = e.location().path();
                boolean top = p.depth() == 1 && p.itemIndex() < 0;
                if (top && pixelStart >= 0 && !PIXEL_TAGS.contains(p.tag())) {
                    l.pixelRanges.add(new ByteRange(pixelStart, e.location().offset() - pixelStart));
                    pixelStart = -1;
                }
                if (top && pixelStart < 0 && PIXEL_TAGS.contains(p.tag())) {
                    pixelStart = e.location().offset();
                }
                if (e instanceof DicomEvent.Element || e instanceof DicomEvent.SequenceStart
                        || e instanceof DicomEvent.FragmentsStart) {
                    l.offsets.add(e.location().offset());
                    l.paths.add(e.location().path());
                }
            }
            if (pixelStart >= 0) {
                l.pixelRanges.add(new ByteRange(pixelStart, Long.MAX_VALUE - pixelStart));
            }
        } catch (IOException | RuntimeException e) {
            return l;
        }
        return l;
    }

    /** The extents of top-level pixel data elements, from their header to the next top-level element. */
    List<ByteRange> pixelRanges() {
        return pixelRanges;
    }

    /** The tag path of the last element starting at or before {@code offset}, or null (file meta, preamble). */
    TagPath at(long offset) {
        int lo = 0;
        int hi = offsets.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets.get(mid) <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best < 0 ? null : paths.get(best);
    }
}
