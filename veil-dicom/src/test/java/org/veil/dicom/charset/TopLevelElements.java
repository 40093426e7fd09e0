package org.veil.dicom.charset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.veil.dicom.VR;

/**
 * A test-only walk over the top-level elements of an explicit VR little endian file (file meta included), giving
 * the raw value bytes of the elements asked for. It is no DICOM reader: it stops at the first undefined length,
 * which is enough for the charset test files, where (0008,0005) and (0010,0010) come before any such element.
 */
final class TopLevelElements {
    private TopLevelElements() {
    }

    /** The raw values of the wanted tags found before the walk had to stop. */
    static Map<Integer, byte[]> read(Path file, int... wanted) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean preamble = bytes.length > 132 && new String(bytes, 128, 4, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("DICM");
        in.position(preamble ? 132 : 0);
        Map<Integer, byte[]> found = new HashMap<>();
        while (in.remaining() >= 8) {
            int tag = (in.getShort() & 0xFFFF) << 16 | (in.getShort() & 0xFFFF);
            VR vr = VR.ofCode((in.get() & 0xFF) << 8 | (in.get() & 0xFF));
            if (vr == null) {
                throw new IllegalStateException(file + " @0x" + Integer.toHexString(in.position() - 2)
                        + ": not explicit VR little endian");
            }
            long length;
            if (vr.hasLongHeader()) {
                in.getShort();
                length = in.getInt() & 0xFFFFFFFFL;
            } else {
                length = in.getShort() & 0xFFFF;
            }
            if (length == 0xFFFFFFFFL || length > in.remaining()) {
                break;
            }
            if (Arrays.stream(wanted).anyMatch(w -> w == tag)) {
                found.put(tag, Arrays.copyOfRange(bytes, in.position(), in.position() + (int) length));
            }
            in.position(in.position() + (int) length);
        }
        return found;
    }
}
