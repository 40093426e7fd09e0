package org.veil.pixel.redact;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Fragments;

/**
 * Collects redacted frames, in memory or in a {@link TempStore}, and builds the new Pixel Data element: encapsulated
 * (one even-length fragment per frame, Basic Offset Table filled in for more than one frame) or native (frames
 * concatenated, padded to even length).
 */
final class FrameOutput implements Closeable {
    private final boolean encapsulated;
    private final TempStore store;
    private final List<Object> items = new ArrayList<>();
    private final List<Long> lengths = new ArrayList<>();

    FrameOutput(boolean encapsulated, boolean spill, Path directory, List<Path> temps) throws IOException {
        this.encapsulated = encapsulated;
        this.store = spill ? TempStore.create(directory) : null;
        if (store != null) {
            temps.add(store.file());
        }
    }

    void add(byte[] frame) throws IOException {
        byte[] b = frame;
        if (encapsulated && (b.length & 1) == 1) {
            b = java.util.Arrays.copyOf(frame, frame.length + 1);
        }
        items.add(store == null ? b : store.append(b, 0, b.length, 1));
        lengths.add((long) b.length);
    }

    /** The new Pixel Data element. */
    DataElement finish(int tag, VR nativeVr) throws IOException {
        if (encapsulated) {
            Fragments f = new Fragments();
            f.add(offsetTable());
            for (Object o : items) {
                if (o instanceof byte[] b) {
                    f.add(b);
                } else {
                    f.add((BulkData) o);
                }
            }
            return DataElement.of(tag, VR.OB, f);
        }
        long total = lengths.stream().mapToLong(Long::longValue).sum();
        byte[] pad = (total & 1) == 1 ? new byte[1] : new byte[0];
        if (store != null) {
            store.append(pad, 0, pad.length, 1);
            BulkData w = store.whole(nativeVr.swapUnit());
            return DataElement.of(tag, nativeVr, w);
        }
        byte[] out = new byte[(int) (total + pad.length)];
        int pos = 0;
        for (Object o : items) {
            byte[] b = (byte[]) o;
            System.arraycopy(b, 0, out, pos, b.length);
            pos += b.length;
        }
        return DataElement.of(tag, nativeVr, out);
    }

    private byte[] offsetTable() throws PixelRedactionException {
        if (items.size() < 2) {
            return new byte[0];
        }
        byte[] bot = new byte[4 * items.size()];
        long offset = 0;
        for (int i = 0; i < items.size(); i++) {
            if (offset > 0xFFFFFFFFL) {
                throw new PixelRedactionException("frame " + i + " starts beyond 4 GiB: no Basic Offset Table possible");
            }
            for (int k = 0; k < 4; k++) {
                bot[4 * i + k] = (byte) (offset >>> (8 * k));
            }
            offset += 8 + lengths.get(i);
        }
        return bot;
    }

    @Override
    public void close() throws IOException {
        if (store != null) {
            store.close();
        }
    }
}
