package org.veil.broker.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.veil.broker.PrivateFile;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.pseudo.Subkeys;
import org.veil.dicom.io.FailureText;

/**
 * The append-only, MAC-chained audit log (a JSON-lines file, mode 600) and its head file ({@code <log>.head}).
 *
 * <p>Appending locks the file (threads of this process and other processes wait their turn), checks that the last
 * record verifies and agrees with the head, writes the record, forces it to disk, then replaces the head. If the last
 * record or the head do not verify, nothing is appended and {@link AuditException} is thrown: callers must then
 * refuse what they were about to do.
 *
 * <p>{@link #verify()} detects an edited, forged, inserted, deleted or reordered record, and records cut off the end
 * (through the head), and names the first bad line. With an {@link AuditAnchor} (the linkage store), each append
 * also anchors the head there, and the deletion of both files, or a rollback of both to an earlier copy, is detected
 * too. Nothing local detects a rewrite by someone holding the project key, or a rollback of all three: copy
 * {@link #head()} elsewhere now and then to detect those too. Each record is also written as a DICOM Audit Message
 * beside the log ({@link AuditMessageWriter}). An append interrupted between the record and the head
 * leaves the head one record behind; verify reports it and the next append repairs it.
 */
public final class AuditLog {
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final int TAIL = 64 * 1024;

    private final Path file;
    private final AuditHeadFile headFile;
    private final Subkeys keys;
    private final String keyId;
    private final Clock clock;
    private final AuditAnchor anchor;
    private final AuditMessageWriter messages;

    private AuditLog(Path file, ProjectKey key, Clock clock, AuditAnchor anchor) {
        this.file = file.toAbsolutePath().normalize();
        this.anchor = anchor;
        this.keys = key.subkeys();
        this.keyId = key.keyId();
        this.clock = clock;
        this.headFile = new AuditHeadFile(this.file.resolveSibling(this.file.getFileName() + ".head"), keys);
        this.messages = AuditMessageWriter.besideLog(this.file);
    }

    /** The log at a path (created on first append), with the UTC system clock. */
    public static AuditLog open(Path file, ProjectKey key) {
        return new AuditLog(file, key, Clock.systemUTC(), AuditAnchor.NONE);
    }

    /** The log at a path with a chosen clock. */
    public static AuditLog open(Path file, ProjectKey key, Clock clock) {
        return new AuditLog(file, key, clock, AuditAnchor.NONE);
    }

    /** The log at a path whose head is also anchored in a second place (the linkage store). */
    public static AuditLog open(Path file, ProjectKey key, AuditAnchor anchor) {
        return new AuditLog(file, key, Clock.systemUTC(), anchor);
    }

    public Path file() {
        return file;
    }

    /**
     * Appends a record for the event, by the operating system user, now, then the same event as a DICOM Audit
     * Message ({@link AuditMessageWriter#besideLog}); the caller gets an answer only when both were written.
     *
     * @throws AuditException when the log cannot be written or its end does not verify; nothing was recorded
     */
    public AuditRecord append(AuditEvent event) {
        ReentrantLock lock = LOCKS.computeIfAbsent(file, p -> new ReentrantLock());
        lock.lock();
        try {
            createIfMissing();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock fileLock = channel.lock();
                try {
                    AuditRecord record = appendLocked(channel, event);
                    messages.write(AuditMessages.reidentification(record));
                    return record;
                } finally {
                    fileLock.release();
                }
            }
        } catch (IOException e) {
            throw new AuditException("audit log " + file + ": cannot append (" + FailureText.of(e) + ")");
        } catch (MalformedRecord e) {
            throw new AuditException("audit log " + file + ": the record just written does not parse: "
                    + e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private AuditRecord appendLocked(FileChannel channel, AuditEvent event) throws IOException, MalformedRecord {
        AuditHead last = checkedEnd(channel);
        String body = AuditLine.body(last.seq() + 1, clock.instant(), System.getProperty("user.name"), keyId, event,
                last.mac());
        String mac = AuditLine.mac(keys, body);
        byte[] line = (AuditLine.line(body, mac) + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        long position = channel.size();
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        channel.force(true);
        headFile.write(new AuditHead(last.seq() + 1, mac));
        anchor.anchor(new AuditHead(last.seq() + 1, mac));
        return AuditLine.parse(AuditLine.line(body, mac)).record();
    }

    /** Checks every record and the head; see the class documentation for what is and is not detectable. */
    public AuditVerification verify() {
        try {
            List<String> lines = Files.exists(file) ? lines() : List.of();
            return new AuditVerifier(keys, headFile).verify(lines, anchor.anchoredHead());
        } catch (IOException e) {
            throw new AuditException("audit log " + file + ": cannot read (" + FailureText.withoutDetail(e) + ")");
        }
    }

    /** Every record, in order, without verifying the chain (use {@link #verify()} for that). */
    public List<AuditRecord> records() {
        List<AuditRecord> out = new ArrayList<>();
        try {
            List<String> lines = Files.exists(file) ? lines() : List.of();
            for (int i = 0; i < lines.size(); i++) {
                out.add(AuditLine.parse(lines.get(i)).record());
            }
            return out;
        } catch (IOException e) {
            throw new AuditException("audit log " + file + ": cannot read (" + FailureText.withoutDetail(e) + ")");
        } catch (MalformedRecord e) {
            throw new AuditException("audit log " + file + " line " + (out.size() + 1) + ": " + e.getMessage());
        }
    }

    /** The head as the head file states it (verified with the key), to copy elsewhere. */
    public AuditHead head() {
        try {
            return headFile.read().orElse(AuditHead.EMPTY);
        } catch (IOException e) {
            throw new AuditException("audit head " + headFile.file() + ": cannot read ("
                    + FailureText.withoutDetail(e) + ")");
        } catch (MalformedRecord e) {
            throw new AuditException("audit head " + headFile.file() + ": " + e.getMessage());
        }
    }

    /** Lines without their line ends; an incomplete last line (no line end) is kept so verify can flag it. */
    private List<String> lines() throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lines.add(text.substring(text.lastIndexOf('\n') + 1) + AuditVerifier.INCOMPLETE);
        }
        return lines;
    }

    private void createIfMissing() throws IOException {
        if (!Files.exists(file)) {
            try {
                PrivateFile.createNew(file);
            } catch (FileAlreadyExistsException e) {
                return;
            }
        }
    }

    /** The last record's number and MAC, after checking that it verifies and agrees with the head. */
    private AuditHead checkedEnd(FileChannel channel) throws IOException {
        Optional<AuditLine.Parsed> last = lastLine(channel);
        AuditHead head = head();
        long anchored = anchor.anchoredHead().map(AuditHead::seq).orElse(0L);
        long records = last.map(l -> l.record().seq()).orElse(0L);
        if (anchored > records) {
            throw refuse("the linkage store confirms " + anchored + " records but the log ends at record " + records
                    + " (the log was deleted or cut)");
        }
        if (last.isEmpty()) {
            if (head.seq() != 0) {
                throw refuse("the log is empty but its head confirms " + head.seq() + " records");
            }
            return AuditHead.EMPTY;
        }
        AuditRecord record = last.get().record();
        if (!AuditLine.mac(keys, last.get().body()).equals(record.mac())) {
            throw refuse("the last record does not verify");
        }
        boolean current = head.seq() == record.seq() && head.mac().equals(record.mac());
        boolean oneBehind = head.seq() == record.seq() - 1 && head.mac().equals(record.prev());
        if (!current && !oneBehind) {
            throw refuse("the log ends at record " + record.seq() + " but its head confirms record " + head.seq());
        }
        return new AuditHead(record.seq(), record.mac());
    }

    private Optional<AuditLine.Parsed> lastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return Optional.empty();
        }
        int n = (int) Math.min(size, TAIL);
        ByteBuffer buffer = ByteBuffer.allocate(n);
        channel.read(buffer, size - n);
        String tail = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
        if (!tail.endsWith("\n")) {
            throw refuse("the last line is incomplete");
        }
        int start = tail.lastIndexOf('\n', tail.length() - 2) + 1;
        if (start == 0 && n < size) {
            throw refuse("the last line is longer than " + TAIL + " bytes");
        }
        try {
            return Optional.of(AuditLine.parse(tail.substring(start, tail.length() - 1)));
        } catch (MalformedRecord e) {
            throw refuse("the last line is " + e.getMessage());
        }
    }

    private AuditException refuse(String why) {
        return new AuditException("audit log " + file + ": " + why + "; nothing appended (run verify)");
    }
}
