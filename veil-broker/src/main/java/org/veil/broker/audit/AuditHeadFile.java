package org.veil.broker.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.broker.PrivateFile;
import org.veil.deid.pseudo.Subkeys;

/**
 * The head file next to the log: {@code {"seq":N,"mac":"..","head":".."}}, where {@code head} is the HMAC of
 * {@code veil-audit-head|N|mac}. Replaced atomically after each append.
 */
final class AuditHeadFile {
    private static final Pattern FORM = Pattern.compile(
            "\\{\"seq\":(0|[1-9][0-9]{0,17}),\"mac\":\"([0-9a-f]{64})\",\"head\":\"([0-9a-f]{64})\"}\n?");

    private final Path file;
    private final Subkeys keys;

    AuditHeadFile(Path file, Subkeys keys) {
        this.file = file;
        this.keys = keys;
    }

    Path file() {
        return file;
    }

    /** The head, empty when the file does not exist. */
    Optional<AuditHead> read() throws MalformedRecord, IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new MalformedRecord("head file is not in the expected form");
        }
        AuditHead head = new AuditHead(Long.parseLong(m.group(1)), m.group(2));
        if (!AuditLine.mac(keys, seal(head)).equals(m.group(3))) {
            throw new MalformedRecord("head file MAC does not match: changed, or written with another key");
        }
        return Optional.of(head);
    }

    void write(AuditHead head) throws IOException {
        String text = "{\"seq\":" + head.seq() + ",\"mac\":\"" + head.mac() + "\",\"head\":\""
                + AuditLine.mac(keys, seal(head)) + "\"}\n";
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        PrivateFile.createNew(temp);
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String seal(AuditHead head) {
        return "veil-audit-head|" + head.seq() + "|" + head.mac();
    }
}
