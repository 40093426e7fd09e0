package org.veil.pixel.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.codec.FrameCodecRegistry;
import org.veil.pixel.frame.FillValue;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.frame.RegionFill;

/**
 * Informal throughput of decode + redact + re-encode per frame (not a test; nothing is asserted). Run with the test
 * class path: {@code java -cp ... org.veil.pixel.bench.RedactThroughput}.
 */
public final class RedactThroughput {
    private static final List<Rect> TEXT = List.of(new Rect(10, 10, 300, 40), new Rect(20, 60, 200, 20),
            new Rect(400, 480, 100, 30));

    private RedactThroughput() {
    }

    /** One codec's work on one frame. */
    interface Step {
        byte[] run(byte[] coded) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        FrameCodecRegistry registry = FrameCodecRegistry.standard(CodecLimits.DEFAULT);
        for (int[] size : new int[][] {{512, 512}, {800, 600}}) {
            ImageDescriptor d = ImageDescriptor.builder().columns(size[0]).rows(size[1]).bitsAllocated(8)
                    .photometric(PhotometricInterpretation.RGB).build();
            Frame source = ultrasoundLike(d);
            NativeFrameCodec nativeCodec = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN);
            measure("native", d, nativeCodec.encode(source), coded -> {
                Frame f = nativeCodec.decode(coded, 0);
                RegionFill.fill(f, d, TEXT, FillValue.black());
                return nativeCodec.encode(f);
            });
            for (TransferSyntax ts : List.of(TransferSyntax.RLE_LOSSLESS, TransferSyntax.DEFLATED_IMAGE_FRAME,
                    TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_2000_LOSSLESS)) {
                FrameCodec codec = registry.require(ts);
                measure(codec.name(), d, codec.encode(source, d), coded -> {
                    Frame f = codec.decode(coded, d);
                    RegionFill.fill(f, d, TEXT, FillValue.black());
                    return codec.encode(f, d);
                });
            }
        }
    }

    private static void measure(String name, ImageDescriptor d, byte[] coded, Step step) throws Exception {
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        int warm = 0;
        while (System.nanoTime() < warmEnd) {
            step.run(coded);
            warm++;
        }
        double single = rate(step, coded, 1, Math.max(5, warm / 3));
        double dual = rate(step, coded, 2, Math.max(5, warm / 3));
        System.out.printf("%-40s %dx%d RGB: %7.1f frames/s on 1 thread, %7.1f on 2 (%d bytes coded)%n", name,
                d.columns(), d.rows(), single, dual, coded.length);
    }

    private static double rate(Step step, byte[] coded, int threads, int framesPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < framesPerThread; i++) {
                        step.run(coded);
                    }
                    return null;
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
            return threads * framesPerThread / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** Dark margins, a noisy fan-shaped gradient, flat overlays: compresses roughly like ultrasound. */
    private static Frame ultrasoundLike(ImageDescriptor d) {
        Frame f = Frame.allocate(d);
        SplittableRandom r = new SplittableRandom(1);
        for (int y = 0; y < d.rows(); y++) {
            for (int x = 0; x < d.columns(); x++) {
                boolean inFan = Math.abs(x - d.columns() / 2) < y * 0.8 && y > 40;
                int v = inFan ? Math.min(255, 40 + (y * 120) / d.rows() + r.nextInt(30)) : 0;
                for (int s = 0; s < 3; s++) {
                    f.plane(s).ints()[y * d.columns() + x] = v;
                }
            }
        }
        return f;
    }
}
