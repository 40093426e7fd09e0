package org.veil.pixel.codec.jpeg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.veil.testkit.Ci;
import org.veil.testkit.Tool;

/**
 * Test-only access to the reference tools: dcmtk's dcmcjpeg / dcmdjpeg to compress and decompress, pydicom (through
 * a small script) to pull encapsulated frames and native pixel data out of DICOM files.
 */
final class ReferenceTools {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static volatile String python;
    private static Path root;

    private ReferenceTools() {
    }

    /** What pydicom reports about a file. */
    record Info(String transferSyntax, int rows, int columns, int samplesPerPixel, String photometric,
                int bitsAllocated, int bitsStored, int planarConfiguration, int frames) {
        static Info parse(String json) {
            return new Info(str(json, "transferSyntax"), num(json, "rows"), num(json, "columns"),
                    num(json, "samplesPerPixel"), str(json, "photometric"), num(json, "bitsAllocated"),
                    num(json, "bitsStored"), num(json, "planarConfiguration"), num(json, "frames"));
        }

        private static String str(String json, String key) {
            Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no " + key + " in " + json);
            }
            return m.group(1);
        }

        private static int num(String json, String key) {
            Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no " + key + " in " + json);
            }
            return Integer.parseInt(m.group(1));
        }

        SampleOrder order() {
            return planarConfiguration == 1 ? SampleOrder.BY_PLANE : SampleOrder.BY_PIXEL;
        }
    }

    /** Native pixel data and its description. */
    record Pixels(Info info, byte[] data) {
    }

    /** The encapsulated frames of a DICOM file. */
    static List<byte[]> frames(Path dcm) {
        Path dir = tempDir();
        String json = python("frames", dcm, dir.resolve("frame"));
        Info info = Info.parse(json);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < info.frames(); i++) {
            out.add(read(dir.resolve("frame_" + i + ".jpg")));
        }
        return out;
    }

    /** The native pixel data of a DICOM file. */
    static Pixels pixels(Path dcm) {
        Path raw = tempDir().resolve("pixels.raw");
        Info info = Info.parse(python("pixels", dcm, raw));
        return new Pixels(info, read(raw));
    }

    /** Runs dcmcjpeg with the options, returning the output file. */
    static Path dcmcjpeg(Path in, String... options) {
        return dcmtk("dcmcjpeg", in, options);
    }

    /** Runs dcmdjpeg with the options and reads the native pixel data it wrote. */
    static Pixels dcmdjpeg(Path in, String... options) {
        return pixels(dcmtk("dcmdjpeg", in, options));
    }

    /** Compresses a source image with dcmcjpeg (options as on its command line) and returns the JPEG stream. */
    static byte[] compress(RasterImage source, String... options) {
        return frames(dcmcjpeg(plainFile(source), options)).get(0);
    }

    /** A native DICOM file holding the image (MONOCHROME2 or RGB). */
    static Path plainFile(RasterImage source) {
        return write(DicomFixture.nativeFile(image(source), source.pixelData(SampleOrder.BY_PIXEL)), "in.dcm");
    }

    /** Image attributes for a source image: MONOCHROME2 or RGB, 8 or 16 bits allocated. */
    static DicomFixture.Image image(RasterImage source) {
        int n = source.components().size();
        return new DicomFixture.Image(source.height(), source.width(), n, n == 1 ? "MONOCHROME2" : "RGB",
                source.precision() <= 8 ? 8 : 16, source.precision(), 1);
    }

    /**
     * Decodes a JPEG stream with dcmdjpeg (+cn: no color conversion), wrapped in a DICOM file with the transfer
     * syntax its SOF calls for.
     */
    static Pixels dcmdjpeg(byte[] jpeg, DicomFixture.Image image) {
        int sof = sofMarker(jpeg);
        String ts = switch (sof) {
            case 0xC0 -> DicomFixture.JPEG_BASELINE;
            case 0xC1 -> DicomFixture.JPEG_EXTENDED;
            default -> DicomFixture.JPEG_LOSSLESS;
        };
        Path file = write(DicomFixture.encapsulatedFile(image, ts, List.of(jpeg)), "wrapped.dcm");
        return dcmdjpeg(file, "+cn");
    }

    private static int sofMarker(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xC3) {
                return marker;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
        }
        throw new IllegalArgumentException("no SOF0..3 found");
    }

    /** Writes bytes to a new temporary file. */
    static Path write(byte[] bytes, String name) {
        try {
            return Files.write(tempDir().resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dcmtk(String tool, Path in, String... options) {
        Tool.require(tool);
        Path out = tempDir().resolve("out.dcm");
        List<String> cmd = new ArrayList<>(List.of(tool));
        cmd.addAll(List.of(options));
        cmd.add(in.toString());
        cmd.add(out.toString());
        Tool.Result r = Tool.run(TIMEOUT, cmd);
        if (!r.ok()) {
            throw new AssertionError(tool + " failed (" + r.exitCode() + "): " + r.stderr() + r.stdout());
        }
        return out;
    }

    private static String python(String mode, Path in, Path out) {
        Tool.Result r = Tool.run(TIMEOUT, interpreter(), script().toString(), mode, in.toString(), out.toString());
        if (!r.ok()) {
            throw new AssertionError("dicom_tool.py " + mode + " " + in + " failed: " + r.stderr());
        }
        String[] lines = r.stdout().strip().split("\n");
        return lines[lines.length - 1];
    }

    /** A python3 that can import pydicom; skips the test when there is none (fails on CI). */
    private static String interpreter() {
        String p = python;
        if (p != null) {
            return p;
        }
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                if (Tool.run(TIMEOUT, candidate, "-c", "import pydicom").ok()) {
                    python = candidate;
                    return candidate;
                }
            } catch (IllegalStateException e) {
                // not runnable: try the next candidate
            }
        }
        String reason = "no python3 with pydicom found";
        if (Ci.active()) {
            throw new IllegalStateException(reason + " (required on CI)");
        }
        Assumptions.abort(reason);
        return null;
    }

    private static Path script() {
        try (InputStream in = ReferenceTools.class.getResourceAsStream("dicom_tool.py")) {
            Path p = tempDir().resolve("dicom_tool.py");
            Files.write(p, in.readAllBytes());
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder under one per-run root that is deleted when the JVM exits. */
    private static synchronized Path tempDir() {
        try {
            if (root == null) {
                root = Files.createTempDirectory("veil-jpeg-tests");
                Path r = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(r)));
            }
            return Files.createTempDirectory(root, "t");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
