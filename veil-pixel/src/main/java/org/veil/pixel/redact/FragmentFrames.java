package org.veil.pixel.redact;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.Fragments;

/**
 * Which fragments of encapsulated Pixel Data (PS3.5 A.4) make up each frame: by the Basic Offset Table when it has an
 * entry per frame, one fragment per frame when the counts agree, all fragments for a single frame, otherwise by the
 * start-of-codestream marker (FFD8 for JPEG and JPEG-LS, FF4F for JPEG 2000) at the start of a fragment.
 */
final class FragmentFrames {
    private final Fragments fragments;
    private final List<int[]> ranges;

    private FragmentFrames(Fragments fragments, List<int[]> ranges) {
        this.fragments = fragments;
        this.ranges = ranges;
    }

    static FragmentFrames split(Fragments f, int frames) throws IOException {
        int count = f.size() - 1;
        if (count < 1) {
            throw new PixelRedactionException("encapsulated Pixel Data has no fragments");
        }
        List<int[]> ranges = new ArrayList<>();
        if (frames == 1) {
            ranges.add(new int[] {1, f.size()});
        } else if (f.length(0) == 4L * frames) {
            byBasicOffsetTable(f, frames, ranges);
        } else if (count == frames) {
            for (int i = 1; i <= count; i++) {
                ranges.add(new int[] {i, i + 1});
            }
        } else {
            byStartMarker(f, ranges);
        }
        if (ranges.size() != frames) {
            throw new PixelRedactionException("cannot tell which of the " + count + " fragments belong to each of the "
                    + frames + " frames (found " + ranges.size() + ")");
        }
        return new FragmentFrames(f, ranges);
    }

    private static void byBasicOffsetTable(Fragments f, int frames, List<int[]> ranges) throws IOException {
        byte[] bot = item(f, 0);
        long[] offsets = new long[frames];
        for (int i = 0; i < frames; i++) {
            offsets[i] = (bot[4 * i] & 0xFFL) | (bot[4 * i + 1] & 0xFFL) << 8 | (bot[4 * i + 2] & 0xFFL) << 16
                    | (bot[4 * i + 3] & 0xFFL) << 24;
        }
        long pos = 0;
        int frame = 0;
        int start = 1;
        for (int i = 1; i < f.size() && frame < frames; i++) {
            if (frame + 1 < frames && pos == offsets[frame + 1]) {
                ranges.add(new int[] {start, i});
                start = i;
                frame++;
            }
            pos += 8 + f.length(i);
        }
        ranges.add(new int[] {start, f.size()});
    }

    private static void byStartMarker(Fragments f, List<int[]> ranges) throws IOException {
        int start = 1;
        for (int i = 2; i < f.size(); i++) {
            byte[] head = head(f, i);
            boolean soi = head.length >= 2 && (head[0] & 0xFF) == 0xFF
                    && ((head[1] & 0xFF) == 0xD8 || (head[1] & 0xFF) == 0x4F);
            if (soi) {
                ranges.add(new int[] {start, i});
                start = i;
            }
        }
        ranges.add(new int[] {start, f.size()});
    }

    private static byte[] head(Fragments f, int index) throws IOException {
        Object o = f.get(index);
        if (o instanceof byte[] b) {
            return b;
        }
        BulkData b = (BulkData) o;
        byte[] out = new byte[(int) Math.min(2, b.length())];
        try (FileChannel ch = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            b.read(ch, 0, out, 0, out.length);
        }
        return out;
    }

    static byte[] item(Fragments f, int index) throws IOException {
        Object o = f.get(index);
        return o instanceof byte[] b ? b : ((BulkData) o).readAll();
    }

    int frames() {
        return ranges.size();
    }

    /** The coded bytes of one frame: its fragments joined. */
    byte[] frame(int index) throws IOException {
        int[] r = ranges.get(index);
        if (r[1] - r[0] == 1) {
            return item(fragments, r[0]);
        }
        long total = 0;
        for (int i = r[0]; i < r[1]; i++) {
            total += fragments.length(i);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new PixelRedactionException("frame " + index + " has " + total + " coded bytes, too many");
        }
        byte[] out = new byte[(int) total];
        int pos = 0;
        for (int i = r[0]; i < r[1]; i++) {
            byte[] b = item(fragments, i);
            System.arraycopy(b, 0, out, pos, b.length);
            pos += b.length;
        }
        return out;
    }

    /** True when any fragment is a reference into a file rather than bytes in memory. */
    boolean inFile() {
        for (Object o : fragments.items()) {
            if (o instanceof BulkData) {
                return true;
            }
        }
        return false;
    }

    long codedLength() {
        long total = 0;
        for (int i = 1; i < fragments.size(); i++) {
            total += fragments.length(i);
        }
        return total;
    }
}
