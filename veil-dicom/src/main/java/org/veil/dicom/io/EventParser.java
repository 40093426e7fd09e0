package org.veil.dicom.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.Leniency;
import org.veil.dicom.ReadLimitException;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.Tag;
import org.veil.dicom.TagPath;
import org.veil.dicom.ByteSwap;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;

/**
 * The pull parser's state machine over one data set. Iterative (an explicit stack of frames), so nesting depth is
 * bounded by {@link ReadLimits#maxDepth()} and never by the thread's stack.
 */
final class EventParser {
    private static final long UNDEFINED = 0xFFFFFFFFL;
    /** VR bytes of two spaces, written by some encoders for an element whose VR they did not know. */
    private static final int SPACES = 0x2020;

    private final ByteInput in;
    private final String source;
    private final Path file;
    private final ReadLimits limits;
    private final ReadWarnings warnings;
    private final ArrayDeque<DicomEvent> pending = new ArrayDeque<>(2);
    /** Where plain elements go instead of events while a data set is built, else null. */
    private ElementSink sink;
    private Frame top;
    /** Bytes of values loaded into memory so far (the instance's share of {@link ReadLimits#maxLoadedBytes()}). */
    private long loaded;
    private int depth;
    private boolean checkFirstElement;
    /** Command group elements (0000,xxxx) at the start of an explicit VR data set, encoded in implicit VR. */
    private boolean implicitCommands;
    private boolean done;

    /** One open container: the top level, a sequence, an item or encapsulated pixel data. */
    private static final class Frame {
        final Kind kind;
        final Frame parent;
        final long end;
        final boolean explicit;
        final boolean bigEndian;
        final TagPath path;
        int count;
        int pixelRepresentation;

        Frame(Kind kind, Frame parent, long end, boolean explicit, boolean bigEndian, TagPath path) {
            this.kind = kind;
            this.parent = parent;
            this.end = end;
            this.explicit = explicit;
            this.bigEndian = bigEndian;
            this.path = path;
        }
    }

    private enum Kind { ROOT, SEQUENCE, ITEM, FRAGMENTS }

    /**
     * Receives the plain elements (values in memory or left in the file) straight from the parser, without an event or
     * a location: the data set builder, which needs neither for almost every element.
     */
    interface ElementSink {
        /** An element read at {@code offset} in the data set at {@code parent}; one of value and bulk is null. */
        void element(int tag, VR vr, byte[] value, BulkData bulk, TagPath parent, long offset);
    }

    /** What {@link #next()} returns for an element it gave to the sink (compared by identity, never read). */
    static final DicomEvent TAKEN = new DicomEvent.SequenceEnd(new Location("", -1, TagPath.ROOT));

    EventParser(ByteInput in, String source, Path file, ReadLimits limits, ReadWarnings warnings, boolean explicit,
                boolean bigEndian, boolean checkFirstElement) {
        this.in = in;
        this.source = source;
        this.file = file;
        this.limits = limits;
        this.warnings = warnings;
        this.top = new Frame(Kind.ROOT, null, -1, explicit, bigEndian, TagPath.ROOT);
        this.checkFirstElement = checkFirstElement;
    }

    boolean explicitVr() {
        return top.explicit;
    }

    /** Sends plain elements to {@code to} from now on (null: events again). */
    void sink(ElementSink to) {
        sink = to;
    }

    /** The next event, or null at the end of the data set. */
    DicomEvent next() throws IOException {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (done) {
            return null;
        }
        long pos = in.position();
        try {
            return step(pos);
        } catch (EOFException e) {
            throw error(pos, currentPath(), "truncated: " + e.getMessage() + " (file ends at 0x"
                    + Long.toHexString(in.position()).toUpperCase() + ")");
        }
    }

    private TagPath currentPath() {
        return top.path;
    }

    private DicomEvent step(long pos) throws IOException {
        Frame f = top;
        if (f.end >= 0 && pos >= f.end) {
            if (pos > f.end) {
                throw error(pos, f.path, "contents overrun the defined length of the enclosing "
                        + f.kind.name().toLowerCase() + " by " + (pos - f.end) + " bytes");
            }
            return close(f, pos);
        }
        if (in.atEnd()) {
            return endOfInput(f, pos);
        }
        if (f.kind == Kind.ROOT && trailingZeros(pos)) {
            done = true;
            return null;
        }
        if (f.kind == Kind.FRAGMENTS && in.ensure(8) < 8) {
            return truncatedFragments(f, pos, "fragment item header cut off (" + in.ensure(8) + " bytes left)");
        }
        if (in.ensure(4) < 4) {
            throw error(pos, f.path, "truncated element header: " + in.remaining() + " bytes left");
        }
        if (checkFirstElement && f.kind == Kind.ROOT) {
            checkFirstElement = detectEncodingMismatch(pos);
            f = top;
        }

        int tag = in.tag(f.bigEndian);
        return switch (f.kind) {
            case SEQUENCE -> inSequence(f, tag, pos);
            case FRAGMENTS -> inFragments(f, tag, pos);
            default -> inDataset(f, tag, pos);
        };
    }

    private DicomEvent endOfInput(Frame f, long pos) throws IOException {
        if (f.kind == Kind.ROOT) {
            done = true;
            return null;
        }
        if (f.kind == Kind.FRAGMENTS) {
            return truncatedFragments(f, pos, "end of file before the sequence delimiter (FFFE,E0DD)");
        }
        if (f.end >= 0) {
            throw error(pos, f.path, "truncated: file ends " + (f.end - pos) + " bytes before the end of the "
                    + f.kind.name().toLowerCase());
        }
        String missing = f.kind == Kind.ITEM ? "item delimiter (FFFE,E00D)" : "sequence delimiter (FFFE,E0DD)";
        if (limits.leniency() == Leniency.LENIENT && f.kind == Kind.SEQUENCE && f.parent.kind == Kind.ROOT) {
            warnings.add(location(pos, f.path), "end of file before the " + missing + "; sequence closed");
            return close(f, pos);
        }
        throw error(pos, f.path, "truncated: end of file before the " + missing);
    }

    /** Some writers pad the file with a few zero bytes after the last element. */
    private boolean trailingZeros(long pos) throws IOException {
        long left = in.remaining();
        if (left >= 8 || left <= 0) {
            return false;
        }
        for (int i = 0; i < left; i++) {
            if (in.peek(i) != 0) {
                return false;
            }
        }
        warnings.add(location(pos, TagPath.ROOT), left + " zero bytes after the last element ignored");
        return true;
    }

    /**
     * Encapsulated pixel data cut off at the end of the file. Lenient reading keeps the complete fragments (the cut
     * one is dropped), records the recovery so that a policy can refuse the instance, and ends the data set; strict
     * reading and pixel data inside a sequence fail.
     */
    private DicomEvent truncatedFragments(Frame f, long pos, String what) throws IOException {
        if (limits.leniency() != Leniency.LENIENT || f.parent.kind != Kind.ROOT) {
            throw error(pos, f.path, "truncated encapsulated pixel data: " + what);
        }
        int complete = f.count;
        warnings.pixelDataTruncated(location(pos, f.path), "encapsulated pixel data truncated at end of file: "
                + what + "; the " + complete + " complete item(s) before it are kept");
        long left = in.remaining();
        if (left != Long.MAX_VALUE && left > 0) {
            in.skip(left);
        }
        DicomEvent end = close(f, pos);
        done = true;
        return new DicomEvent.FragmentsEnd(end.location(), DicomEvent.Completeness.TRUNCATED);
    }

    private DicomEvent close(Frame f, long pos) throws DicomFormatException {
        top = f.parent;
        Location loc = location(pos, f.path);
        switch (f.kind) {
            case ITEM:
                return new DicomEvent.ItemEnd(loc);
            case SEQUENCE:
                depth--;
                return new DicomEvent.SequenceEnd(loc);
            case FRAGMENTS:
                depth--;
                return new DicomEvent.FragmentsEnd(loc);
            default:
                throw error(pos, f.path, "internal: cannot close the top level");
        }
    }

    private DicomEvent inSequence(Frame f, int tag, long pos) throws IOException {
        long len = in.i32(f.bigEndian) & 0xFFFFFFFFL;
        if (tag == Tags.Item) {
            if (++f.count > limits.maxItems()) {
                throw limit(pos, f.path, "sequence has more than " + limits.maxItems() + " items",
                        "maxItems", limits.maxItems());
            }
            int index = f.count - 1;
            TagPath path = f.path.item(index);
            long end = len == UNDEFINED ? -1 : containerEnd(len, pos, path);
            top = new Frame(Kind.ITEM, f, end, f.explicit, f.bigEndian, path);
            return new DicomEvent.ItemStart(index, len == UNDEFINED ? -1 : len, location(pos, path));
        }
        if (tag == Tags.SequenceDelimitationItem) {
            if (f.end >= 0) {
                lenient(pos, f.path, "sequence delimiter inside a sequence of defined length");
            }
            return close(f, pos);
        }
        if (tag == Tags.ItemDelimitationItem) {
            lenient(pos, f.path, "item delimiter (FFFE,E00D) outside an item");
            return next();
        }
        throw error(pos, f.path, "expected an item (FFFE,E000) or sequence delimiter (FFFE,E0DD) in the sequence, found "
                + Tag.format(tag));
    }

    private DicomEvent inFragments(Frame f, int tag, long pos) throws IOException {
        long len = in.i32(f.bigEndian) & 0xFFFFFFFFL;
        if (tag == Tags.SequenceDelimitationItem) {
            return close(f, pos);
        }
        if (tag != Tags.Item) {
            throw error(pos, f.path, "expected a fragment item (FFFE,E000) or sequence delimiter (FFFE,E0DD) in "
                    + "encapsulated pixel data, found " + Tag.format(tag));
        }
        if (len == UNDEFINED) {
            throw error(pos, f.path, "fragment with undefined length");
        }
        if (++f.count > limits.maxItems()) {
            throw limit(pos, f.path, "more than " + limits.maxItems() + " fragments", "maxItems", limits.maxItems());
        }
        TagPath path = f.path.item(f.count - 1);
        if (len > in.remaining()) {
            f.count--;
            return truncatedFragments(f, pos, "item " + f.count + " has length " + len + " but " + in.remaining()
                    + " bytes are left");
        }
        checkLength(len, pos, path);
        Location loc = location(pos, path);
        if (bulk(len)) {
            BulkData ref = new BulkData(file, in.position(), len, false, 1);
            in.skip(len);
            return new DicomEvent.Fragment(f.count - 1, len, null, ref, loc);
        }
        byte[] value;
        try {
            value = readValue(len, pos, path);
        } catch (EOFException e) {
            f.count--;
            return truncatedFragments(f, pos, "item " + f.count + " has length " + len + " but the file ends first");
        }
        return new DicomEvent.Fragment(f.count - 1, len, value, null, loc);
    }

    private DicomEvent inDataset(Frame f, int tag, long pos) throws IOException {
        if (tag == Tags.ItemDelimitationItem) {
            in.i32(f.bigEndian);
            if (f.kind == Kind.ITEM) {
                if (f.end >= 0) {
                    lenient(pos, f.path, "item delimiter inside an item of defined length");
                }
                return close(f, pos);
            }
            lenient(pos, f.path, "item delimiter (FFFE,E00D) outside an item");
            return next();
        }
        if (tag == Tags.SequenceDelimitationItem) {
            in.i32(f.bigEndian);
            if (f.kind == Kind.ITEM && f.end < 0 && limits.leniency() == Leniency.LENIENT) {
                warnings.add(location(pos, f.path), "sequence delimiter without item delimiter; item closed");
                DicomEvent itemEnd = close(f, pos);
                pending.add(close(top, pos));
                return itemEnd;
            }
            lenient(pos, f.path, "sequence delimiter (FFFE,E0DD) outside a sequence");
            return next();
        }
        if (tag == Tags.Item) {
            throw error(pos, f.path.child(tag), "item (FFFE,E000) outside a sequence");
        }
        // no location or path is made for an element unless something asks for one (a warning, an error, an event)
        VR vr;
        long len;
        boolean explicit = f.explicit && !(implicitCommands && f.kind == Kind.ROOT && Tag.group(tag) == 0);
        if (explicit) {
            int code = in.u16(true);
            vr = VR.ofCode(code);
            boolean shortHeader = false;
            if (vr == null && code == SPACES && limits.leniency() == Leniency.LENIENT) {
                vr = ImplicitVr.resolve(tag, f.pixelRepresentation);
                shortHeader = true;
                warnings.add(Location.of(source, pos, f.path, tag), "VR bytes are two spaces; read as the dictionary's "
                        + "VR " + vr + " with a 2-byte length");
            } else if (vr == null) {
                vr = unknownVr(code, pos, f.path.child(tag));
            }
            if (vr.hasLongHeader() && !shortHeader) {
                in.u16(f.bigEndian);
                len = in.i32(f.bigEndian) & 0xFFFFFFFFL;
            } else {
                len = in.u16(f.bigEndian);
            }
        } else {
            len = in.i32(f.bigEndian) & 0xFFFFFFFFL;
            vr = ImplicitVr.resolve(tag, f.pixelRepresentation);
        }
        if (len == UNDEFINED) {
            Location loc = Location.of(source, pos, f.path, tag);
            return openUndefined(f, tag, vr, loc.path(), loc, pos);
        }
        if (vr == VR.SQ && !explicit && len >= 8 && !startsWithItem(f)) {
            lenient(pos, f.path.child(tag), "implicit VR element of dictionary VR SQ does not hold items; read as UN");
            vr = VR.UN;
        }
        if (vr == VR.SQ) {
            Location loc = Location.of(source, pos, f.path, tag);
            TagPath path = loc.path();
            push(Kind.SEQUENCE, containerEnd(len, pos, path), f.explicit, f.bigEndian, path, pos);
            return new DicomEvent.SequenceStart(tag, vr, len, loc);
        }
        checkLength(len, pos, f.path, tag);
        if ((len & 1) != 0) {
            lenient(pos, f.path.child(tag), "odd value length " + len);
        }
        if (bulk(len) && (vr.kind() == VR.Kind.BULK || tag == Tags.PixelData)) {
            BulkData ref = new BulkData(file, in.position(), len, f.bigEndian, vr.swapUnit());
            in.skip(len);
            return element(tag, vr, len, null, ref, f.path, pos);
        }
        byte[] value = readValue(len, pos, f.path, tag);
        if (limits.leniency() == Leniency.STRICT) {
            strictChecks(tag, vr, value, f, pos, f.path.child(tag));
        }
        if (f.bigEndian && vr.swapUnit() > 1) {
            ByteSwap.swap(value, vr.swapUnit());
        }
        if (tag == Tags.PixelRepresentation && value.length >= 2) {
            f.pixelRepresentation = (value[0] & 0xFF) | (value[1] & 0xFF) << 8;
        }
        return element(tag, vr, len, value, null, f.path, pos);
    }

    /** A plain element: to the sink when there is one, else as an event. */
    private DicomEvent element(int tag, VR vr, long len, byte[] value, BulkData bulk, TagPath parent, long pos) {
        if (sink != null) {
            sink.element(tag, vr, value, bulk, parent, pos);
            return TAKEN;
        }
        return new DicomEvent.Element(tag, vr, len, value, bulk, Location.of(source, pos, parent, tag));
    }

    /** Deviations that lenient reading accepts silently and strict reading rejects. */
    private void strictChecks(int tag, VR vr, byte[] value, Frame f, long pos, TagPath path)
            throws DicomFormatException {
        String problem = ValueSyntax.problem(vr, value);
        if (problem != null) {
            throw error(pos, path, problem);
        }
        if (f.explicit && vr == VR.UN && !Tag.isPrivate(tag)) {
            VR known = StandardDictionary.vr(tag);
            if (known != VR.UN) {
                throw error(pos, path, "VR UN for a standard attribute of VR " + known);
            }
        }
    }

    private DicomEvent openUndefined(Frame f, int tag, VR vr, TagPath path, Location loc, long pos)
            throws IOException {
        if (vr == VR.SQ) {
            push(Kind.SEQUENCE, -1, f.explicit, f.bigEndian, path, pos);
            return new DicomEvent.SequenceStart(tag, vr, -1, loc);
        }
        if (Tag.element(tag) == 0x0010 && (Tag.group(tag) & 0xFF00) == 0x7F00 || tag == Tags.PixelData) {
            push(Kind.FRAGMENTS, -1, f.explicit, f.bigEndian, path, pos);
            return new DicomEvent.FragmentsStart(tag, vr, loc);
        }
        if (vr == VR.UN || !f.explicit) {
            push(Kind.SEQUENCE, -1, false, false, path, pos);
            return new DicomEvent.SequenceStart(tag, VR.UN, -1, loc);
        }
        throw error(pos, path, "undefined length is not allowed for VR " + vr);
    }

    private void push(Kind kind, long end, boolean explicit, boolean bigEndian, TagPath path, long pos)
            throws ReadLimitException {
        if (++depth > limits.maxDepth()) {
            throw limit(pos, path, "sequence nesting depth " + depth + " exceeds ReadLimits.maxDepth ("
                    + limits.maxDepth() + ")", null, 0);
        }
        top = new Frame(kind, top, end, explicit, bigEndian, path);
    }

    private VR unknownVr(int code, long pos, TagPath path) throws DicomFormatException {
        if (limits.leniency() == Leniency.LENIENT && code == 0) {
            warnings.add(location(pos, path), "VR bytes 00 00 read as UN");
            return VR.UN;
        }
        throw error(pos, path, "the 2 bytes after the tag name no VR (not quoted: misread bytes may be part of a "
                + "value)");
    }

    private boolean bulk(long len) {
        return file != null && len > limits.bulkDataThreshold();
    }

    private void checkLength(long len, long pos, TagPath path) throws DicomFormatException {
        String problem = lengthProblem(len);
        if (problem != null) {
            throw error(pos, path, problem);
        }
    }

    /** As above for the element {@code tag} of the data set at {@code parent}; its path is made only for an error. */
    private void checkLength(long len, long pos, TagPath parent, int tag) throws DicomFormatException {
        String problem = lengthProblem(len);
        if (problem != null) {
            throw error(pos, parent.child(tag), problem);
        }
    }

    /** Why a value of this length cannot be at the current position, or null when it can. */
    private String lengthProblem(long len) {
        long left = in.remaining();
        if (len > left) {
            return "length " + len + " > " + left + " bytes left";
        }
        if (top.end >= 0 && in.position() + len > top.end) {
            return "length " + len + " runs past the end of the enclosing " + top.kind.name().toLowerCase() + " ("
                    + (top.end - in.position()) + " bytes left in it)";
        }
        return null;
    }

    /**
     * End of a sequence or item of defined length. A length that runs past the end of the file is clamped to it in
     * lenient mode (some DICOMDIR writers forget to update lengths); the elements inside must still be complete.
     */
    private long containerEnd(long len, long pos, TagPath path) throws DicomFormatException {
        long left = in.remaining();
        if (len > left && limits.leniency() == Leniency.LENIENT) {
            long parentLeft = top.end >= 0 ? top.end - in.position() : left;
            warnings.add(location(pos, path), "length " + len + " > " + left + " bytes left; ends at end of file");
            return in.position() + Math.min(left, parentLeft);
        }
        checkLength(len, pos, path);
        return in.position() + len;
    }

    private boolean startsWithItem(Frame f) throws IOException {
        if (in.ensure(4) < 4) {
            return false;
        }
        int g = f.bigEndian ? in.peek(0) << 8 | in.peek(1) : in.peek(1) << 8 | in.peek(0);
        int e = f.bigEndian ? in.peek(2) << 8 | in.peek(3) : in.peek(3) << 8 | in.peek(2);
        return (g << 16 | e) == Tags.Item;
    }

    private byte[] readValue(long len, long pos, TagPath path) throws IOException {
        if (len > limits.maxValueLength() || loaded + len > limits.maxLoadedBytes()) {
            throw loadLimit(len, pos, path);
        }
        return load(len);
    }

    /** As above for the element {@code tag} of the data set at {@code parent}; its path is made only for an error. */
    private byte[] readValue(long len, long pos, TagPath parent, int tag) throws IOException {
        if (len > limits.maxValueLength() || loaded + len > limits.maxLoadedBytes()) {
            throw loadLimit(len, pos, parent.child(tag));
        }
        return load(len);
    }

    private ReadLimitException loadLimit(long len, long pos, TagPath path) {
        if (len > limits.maxValueLength()) {
            return limit(pos, path, "value length " + len + " exceeds ReadLimits.maxValueLength ("
                    + limits.maxValueLength() + ")", null, 0);
        }
        return limit(pos, path, "the values loaded so far need " + (loaded + len) + " bytes of memory, more than this "
                + "instance's budget", "maxLoadedBytes", limits.maxLoadedBytes());
    }

    private byte[] load(long len) throws IOException {
        loaded += len;
        byte[] value = new byte[(int) len];
        in.readFully(value, 0, value.length);
        return value;
    }

    /**
     * Meta that names the wrong VR encoding is a common encoder bug: look at the first element and follow it. Command
     * group elements (0000,xxxx) first in an explicit VR data set may be in implicit VR, as in a DIMSE command set
     * (PS3.7 6.3): lenient reading reads them so (their length is bogus when read as explicit VR) and checks again at
     * the first element after them.
     *
     * @return true to check again at the next element
     */
    private boolean detectEncodingMismatch(long pos) throws IOException {
        if (in.ensure(8) < 8 || top.bigEndian) {
            return false;
        }
        boolean looksExplicit = EncodingSniffer.looksExplicit(in.peek(0), in.peek(1), in.peek(2), in.peek(3),
                in.peek(4), in.peek(5));
        boolean command = in.peek(0) == 0 && in.peek(1) == 0;
        if (top.explicit && in.peek(4) == ' ' && in.peek(5) == ' ') {
            looksExplicit = true; // a VR of two spaces (read leniently by inDataset) in an explicit VR data set
        }
        if (command && top.explicit && !looksExplicit) {
            if (limits.leniency() == Leniency.STRICT) {
                throw error(pos, TagPath.ROOT.child(in.peek(3) << 8 | in.peek(2)), "command group element in implicit VR in a "
                        + "data set whose transfer syntax says explicit VR");
            }
            if (!implicitCommands) {
                warnings.add(location(pos, TagPath.ROOT), "command group elements (0000,xxxx) in implicit VR at "
                        + "the start of an explicit VR data set; read as implicit VR");
            }
            implicitCommands = true;
            return true;
        }
        implicitCommands = false;
        if (command) {
            return true;
        }
        if (looksExplicit != top.explicit) {
            if (limits.leniency() == Leniency.STRICT) {
                throw error(pos, TagPath.ROOT, "the data set is encoded with " + (looksExplicit ? "explicit" : "implicit")
                        + " VR but the transfer syntax says " + (top.explicit ? "explicit" : "implicit"));
            }
            warnings.add(location(pos, TagPath.ROOT), "transfer syntax says " + (top.explicit ? "explicit" : "implicit")
                    + " VR but the data set is " + (looksExplicit ? "explicit" : "implicit") + " VR; read as found");
            top = new Frame(Kind.ROOT, null, -1, looksExplicit, false, TagPath.ROOT);
        }
        return false;
    }

    private void lenient(long pos, TagPath path, String what) throws DicomFormatException {
        if (limits.leniency() == Leniency.STRICT) {
            throw error(pos, path, what);
        }
        warnings.add(location(pos, path), what);
    }

    private Location location(long pos, TagPath path) {
        return new Location(source, pos, path);
    }

    private DicomFormatException error(long pos, TagPath path, String what) {
        return new DicomFormatException(source, pos, path, what);
    }

    private ReadLimitException limit(long pos, TagPath path, String what, String knob, long value) {
        String text = knob == null ? what : what + ": exceeds ReadLimits." + knob + " (" + value + ")";
        return new ReadLimitException(source, pos, path, text);
    }
}
