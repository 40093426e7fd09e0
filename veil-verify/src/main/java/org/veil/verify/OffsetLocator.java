package org.veil.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TagPath;
import org.veil.dicom.io.DicomEvent;
import org.veil.dicom.io.DicomReader;

/** Names the element that holds a byte offset of a DICOM file, by re-reading its events (only done for hits). */
final class OffsetLocator {
    private final List<Long> offsets = new ArrayList<>();
    private final List<TagPath> paths = new ArrayList<>();

    private OffsetLocator() {
    }

    /** A locator for a file; one that knows nothing when the file cannot be read as DICOM. */
    static OffsetLocator of(Path file, ReadLimits limits) {
        OffsetLocator l = new OffsetLocator();
        try (DicomReader r = DicomReader.open(file, limits)) {
            for (DicomEvent e = r.next(); e != null; e = r.next()) {
                if (e instanceof DicomEvent.Element || e instanceof DicomEvent.SequenceStart
                        || e instanceof DicomEvent.FragmentsStart) {
                    l.offsets.add(e.location().offset());
                    l.paths.add(e.location().path());
                }
            }
        } catch (IOException | RuntimeException e) {
            return l;
        }
        return l;
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
