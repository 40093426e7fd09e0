package org.veil.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Small files that need a lot of memory once read, written as a stream (never held in the test's memory): a deflated
 * data set that inflates to hundreds of megabytes, and a file with many large text values.
 */
final class HugeInputs {
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String DEFLATED = "1.2.840.10008.1.2.1.99";
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private HugeInputs() {
    }

    /** A deflated data set with {@code values} private OB values of {@code size} bytes, mostly zeros. */
    static void deflateBomb(Path file, int values, int size) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file))) {
            header(raw, DEFLATED, "2.25.1001");
            DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(9, true), 1 << 16);
            identity(out, "2.25.1001", "BOMB^PATIENT");
            SplittableRandom random = new SplittableRandom(7);
            byte[] chunk = new byte[1 << 16];
            for (int v = 0; v < values; v++) {
                longHeader(out, 0x00091000 | (0x10 + v), "OB", size);
                for (int done = 0; done < size; done += chunk.length) {
                    Arrays.fill(chunk, (byte) 0);
                    for (int i = 0; i < chunk.length; i += 2048) {
                        chunk[i] = (byte) random.nextInt(256);
                    }
                    out.write(chunk, 0, Math.min(chunk.length, size - done));
                }
            }
            out.finish();
        }
    }

    /** An explicit VR little endian file with {@code values} private UT values of {@code size} letters each. */
    static void largeTexts(Path file, int values, int size) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            header(out, EXPLICIT_LE, "2.25.1002");
            identity(out, "2.25.1002", "TEXT^PATIENT");
            byte[] chunk = new byte[1 << 16];
            Arrays.fill(chunk, (byte) 'A');
            for (int v = 0; v < values; v++) {
                longHeader(out, 0x00091000 | (0x10 + v), "UT", size);
                for (int done = 0; done < size; done += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, size - done));
                }
            }
        }
    }

    private static void header(OutputStream out, String ts, String instance) throws IOException {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        longHeader(meta, 0x00020001, "OB", 2);
        meta.write(new byte[] {0, 1});
        element(meta, 0x00020002, "UI", uid(SECONDARY_CAPTURE));
        element(meta, 0x00020003, "UI", uid(instance));
        element(meta, 0x00020010, "UI", uid(ts));
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x00020000, "UL", le32(meta.size()));
        meta.writeTo(out);
    }

    private static void identity(OutputStream out, String instance, String name) throws IOException {
        element(out, 0x00080016, "UI", uid(SECONDARY_CAPTURE));
        element(out, 0x00080018, "UI", uid(instance));
        element(out, 0x00080060, "CS", "OT".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x00090010, "LO", "HUGE TEST ".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x00100010, "PN", name.getBytes(StandardCharsets.US_ASCII));
        element(out, 0x00100020, "LO", "HUGE-0001 ".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x0020000D, "UI", uid(instance + ".1"));
        element(out, 0x0020000E, "UI", uid(instance + ".2"));
    }

    private static byte[] uid(String uid) {
        String even = uid.length() % 2 == 0 ? uid : uid + "\0";
        return even.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static void tag(OutputStream out, int tag) throws IOException {
        out.write(new byte[] {(byte) (tag >>> 16), (byte) (tag >>> 24), (byte) tag, (byte) (tag >>> 8)});
    }

    private static void element(OutputStream out, int tag, String vr, byte[] value) throws IOException {
        tag(out, tag);
        out.write(vr.getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {(byte) value.length, (byte) (value.length >>> 8)});
        out.write(value);
    }

    private static void longHeader(OutputStream out, int tag, String vr, int length) throws IOException {
        tag(out, tag);
        out.write(vr.getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {0, 0});
        out.write(le32(length));
    }
}
