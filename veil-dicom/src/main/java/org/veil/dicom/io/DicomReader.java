package org.veil.dicom.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.Leniency;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TagPath;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.dict.Tags;

/**
 * Pull reader for a DICOM file or stream (PS3.10 Section 7): 128-byte preamble + "DICM" + file meta, or a raw data
 * set without preamble or meta (encoding detected from the first element). After {@link #open}, the file meta is
 * available and {@link #next()} yields the data set's events; {@link #readDataset()} builds the rest as a tree.
 *
 * <pre>{@code
 * try (var in = DicomReader.open(path, ReadLimits.DEFAULT)) {
 *     for (var e = in.next(); e != null; e = in.next()) { ... }
 * }
 * }</pre>
 *
 * For deflated data sets, offsets count inflated bytes from the start of the file, as if it were not deflated.
 *
 * <p>Values longer than {@link ReadLimits#bulkDataThreshold()} of bulk VRs are not loaded but referenced (file, offset,
 * length), so memory stays bounded by the header, whatever the file size. Errors are {@link DicomFormatException}s
 * naming the source, byte offset and tag path.
 */
public final class DicomReader implements Closeable, AutoCloseable {
    private static final int PREAMBLE = 128;
    private static final int META_GROUP = 0x0002;

    private final String source;
    private final ReadLimits limits;
    private final ReadWarnings warnings;
    private final Path file;
    private ByteInput in;
    private byte[] preamble;
    private final Dataset fileMeta = new Dataset();
    private TransferSyntax transferSyntax;
    private long datasetOffset;
    private EventParser parser;

    private DicomReader(ByteInput in, String source, Path file, ReadLimits limits, ReadWarnings warnings)
            throws IOException {
        this.in = in;
        this.warnings = warnings;
        this.source = source;
        this.file = file;
        this.limits = limits;
        start();
    }

    private DicomReader(ByteInput in, String source, ReadLimits limits, TransferSyntax ts) {
        this.in = in;
        this.warnings = new ReadWarnings();
        this.source = source;
        this.file = null;
        this.limits = limits;
        this.transferSyntax = ts;
        this.parser = new EventParser(in, source, null, limits, warnings, ts.explicitVr(), ts.bigEndian(), false);
    }

    /**
     * Opens a bare data set (no preamble, no file meta) in a known, non-deflated transfer syntax, e.g. the data set
     * of a network message or the value of an element. Every value is loaded (bounded by the limits).
     */
    public static DicomReader openDataset(InputStream stream, String source, TransferSyntax ts, ReadLimits limits) {
        if (ts.deflated()) {
            throw new IllegalArgumentException("openDataset: inflate the data set first (" + ts.uid() + ")");
        }
        return new DicomReader(ByteInput.of(stream, 0), source, limits, ts);
    }

    /**
     * Parses the value of an element of VR UN that holds a sequence (PS3.5 6.2.2: its items are implicit VR little
     * endian whatever the transfer syntax) into a {@link Sequence} owned by {@code owner}.
     *
     * @param tag the element's tag; its dictionary VR must be SQ
     */
    public static Sequence parseSequence(byte[] value, int tag, Dataset owner, String source, ReadLimits limits)
            throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(value.length + 16);
        writeImplicitHeader(b, tag, 0xFFFFFFFF);
        b.write(value, 0, value.length);
        writeImplicitHeader(b, Tags.SequenceDelimitationItem, 0);
        try (DicomReader r = openDataset(new java.io.ByteArrayInputStream(b.toByteArray()), source,
                TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, limits)) {
            DataElement e = r.readDataset().get(tag);
            if (e == null || e.sequence() == null) {
                throw new DicomFormatException(source, 0, TagPath.ROOT.child(tag), "value is not a sequence of items");
            }
            Sequence seq = new Sequence(owner);
            for (Dataset item : e.sequence()) {
                seq.add(item);
            }
            return seq;
        }
    }

    private static void writeImplicitHeader(java.io.ByteArrayOutputStream b, int tag, int length) {
        int g = tag >>> 16;
        int el = tag & 0xFFFF;
        b.write(g);
        b.write(g >>> 8);
        b.write(el);
        b.write(el >>> 8);
        b.write(length);
        b.write(length >>> 8);
        b.write(length >>> 16);
        b.write(length >>> 24);
    }

    /** Opens a file with {@link ReadLimits#DEFAULT}. */
    public static DicomReader open(Path file) throws IOException {
        return open(file, ReadLimits.DEFAULT);
    }

    /** Opens a file; bulk values are referenced in it rather than loaded. */
    public static DicomReader open(Path file, ReadLimits limits) throws IOException {
        return open(file, limits, new ReadWarnings());
    }

    private static DicomReader open(Path file, ReadLimits limits, ReadWarnings warnings) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new DicomReader(ByteInput.of(ch), file.toString(), file, limits, warnings);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Opens a stream (not seekable: every value is loaded, bounded by {@link ReadLimits#maxValueLength()}). */
    public static DicomReader open(InputStream stream, String source, ReadLimits limits) throws IOException {
        return new DicomReader(ByteInput.of(stream, 0), source, null, limits, new ReadWarnings());
    }

    private void start() throws IOException {
        int have = in.ensure(PREAMBLE + 8);
        boolean meta;
        if (have >= PREAMBLE + 6 && magicAt(PREAMBLE) && metaGroupAt(PREAMBLE + 4)) {
            preamble = new byte[PREAMBLE];
            in.readFully(preamble, 0, PREAMBLE);
            in.skip(4);
            meta = true;
        } else if (have >= 6 && magicAt(0) && metaGroupAt(4)) {
            in.skip(4);
            meta = true;
        } else {
            meta = metaGroupAt(0);
            if (!meta) {
                skipStrayBytes(have);
            }
        }
        if (have < 8 && !meta) {
            throw new DicomFormatException(source, 0, TagPath.ROOT, "not DICOM: " + have + " bytes");
        }
        if (meta) {
            readFileMeta();
        }
        datasetOffset = in.position();
        boolean explicit;
        boolean big;
        DataElement ts = fileMeta.get(Tags.TransferSyntaxUID);
        if (ts != null && ts.bytes() != null) {
            transferSyntax = TransferSyntax.of(ascii(ts.bytes()));
            explicit = transferSyntax.explicitVr();
            big = transferSyntax.bigEndian();
        } else {
            if (meta && limits.leniency() == Leniency.STRICT) {
                throw new DicomFormatException(source, datasetOffset, TagPath.ROOT,
                        "file meta has no Transfer Syntax UID (0002,0010)");
            }
            big = in.ensure(2) >= 2 && EncodingSniffer.looksBigEndian(in.peek(0), in.peek(1));
            explicit = in.ensure(6) >= 6
                    && EncodingSniffer.looksExplicit(0, 0, 0, 0, in.peek(4), in.peek(5));
            transferSyntax = big ? TransferSyntax.EXPLICIT_VR_BIG_ENDIAN
                    : explicit ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
            if (meta) {
                warnings.add(new Location(source, datasetOffset, TagPath.ROOT),
                        "file meta has no Transfer Syntax UID; data set read as " + transferSyntax.uid());
            }
        }
        Path bulkFile = file;
        if (transferSyntax.deflated()) {
            in = ByteInput.of(new InflatingStream(in.remainingStream(), source, datasetOffset, limits), datasetOffset);
            bulkFile = null;
        }
        parser = new EventParser(in, source, bulkFile, limits, warnings, explicit, big, !transferSyntax.deflated());
    }

    private boolean metaGroupAt(int at) throws IOException {
        return (in.peek(at + 1) << 8 | in.peek(at)) == META_GROUP;
    }

    /**
     * A raw data set should start with an element header; a few damaged files carry stray bytes before it. Looks for the
     * first plausible header in the first 8 bytes (lenient) and skips what precedes it.
     */
    private void skipStrayBytes(int have) throws IOException {
        for (int k = 0; k < 8 && k + 8 <= have; k++) {
            if (EncodingSniffer.plausibleFirstElement(in.peek(k), in.peek(k + 1), in.peek(k + 4), in.peek(k + 5))) {
                if (k > 0) {
                    if (limits.leniency() == Leniency.STRICT) {
                        throw new DicomFormatException(source, 0, TagPath.ROOT, k + " stray bytes before the data set");
                    }
                    warnings.add(new Location(source, 0, TagPath.ROOT), k + " stray bytes before the data set skipped");
                    in.skip(k);
                }
                return;
            }
        }
    }

    private boolean magicAt(int at) throws IOException {
        return in.peek(at) == 'D' && in.peek(at + 1) == 'I' && in.peek(at + 2) == 'C' && in.peek(at + 3) == 'M';
    }

    private void readFileMeta() throws IOException {
        boolean explicit = in.ensure(6) < 6 || EncodingSniffer.looksExplicit(0, 0, 0, 0, in.peek(4), in.peek(5));
        if (!explicit) {
            warnings.add(new Location(source, in.position(), TagPath.ROOT), "file meta encoded in implicit VR");
        }
        EventParser metaParser = new EventParser(in, source, null, limits, warnings, explicit, false, false);
        while (in.ensure(2) >= 2 && (in.peek(1) << 8 | in.peek(0)) == META_GROUP) {
            DicomEvent e = metaParser.next();
            if (e instanceof DicomEvent.Element el) {
                fileMeta.put(DataElement.of(el.tag(), el.vr(), el.value()));
            } else {
                throw new DicomFormatException(source, e.location().offset(), e.location().path(),
                        "unexpected sequence in the file meta group");
            }
        }
    }

    private static String ascii(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == 0 || b[n - 1] == ' ')) {
            n--;
        }
        return new String(b, 0, n, StandardCharsets.US_ASCII).trim();
    }

    /** The next event of the data set, or null at its end. */
    public DicomEvent next() throws IOException {
        return parser.next();
    }

    /** Reads the rest of the data set into a tree (bulk values stay references into the file). */
    public Dataset readDataset() throws IOException {
        return new DatasetBuilder(new Dataset(), bulkFile(), source, warnings).build(parser);
    }

    private Path bulkFile() {
        return transferSyntax.deflated() ? null : file;
    }

    /** The 128-byte preamble, or null when the file has none. */
    public byte[] preamble() {
        return preamble == null ? null : preamble.clone();
    }

    /** The file meta group (empty when the input has none). */
    public Dataset fileMeta() {
        return fileMeta;
    }

    public boolean hasFileMeta() {
        return !fileMeta.isEmpty();
    }

    /** The transfer syntax of the data set: from the file meta, or detected when there is none. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /** True when the data set is actually read with explicit VR (may differ from a mislabelled transfer syntax). */
    public boolean explicitVr() {
        return parser.explicitVr();
    }

    /** Byte offset of the data set after the file meta. */
    public long datasetOffset() {
        return datasetOffset;
    }

    public String source() {
        return source;
    }

    /** The file being read, or null for a stream. */
    public Path file() {
        return file;
    }

    /** Recoveries made so far (lenient mode). */
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads a whole file: meta, data set and warnings. */
    public static DicomFile read(Path file, ReadLimits limits) throws IOException {
        return read(file, limits, new ReadWarnings());
    }

    /**
     * Reads a whole file without logging its warnings (they are still in {@link DicomFile#warnings()}): for reading
     * again a file whose warnings were reported already, e.g. by a verification after de-identification.
     */
    public static DicomFile readQuietly(Path file, ReadLimits limits) throws IOException {
        return read(file, limits, new ReadWarnings(false));
    }

    private static DicomFile read(Path file, ReadLimits limits, ReadWarnings warnings) throws IOException {
        try (DicomReader r = open(file, limits, warnings)) {
            Dataset ds = r.readDataset();
            return new DicomFile(r.source(), r.preamble(), r.fileMeta(), r.transferSyntax(), r.explicitVr(), ds,
                    r.warnings());
        } catch (EOFException e) {
            throw new DicomFormatException(file.toString(), 0, TagPath.ROOT, "truncated: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a whole file from a channel opened on it, from its start (saves a second open where the caller already
     * looked at the file); the channel is closed when this returns.
     */
    public static DicomFile read(FileChannel channel, Path file, ReadLimits limits) throws IOException {
        return read(channel, file, file.toString(), limits);
    }

    /**
     * Reads a whole file from a channel opened on it, naming it {@code source} in warnings and errors instead of its
     * path (file names often hold PHI; a run names its inputs by id); the channel is closed when this returns.
     */
    public static DicomFile read(FileChannel channel, Path file, String source, ReadLimits limits) throws IOException {
        return read(channel, file, source, limits, null);
    }

    /**
     * Reads a whole file as {@link #read(FileChannel, Path, String, ReadLimits)}, starting from its first bytes and
     * size already read by the caller ({@code head}; null to read them here), so that they are not read again.
     */
    public static DicomFile read(FileChannel channel, Path file, String source, ReadLimits limits, FileHead head)
            throws IOException {
        DicomReader opened;
        try {
            ByteInput in = head == null ? ByteInput.of(channel) : ByteInput.of(channel, head);
            opened = new DicomReader(in, source, file, limits, new ReadWarnings());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        try (DicomReader r = opened) {
            Dataset ds = r.readDataset();
            return new DicomFile(r.source(), r.preamble(), r.fileMeta(), r.transferSyntax(), r.explicitVr(), ds,
                    r.warnings());
        } catch (EOFException e) {
            throw new DicomFormatException(source, 0, TagPath.ROOT, "truncated: " + e.getMessage(), e);
        }
    }

    /** Reads a whole file with {@link ReadLimits#DEFAULT}. */
    public static DicomFile read(Path file) throws IOException {
        return read(file, ReadLimits.DEFAULT);
    }
}
