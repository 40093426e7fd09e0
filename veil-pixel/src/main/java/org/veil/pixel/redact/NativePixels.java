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
        return process(ds, d, edit, opts, temps, false, null);
    }

    /**
     * @param reuse decode the frames into one frame, overwritten by the next (the edit must not keep it)
     * @param rows  with {@code reuse}, the only rows decoded and encoded again (when the layout allows), or null
     */
    static int process(Dataset ds, ImageDescriptor d, FrameEdit edit, RedactionOptions opts, List<Path> temps,
                       boolean reuse, EditRows rows) throws IOException {
        DataElement e = ds.get(Tags.PixelData);
        NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
        Coder coder = new Coder(codec, reuse, reuse && rows != null && rows.fits(codec) ? rows : null);
        BulkData b = e.bulk();
        if (b == null) {
            byte[] copy = e.bytes().clone();
            int changed = inMemory(coder, copy, edit);
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
            int changed = inMemory(coder, all, edit);
            ds.put(DataElement.of(e.tag(), e.vr(), all));
            return changed;
        }
        return streamed(ds, e, b, coder, edit, opts, temps);
    }

    private static int inMemory(Coder coder, byte[] value, FrameEdit edit) throws IOException {
        int changed = 0;
        for (int i = 0; i < coder.codec.descriptor().numberOfFrames(); i++) {
            Frame f = coder.decodeFrame(value, i);
            if (edit.apply(f, i)) {
                coder.encodeFrame(f, value, i);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Decodes and encodes frames: a new frame each time, or one reused frame, whole or (with {@link EditRows}) only
     * the rows an edit reads and writes.
     */
    private static final class Coder {
        final NativeFrameCodec codec;
        final boolean reuse;
        final EditRows rows;
        Frame into;

        Coder(NativeFrameCodec codec, boolean reuse, EditRows rows) {
            this.codec = codec;
            this.reuse = reuse;
            this.rows = rows;
        }

        Frame decodeFrame(byte[] value, int index) throws IOException {
            if (rows != null) {
                return decodeRows(value, (int) (codec.descriptor().frameStartBit(index) >>> 3));
            }
            Frame f = into == null ? codec.decodeFrame(value, index) : codec.decodeFrame(value, index, into);
            into = reuse ? f : null;
            return f;
        }

        Frame decode(byte[] buf) throws IOException {
            if (rows != null) {
                return decodeRows(buf, 0);
            }
            Frame f = into == null ? codec.decode(buf, 0) : codec.decode(buf, 0, into);
            into = reuse ? f : null;
            return f;
        }

        private Frame decodeRows(byte[] data, int offset) throws IOException {
            if (into == null) {
                into = Frame.allocate(codec.descriptor());
            }
            rows.decode(codec, data, offset, into);
            return into;
        }

        void encodeFrame(Frame f, byte[] value, int index) throws IOException {
            if (rows != null) {
                rows.encode(codec, f, value, (int) (codec.descriptor().frameStartBit(index) >>> 3));
            } else {
                codec.encodeFrame(f, value, index);
            }
        }
    }

    private static int streamed(Dataset ds, DataElement e, BulkData b, Coder coder, FrameEdit edit,
                                RedactionOptions opts, List<Path> temps) throws IOException {
        NativeFrameCodec codec = coder.codec;
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
        try (TempStore store = TempStore.create(opts.tempDirectory());
             FileChannel in = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            temps.add(store.file());
            for (int i = 0; i < d.numberOfFrames(); i++) {
                b.read(in, (long) i * frameLength, buf, 0, frameLength);
                if (swap) {
                    swap(buf, 0, frameLength, b.swapUnit());
                }
                Frame f = coder.decode(buf);
                byte[] out = buf;
                if (edit.apply(f, i)) {
                    if (!coder.reuse) {
                        out = codec.encode(f);
                    } else if (coder.rows != null) {
                        coder.rows.encode(codec, f, buf, 0);
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
