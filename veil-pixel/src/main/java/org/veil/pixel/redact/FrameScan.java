package org.veil.pixel.redact;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.codec.FrameCodecRegistry;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;

/**
 * Decodes every frame of a data set's Pixel Data, one at a time, without changing anything. Native frames can be
 * decoded into one reused frame, for visitors that do not keep it.
 */
final class FrameScan {
    private FrameScan() {
    }

    static void forEach(Dataset ds, TransferSyntax ts, ImageDescriptor d, FrameCodecRegistry codecs, FrameVisitor v)
            throws IOException {
        forEach(ds, ts, d, codecs, v, false);
    }

    /**
     * Hands the little endian bytes of every frame of native Pixel Data of whole bytes to {@code v}, without
     * decoding them; answers false, visiting nothing, for encapsulated data or frames of single bits.
     */
    static boolean forEachNative(Dataset ds, ImageDescriptor d, FrameBytesVisitor v) throws IOException {
        DataElement pd = ds.get(Tags.PixelData);
        if (pd.fragments() != null || d.bitsAllocated() == 1) {
            return false;
        }
        BulkData b = pd.bulk();
        boolean swap = b != null && b.bigEndian() && b.swapUnit() > 1;
        int frameLength = (int) d.frameLength();
        if (b == null || swap) {
            byte[] all = b == null ? pd.bytes() : b.readAll();
            if (swap) {
                all = all.clone();
                NativePixels.swap(all, 0, all.length, b.swapUnit());
            }
            if ((long) frameLength * d.numberOfFrames() > all.length) {
                throw tooShort(all.length, d);
            }
            for (int i = 0; i < d.numberOfFrames(); i++) {
                v.visit(all, i * frameLength, i);
            }
            return true;
        }
        if ((long) frameLength * d.numberOfFrames() > b.length()) {
            throw tooShort(b.length(), d);
        }
        byte[] buf = new byte[frameLength];
        try (FileChannel in = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            for (int i = 0; i < d.numberOfFrames(); i++) {
                b.read(in, (long) i * frameLength, buf, 0, frameLength);
                v.visit(buf, 0, i);
            }
        }
        return true;
    }

    private static CorruptPixelDataException tooShort(long length, ImageDescriptor d) {
        return new CorruptPixelDataException("native pixel data", length, d.numberOfFrames() + " frames need "
                + d.frameLength() * d.numberOfFrames() + " bytes but the value has " + length);
    }

    /** @param reuse decode native frames into one frame, overwritten by the next (the visitor must not keep it) */
    static void forEach(Dataset ds, TransferSyntax ts, ImageDescriptor d, FrameCodecRegistry codecs, FrameVisitor v,
                        boolean reuse) throws IOException {
        DataElement pd = ds.get(Tags.PixelData);
        if (pd.fragments() != null) {
            FrameCodec codec = codecs.require(ts);
            FragmentFrames frames = FragmentFrames.split(pd.fragments(), d.numberOfFrames());
            for (int i = 0; i < frames.frames(); i++) {
                v.visit(codec.decode(frames.frame(i), d), i);
            }
            return;
        }
        NativeFrameCodec codec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
        Frame into = null;
        BulkData b = pd.bulk();
        boolean swap = b != null && b.bigEndian() && b.swapUnit() > 1;
        if (b == null || d.bitsAllocated() == 1 || swap) {
            byte[] all = b == null ? pd.bytes() : b.readAll();
            if (swap) {
                all = all.clone();
                NativePixels.swap(all, 0, all.length, b.swapUnit());
            }
            for (int i = 0; i < d.numberOfFrames(); i++) {
                Frame f = into == null ? codec.decodeFrame(all, i) : codec.decodeFrame(all, i, into);
                into = reuse ? f : null;
                v.visit(f, i);
            }
            return;
        }
        int frameLength = (int) d.frameLength();
        if ((long) frameLength * d.numberOfFrames() > b.length()) {
            throw new CorruptPixelDataException("native pixel data", b.length(), d.numberOfFrames() + " frames need "
                    + (long) frameLength * d.numberOfFrames() + " bytes but the value has " + b.length());
        }
        byte[] buf = new byte[frameLength];
        try (FileChannel in = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            for (int i = 0; i < d.numberOfFrames(); i++) {
                b.read(in, (long) i * frameLength, buf, 0, frameLength);
                Frame f = into == null ? codec.decode(buf, 0) : codec.decode(buf, 0, into);
                into = reuse ? f : null;
                v.visit(f, i);
            }
        }
    }
}
