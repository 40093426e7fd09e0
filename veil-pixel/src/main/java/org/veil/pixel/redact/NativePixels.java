package org.veil.pixel.redact;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;

/**
 * Applies a {@link FrameEdit} to every frame of native Pixel Data. Values in memory are edited in a copy; values left in
 * the input file are streamed frame by frame into a {@link TempStore} when larger than the in-memory limit, so memory
 * stays at one frame. The result is little endian (in-memory element bytes are little endian; bulk references say so).
 */
final class NativePixels {
    private NativePixels() {
    }

    static int process(Dataset ds, ImageDescriptor d, FrameEdit edit, RedactionOptions opts, List<Path> temps)
            throws IOException {
        return process(ds, d, edit, opts, temps, false);
    }

    /** @param reuse decode the frames into one frame, overwritten by the next (the edit must not keep it) */
    static int process(Dataset ds, ImageDescriptor d, FrameEdit edit, RedactionOptions opts, List<Path> temps,
                       boolean reuse) throws IOException {
        DataElement e = ds.get(Tags.PixelData);
        NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
        BulkData b = e.bulk();
        if (b == null) {
            byte[] copy = e.bytes().clone();
            int changed = inMemory(codec, copy, edit, reuse);
            ds.put(DataElement.of(e.tag(), e.vr(), copy));
            return changed;
        }
        boolean swap = b.bigEndian() && b.swapUnit() > 1;
        boolean aligned = d.bitsAllocated() > 1 && (!swap || d.frameLength() % b.swapUnit() == 0);
        if (b.length() <= opts.inMemoryLimit() || !aligned) {
            byte[] all = b.readAll();
            if (swap) {
                swap(all, 0, all.length, b.swapUnit());
            }
            int changed = inMemory(codec, all, edit, reuse);
            ds.put(DataElement.of(e.tag(), e.vr(), all));
            return changed;
        }
        return streamed(ds, e, b, codec, edit, opts, temps, reuse);
    }

    private static int inMemory(NativeFrameCodec codec, byte[] value, FrameEdit edit, boolean reuse)
            throws IOException {
        int changed = 0;
        Frame into = null;
        for (int i = 0; i < codec.descriptor().numberOfFrames(); i++) {
            Frame f = into == null ? codec.decodeFrame(value, i) : codec.decodeFrame(value, i, into);
            into = reuse ? f : null;
            if (edit.apply(f, i)) {
                codec.encodeFrame(f, value, i);
                changed++;
            }
        }
        return changed;
    }

    private static int streamed(Dataset ds, DataElement e, BulkData b, NativeFrameCodec codec, FrameEdit edit,
                                RedactionOptions opts, List<Path> temps, boolean reuse) throws IOException {
        ImageDescriptor d = codec.descriptor();
        int frameLength = (int) d.frameLength();
        long framesEnd = (long) frameLength * d.numberOfFrames();
        if (framesEnd > b.length()) {
            throw new CorruptPixelDataException("native pixel data", b.length(), d.numberOfFrames() + " frames need "
                    + framesEnd + " bytes but the value has " + b.length());
        }
        boolean swap = b.bigEndian() && b.swapUnit() > 1;
        int changed = 0;
        byte[] buf = new byte[frameLength];
        Frame into = null;
        try (TempStore store = TempStore.create(opts.tempDirectory());
             FileChannel in = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            temps.add(store.file());
            for (int i = 0; i < d.numberOfFrames(); i++) {
                b.read(in, (long) i * frameLength, buf, 0, frameLength);
                if (swap) {
                    swap(buf, 0, frameLength, b.swapUnit());
                }
                Frame f = into == null ? codec.decode(buf, 0) : codec.decode(buf, 0, into);
                into = reuse ? f : null;
                byte[] out = buf;
                if (edit.apply(f, i)) {
                    if (!reuse) {
                        out = codec.encode(f);
                    } else {
                        codec.encodeFrame(f, buf, 0); // every byte of a whole-byte frame is rewritten
                    }
                    changed++;
                }
                store.append(out, 0, frameLength, e.vr().swapUnit());
            }
            byte[] rest = new byte[(int) (b.length() - framesEnd)];
            b.read(in, framesEnd, rest, 0, rest.length);
            if (swap) {
                swap(rest, 0, rest.length, b.swapUnit());
            }
            store.append(rest, 0, rest.length, e.vr().swapUnit());
            ds.put(DataElement.of(e.tag(), e.vr(), store.whole(e.vr().swapUnit())));
        }
        return changed;
    }

    static void swap(byte[] b, int from, int to, int unit) {
        for (int i = from; i + unit <= to; i += unit) {
            for (int lo = i, hi = i + unit - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
    }
}
