package org.veil.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Adds the hostile cases to a generated input folder: truncated, not DICOM, unreadable, a broken link, a copy, and a
 * Pixel Data element whose length runs past the end of the file.
 */
final class BadInputs {
    static final String TRUNCATED = "bad/truncated.dcm";
    static final String TEXT = "bad/notes about the patient.txt";
    static final String UNREADABLE = "bad/unreadable.dcm";
    static final String BROKEN_LINK = "bad/broken-link.dcm";
    static final String COPY = "bad/copy-of-first.dcm";
    static final String BAD_LENGTH = "bad/pixel-length-too-long.dcm";
    /** How many cases {@link #add} writes. */
    static final int COUNT = 6;

    private BadInputs() {
    }

    /**
     * Adds the cases using {@code good}, a valid DICOM file of the folder.
     *
     * @return true when the unreadable file really cannot be read (false when running as root)
     */
    static boolean add(Path in, Path good) throws IOException {
        Files.createDirectories(in.resolve("bad"));
        byte[] bytes = Files.readAllBytes(good);
        Files.write(in.resolve(TRUNCATED), Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(in.resolve(TEXT), "Follow-up in two weeks.\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve(UNREADABLE), bytes);
        Files.setPosixFilePermissions(in.resolve(UNREADABLE), PosixFilePermissions.fromString("---------"));
        Files.createSymbolicLink(in.resolve(BROKEN_LINK), in.resolve("bad/no-such-target.dcm"));
        Files.write(in.resolve(COPY), bytes);
        Files.write(in.resolve(BAD_LENGTH), withPixelLength(bytes, 0x7FFFFFF0));
        return !Files.isReadable(in.resolve(UNREADABLE));
    }

    /** A copy of an explicit VR little endian file with the 32-bit length of its Pixel Data (7FE0,0010) replaced. */
    static byte[] withPixelLength(byte[] file, int length) {
        byte[] tag = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0};
        for (int i = file.length - tag.length - 4; i >= 0; i--) {
            if (Arrays.equals(file, i, i + tag.length, tag, 0, tag.length)) {
                byte[] copy = file.clone();
                ByteBuffer.wrap(copy, i + tag.length, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(length);
                return copy;
            }
        }
        throw new IllegalArgumentException("no explicit VR OW Pixel Data element");
    }

    /** Makes the unreadable file readable again so the test folder can be deleted. */
    static void restore(Path in) throws IOException {
        Path p = in.resolve(UNREADABLE);
        if (Files.exists(p)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
