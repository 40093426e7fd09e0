package org.veil.pixel.redact;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.codec.FrameCodecRegistry;
import org.veil.pixel.codec.jpeg.JpegCoefficientImage;
import org.veil.pixel.codec.jpeg.JpegFormatException;
import org.veil.pixel.codec.jpeg.JpegLimits;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.frame.RegionFill;

/**
 * Blanks rectangles in every frame of a data set's Pixel Data (7FE0,0010), replacing the element:
 * <ul>
 *   <li>native: cells filled in place; stays native (little endian in the data set);</li>
 *   <li>DCT JPEG (.50, .51): only the 8x8 blocks that meet a region change, other coefficients stay identical;</li>
 *   <li>other encapsulated syntaxes: decoded, filled and re-encoded in the same syntax when its encoder is exact,
 *       otherwise in {@link RedactionOptions#losslessFallback()}; lossy syntaxes (.81, .91, .203) only with
 *       {@link RedactionOptions#allowLossy()}, which marks Lossy Image Compression 01.</li>
 * </ul>
 * Frames are handled one at a time; large values go to temporary files (see {@link RedactionResult#tempFiles()}).
 * Thread-safe.
 */
public final class PixelRedactor {
    private final FrameCodecRegistry codecs;

    /** With the standard codecs ({@link FrameCodecRegistry#standard(CodecLimits)}). */
    public PixelRedactor() {
        this(FrameCodecRegistry.standard(CodecLimits.DEFAULT, PixelRedactor.class.getClassLoader()));
    }

    public PixelRedactor(FrameCodecRegistry codecs) {
        this.codecs = codecs;
    }

    /**
     * Fills {@code regions} (frame coordinates, applied to every frame) with {@code opts.fill()}.
     *
     * @param ts the transfer syntax the data set was read in (decides how Pixel Data is coded)
     * @return the transfer syntax to write the data set in, and what changed; no Pixel Data means nothing to do
     * @throws PixelRedactionException for lossy data without {@code allowLossy}, a syntax without a codec, an
     *                                 inconsistent image pixel module or corrupt pixel data (message says where)
     */
    public RedactionResult redact(Dataset ds, TransferSyntax ts, List<Rect> regions, RedactionOptions opts)
            throws IOException {
        DataElement pd = ds.get(Tags.PixelData);
        List<Path> temps = new ArrayList<>();
        if (pd == null || regions.isEmpty()) {
            return new RedactionResult(ts, 0, false, false, temps);
        }
        ImageDescriptor d = PixelAttributes.describe(ds);
        try {
            if (pd.fragments() == null) {
                if (ts.encapsulated()) {
                    throw new PixelRedactionException("Pixel Data is native but transfer syntax " + ts.uid()
                            + " is encapsulated");
                }
                int changed = NativePixels.process(ds, d, (f, i) -> fill(f, d, regions, opts), opts, temps);
                return new RedactionResult(ts, changed, false, false, temps);
            }
            FragmentFrames frames = FragmentFrames.split(pd.fragments(), d.numberOfFrames());
            boolean spill = frames.inFile() && Math.max(frames.codedLength(), d.nativeLength()) > opts.inMemoryLimit();
            if (ts.equals(TransferSyntax.JPEG_BASELINE) || ts.equals(TransferSyntax.JPEG_EXTENDED)) {
                return blocks(ds, ts, d, frames, regions, opts, spill, temps);
            }
            return transcode(ds, ts, d, frames, (f, i) -> fill(f, d, regions, opts), opts, spill, temps);
        } catch (IOException | RuntimeException e) {
            throw failed(ts, e, temps);
        }
    }

    /**
     * Applies {@code edit} to every frame of the Pixel Data, replacing the element: native data stays native (little
     * endian); encapsulated data is decoded and re-encoded exactly like {@link #redact} (same syntax where its
     * encoder is exact, else {@link RedactionOptions#losslessFallback()}; lossy syntaxes only with
     * {@link RedactionOptions#allowLossy()}), frames the edit left alone keep their coded bytes where the syntax stays.
     *
     * @return the transfer syntax to write the data set in, and how many frames changed
     */
    public RedactionResult edit(Dataset ds, TransferSyntax ts, FrameEdit edit, RedactionOptions opts)
            throws IOException {
        return edit(ds, ts, edit, opts, false);
    }

    /**
     * Like {@link #edit}, but native frames are decoded into one reused frame: {@code edit} must not keep the frame
     * it is given (it is overwritten by the next one). Saves allocating a frame per frame of a long cine.
     */
    public RedactionResult editReusing(Dataset ds, TransferSyntax ts, FrameEdit edit, RedactionOptions opts)
            throws IOException {
        return edit(ds, ts, edit, opts, true);
    }

    /**
     * Like {@link #editReusing(Dataset, TransferSyntax, FrameEdit, RedactionOptions)}, but native frames are decoded
     * and encoded again only in the rows {@code rows} names (where the layout allows; whole frames otherwise): the
     * edit must read and change nothing else. Encapsulated data is decoded and re-encoded whole as {@link #edit}.
     */
    public RedactionResult editReusing(Dataset ds, TransferSyntax ts, FrameEdit edit, EditRows rows,
                                       RedactionOptions opts) throws IOException {
        return edit(ds, ts, edit, opts, true, rows);
    }

    private RedactionResult edit(Dataset ds, TransferSyntax ts, FrameEdit edit, RedactionOptions opts, boolean reuse)
            throws IOException {
        return edit(ds, ts, edit, opts, reuse, null);
    }

    private RedactionResult edit(Dataset ds, TransferSyntax ts, FrameEdit edit, RedactionOptions opts, boolean reuse,
                                 EditRows rows) throws IOException {
        DataElement pd = ds.get(Tags.PixelData);
        List<Path> temps = new ArrayList<>();
        if (pd == null) {
            return new RedactionResult(ts, 0, false, false, temps);
        }
        ImageDescriptor d = PixelAttributes.describe(ds);
        try {
            if (pd.fragments() == null) {
                if (ts.encapsulated()) {
                    throw new PixelRedactionException("Pixel Data is native but transfer syntax " + ts.uid()
                            + " is encapsulated");
                }
                int changed = NativePixels.process(ds, d, edit, opts, temps, reuse, rows);
                return new RedactionResult(ts, changed, false, false, temps);
            }
            FragmentFrames frames = FragmentFrames.split(pd.fragments(), d.numberOfFrames());
            boolean spill = frames.inFile() && Math.max(frames.codedLength(), d.nativeLength()) > opts.inMemoryLimit();
            return transcode(ds, ts, d, frames, edit, opts, spill, temps);
        } catch (IOException | RuntimeException e) {
            throw failed(ts, e, temps);
        }
    }

    /** Decodes every frame in turn for {@code visitor}; changes nothing. */
    public void scan(Dataset ds, TransferSyntax ts, FrameVisitor visitor) throws IOException {
        scan(ds, ts, visitor, false);
    }

    /**
     * Like {@link #scan}, but native frames are decoded into one reused frame: {@code visitor} must not keep the
     * frame it is given (it is overwritten by the next one).
     */
    public void scanReusing(Dataset ds, TransferSyntax ts, FrameVisitor visitor) throws IOException {
        scan(ds, ts, visitor, true);
    }

    private void scan(Dataset ds, TransferSyntax ts, FrameVisitor visitor, boolean reuse) throws IOException {
        if (ds.get(Tags.PixelData) == null) {
            return;
        }
        try {
            FrameScan.forEach(ds, ts, PixelAttributes.describe(ds), codecs, visitor, reuse);
        } catch (IOException | RuntimeException e) {
            throw failed(ts, e, new ArrayList<>());
        }
    }

    /**
     * Hands the little endian bytes of every native frame to {@code visitor} without decoding them (see
     * {@link FrameScan#forEachNative}); false, visiting nothing, when the data is not native or of single bits.
     */
    boolean scanNativeBytes(Dataset ds, TransferSyntax ts, FrameBytesVisitor visitor) throws IOException {
        if (ds.get(Tags.PixelData) == null) {
            return true;
        }
        try {
            return FrameScan.forEachNative(ds, PixelAttributes.describe(ds), visitor);
        } catch (IOException | RuntimeException e) {
            throw failed(ts, e, new ArrayList<>());
        }
    }

    /**
     * Decodes every frame of the Pixel Data in turn and hands it to {@code visitor} (its answer is ignored); the
     * data set is not changed; one frame is in memory at a time.
     *
     * @throws PixelRedactionException when there is no Pixel Data
     */
    public void read(Dataset ds, TransferSyntax ts, FrameEdit visitor) throws IOException {
        if (ds.get(Tags.PixelData) == null) {
            throw new PixelRedactionException("Pixel Data (7FE0,0010) is missing");
        }
        scan(ds, ts, (frame, index) -> visitor.apply(frame, index));
    }

    /** The image pixel module of {@code ds}, checked. */
    public static ImageDescriptor describe(Dataset ds) throws PixelRedactionException {
        return PixelAttributes.describe(ds);
    }

    /**
     * Removes overlays: every Overlay group (60xx) and, in Pixel Data with Bits Stored below Bits Allocated, the bits
     * outside Bits Stored (where retired overlays live; PS3.5 8.1.2). Stored pixel values do not change. Native data
     * is cleared in place. Lossless encapsulated data is decoded and, only when some frame holds such bits,
     * re-encoded exactly as {@link #redact} does (same syntax where its encoder is exact, else the lossless
     * fallback); lossy syntaxes code only the stored precision and are left alone. Pixel data too large for memory
     * goes to temporary files in {@code opts}' folder, listed in the result.
     *
     * @param ts the transfer syntax the Pixel Data is coded in now
     */
    public OverlayCleanup cleanOverlays(Dataset ds, TransferSyntax ts, RedactionOptions opts) throws IOException {
        DataElement pd = ds.get(Tags.PixelData);
        if (pd == null || pd.fragments() == null) {
            return OverlayCleaner.clean(ds, ts, opts);
        }
        int removed = OverlayCleaner.removeGroups(ds);
        ImageDescriptor d = PixelAttributes.describe(ds);
        if (ts.lossy() || d.bitsStored() == d.bitsAllocated() || d.bitsAllocated() > 32) {
            return new OverlayCleanup(removed, 0, List.of(), ts);
        }
        List<Path> temps = new ArrayList<>();
        try {
            FrameCodec codec = codecs.require(ts);
            FragmentFrames frames = FragmentFrames.split(pd.fragments(), d.numberOfFrames());
            boolean any = false;
            for (int i = 0; i < frames.frames() && !any; i++) {
                any = OverlayCleaner.hasUnusedBits(codec.decode(frames.frame(i), d), d);
            }
            if (!any) {
                return new OverlayCleanup(removed, 0, List.of(), ts);
            }
            boolean spill = frames.inFile() && Math.max(frames.codedLength(), d.nativeLength()) > opts.inMemoryLimit();
            RedactionResult r = transcode(ds, ts, d, frames, (f, i) -> OverlayCleaner.clearUnused(f, d), opts, spill,
                    temps);
            return new OverlayCleanup(removed, r.framesChanged(), r.tempFiles(), r.transferSyntax());
        } catch (IOException | RuntimeException e) {
            throw failed(ts, e, temps);
        }
    }

    /**
     * Deletes the temporary files of a failed step and gives the exception to throw: coding errors and inconsistent
     * attributes as a {@link PixelRedactionException} naming the syntax, other failures as they are.
     */
    private static IOException failed(TransferSyntax ts, Exception e, List<Path> temps) {
        PixelTempFiles.deleteAll(temps);
        if (e instanceof PixelCodingException || e instanceof IllegalArgumentException) {
            return new PixelRedactionException("Pixel Data in " + ts.uid() + ": " + e.getMessage(), e);
        }
        if (e instanceof IOException io) {
            return io;
        }
        throw (RuntimeException) e;
    }

    private static boolean fill(Frame f, ImageDescriptor d, List<Rect> regions, RedactionOptions opts) {
        return !RegionFill.fill(f, d, regions, opts.fill()).isEmpty();
    }

    private RedactionResult blocks(Dataset ds, TransferSyntax ts, ImageDescriptor d, FragmentFrames frames,
                                   List<Rect> regions, RedactionOptions opts, boolean spill, List<Path> temps)
            throws IOException {
        long[] cells = opts.fill().cells(d);
        int[] fill = new int[cells.length];
        for (int c = 0; c < cells.length; c++) {
            fill[c] = (int) (cells[c] >>> d.lowBit() & ((1L << d.bitsStored()) - 1));
        }
        JpegLimits limits = new JpegLimits(Math.max(1, opts.limits().maxFrameBytes() / 2));
        int changed = 0;
        try (FrameOutput out = new FrameOutput(true, spill, opts.tempDirectory(), temps)) {
            for (int i = 0; i < frames.frames(); i++) {
                byte[] coded = frames.frame(i);
                JpegCoefficientImage image;
                try {
                    image = JpegCoefficientImage.read(coded, limits);
                } catch (JpegFormatException e) {
                    throw new PixelRedactionException("frame " + i + " of " + ts.uid() + " cannot be redacted block "
                            + "by block: " + e.getMessage(), e);
                }
                boolean any = false;
                for (Rect r : regions) {
                    Rectangle done = image.redactBlocks(new Rectangle(r.x(), r.y(), r.width(), r.height()), fill);
                    any |= !done.isEmpty();
                }
                out.add(any ? image.write() : coded);
                changed += any ? 1 : 0;
            }
            replace(ds, out.finish(Tags.PixelData, VR.OB));
        }
        return new RedactionResult(ts, changed, true, false, temps);
    }

    private RedactionResult transcode(Dataset ds, TransferSyntax ts, ImageDescriptor d, FragmentFrames frames,
                                      FrameEdit edit, RedactionOptions opts, boolean spill, List<Path> temps)
            throws IOException {
        FrameCodec codec = codecs.require(ts);
        boolean lossySource = ts.lossy();
        if (lossySource && !opts.allowLossy()) {
            throw new PixelRedactionException("Pixel Data in lossy transfer syntax " + ts.uid() + " (" + codec.name()
                    + ") can only be redacted by decoding and re-encoding it; allow lossy re-encoding to proceed");
        }
        Target target = null;
        int changed = 0;
        long codedBytes = 0;
        FrameOutput out = null;
        try {
            for (int i = 0; i < frames.frames(); i++) {
                byte[] coded = frames.frame(i);
                codedBytes += coded.length;
                Frame f = codec.decode(coded, d);
                boolean any = edit.apply(f, i);
                changed += any ? 1 : 0;
                if (target == null) {
                    target = chooseTarget(ts, codec, d, f, opts);
                    out = new FrameOutput(target.encapsulated(), spill, opts.tempDirectory(), temps);
                }
                if (!any && target.keepsUnchangedFrames()) {
                    out.add(coded);
                } else {
                    out.add(target.encode(f));
                }
            }
            VR nativeVr = target.descriptor().bitsAllocated() > 8 ? VR.OW : VR.OB;
            replace(ds, out.finish(Tags.PixelData, nativeVr));
        } finally {
            if (out != null) {
                out.close();
            }
        }
        if (target.descriptor().photometric() != d.photometric()) {
            DatasetView.of(ds).putString(Tags.PhotometricInterpretation, VR.CS,
                    target.descriptor().photometric().keyword());
        }
        boolean lossy = lossySource && changed > 0;
        if (lossy) {
            LossyMarks.mark(ds, ts, LossyMarks.ratio(d.frameLength() * frames.frames(), codedBytes));
        }
        return new RedactionResult(target.ts(), changed, false, lossy, temps);
    }

    /** Where re-encoded frames go: the input syntax when its encoder is exact for this image, else the fallback. */
    private Target chooseTarget(TransferSyntax ts, FrameCodec codec, ImageDescriptor d, Frame first,
                                RedactionOptions opts) throws IOException {
        if (codec.lossless()) {
            ImageDescriptor enc = codec.encodedDescriptor(d);
            try {
                codec.encode(first.copy(), enc);
                return new Target(ts, codec, enc, enc.equals(d));
            } catch (UnsupportedPixelCodingException e) {
                // falls back below
            }
        }
        ImageDescriptor decoded = decodedDescriptor(d, first);
        TransferSyntax fb = opts.losslessFallback();
        if (fb.isNative()) {
            return new Target(fb, null, decoded, false);
        }
        FrameCodec fc = codecs.require(fb);
        if (!fc.lossless()) {
            throw new PixelRedactionException("fallback transfer syntax " + fb.uid() + " has no exact encoder");
        }
        return new Target(fb, fc, fc.encodedDescriptor(decoded), false);
    }

    /** The layout of decoded frames: JPEG 2000 color transforms give RGB, full-size chroma planes give YBR_FULL. */
    private static ImageDescriptor decodedDescriptor(ImageDescriptor d, Frame f) {
        PhotometricInterpretation p = d.photometric();
        if (p == PhotometricInterpretation.YBR_ICT || p == PhotometricInterpretation.YBR_RCT) {
            p = PhotometricInterpretation.RGB;
        } else if (d.chromaSubsampledHorizontally() && f.horizontalSubsampling(1) == 1) {
            p = PhotometricInterpretation.YBR_FULL;
        }
        return d.toBuilder().photometric(p).numberOfFrames(d.numberOfFrames()).build();
    }

    private record Target(TransferSyntax ts, FrameCodec codec, ImageDescriptor descriptor, boolean sameSyntax) {
        boolean encapsulated() {
            return codec != null;
        }

        boolean keepsUnchangedFrames() {
            return sameSyntax;
        }

        byte[] encode(Frame f) throws PixelCodingException {
            if (codec == null) {
                return new NativeFrameCodec(descriptor, NativeFrameOptions.LITTLE_ENDIAN).encode(f);
            }
            return codec.encode(f, descriptor);
        }
    }

    private static void replace(Dataset ds, DataElement pixelData) {
        ds.remove(Tags.ExtendedOffsetTable);
        ds.remove(Tags.ExtendedOffsetTableLengths);
        ds.put(pixelData);
    }
}
