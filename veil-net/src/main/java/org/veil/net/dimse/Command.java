package org.veil.net.dimse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.veil.net.pdu.PduException;

/**
 * A DIMSE command set: elements of group 0000, always Implicit VR Little Endian (PS3.7 6.3.1), with Command Group
 * Length computed on encoding. Values are kept as bytes; typed accessors read and write US, UL, UI and AE values.
 */
public final class Command {
    public static final int AFFECTED_SOP_CLASS_UID = 0x00000002;
    public static final int REQUESTED_SOP_CLASS_UID = 0x00000003;
    public static final int COMMAND_FIELD = 0x00000100;
    public static final int MESSAGE_ID = 0x00000110;
    public static final int MESSAGE_ID_BEING_RESPONDED_TO = 0x00000120;
    public static final int MOVE_DESTINATION = 0x00000600;
    public static final int PRIORITY = 0x00000700;
    public static final int COMMAND_DATA_SET_TYPE = 0x00000800;
    public static final int STATUS = 0x00000900;
    public static final int ERROR_COMMENT = 0x00000902;
    public static final int AFFECTED_SOP_INSTANCE_UID = 0x00001000;
    public static final int REMAINING_SUB_OPERATIONS = 0x00001020;
    public static final int COMPLETED_SUB_OPERATIONS = 0x00001021;
    public static final int FAILED_SUB_OPERATIONS = 0x00001022;
    public static final int WARNING_SUB_OPERATIONS = 0x00001023;
    public static final int MOVE_ORIGINATOR_AE = 0x00001030;
    public static final int MOVE_ORIGINATOR_MESSAGE_ID = 0x00001031;
    /** Command Data Set Type value meaning "no data set follows". */
    public static final int NO_DATA_SET = 0x0101;
    /** The largest command set accepted (commands are small; this bounds a hostile peer). */
    public static final int MAX_ENCODED_LENGTH = 64 * 1024;

    private final Map<Integer, byte[]> elements = new TreeMap<>(Integer::compareUnsigned);

    public Command us(int tag, int value) {
        elements.put(tag, ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array());
        return this;
    }

    public Command ul(int tag, long value) {
        elements.put(tag, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array());
        return this;
    }

    /** A UI value (padded with NUL to even length). */
    public Command ui(int tag, String uid) {
        return text(tag, uid, (byte) 0);
    }

    /** An AE, LO or other text value (padded with a space to even length). */
    public Command text(int tag, String value) {
        return text(tag, value, (byte) ' ');
    }

    private Command text(int tag, String value, byte pad) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        if ((b.length & 1) != 0) {
            b = java.util.Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = pad;
        }
        elements.put(tag, b);
        return this;
    }

    public boolean has(int tag) {
        return elements.containsKey(tag);
    }

    /** A US value, or {@code fallback} when absent. */
    public int number(int tag, int fallback) {
        byte[] b = elements.get(tag);
        return b == null || b.length < 2 ? fallback : (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    }

    /** A text value without its padding, or null when absent. */
    public String text(int tag) {
        byte[] b = elements.get(tag);
        if (b == null) {
            return null;
        }
        int end = b.length;
        while (end > 0 && (b[end - 1] == 0 || b[end - 1] == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && b[start] == ' ') {
            start++;
        }
        return new String(b, start, end - start, StandardCharsets.US_ASCII);
    }

    public int field() {
        return number(COMMAND_FIELD, -1);
    }

    public boolean hasDataSet() {
        return number(COMMAND_DATA_SET_TYPE, NO_DATA_SET) != NO_DATA_SET;
    }

    public int status() {
        return number(STATUS, -1);
    }

    /** The command set in Implicit VR Little Endian, Command Group Length first. */
    public byte[] encode() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        for (var e : elements.entrySet()) {
            if (e.getKey() != 0) {
                element(body, e.getKey(), e.getValue());
            }
        }
        byte[] rest = body.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(rest.length + 12);
        element(all, 0, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(rest.length).array());
        all.write(rest, 0, rest.length);
        return all.toByteArray();
    }

    /** Parses a command set; every element must be of group 0000 and fit the bytes given. */
    public static Command decode(byte[] bytes) throws PduException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Command c = new Command();
        while (b.remaining() > 0) {
            if (b.remaining() < 8) {
                throw bad("command set @" + b.position() + ": " + b.remaining() + " bytes left, too few for an element");
            }
            int tag = (b.getShort() & 0xFFFF) << 16 | (b.getShort() & 0xFFFF);
            long length = b.getInt() & 0xFFFFFFFFL;
            if ((tag >>> 16) != 0) {
                throw bad("command set @" + (b.position() - 8) + ": element (" + String.format("%04X,%04X",
                        tag >>> 16, tag & 0xFFFF) + ") is not of the command group");
            }
            if (length > b.remaining()) {
                throw bad("command set @" + (b.position() - 8) + String.format(" (0000,%04X)", tag & 0xFFFF)
                        + ": length " + length + " exceeds the " + b.remaining() + " bytes left");
            }
            byte[] value = new byte[(int) length];
            b.get(value);
            c.elements.put(tag, value);
        }
        if (c.field() < 0) {
            throw bad("command set without Command Field (0000,0100)");
        }
        return c;
    }

    private static PduException bad(String message) {
        return new PduException(message, PduException.INVALID_PARAMETER_VALUE);
    }

    private static void element(ByteArrayOutputStream out, int tag, byte[] value) {
        ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) (tag >>> 16)).putShort((short) tag).putInt(value.length);
        out.write(h.array(), 0, 8);
        out.write(value, 0, value.length);
    }

    @Override
    public String toString() {
        return String.format("Command[field=0x%04X, message id=%d]", field(), number(MESSAGE_ID, -1));
    }
}
