package org.veil.broker.linkage;

import org.veil.dicom.io.FailureText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.veil.broker.PrivateFile;
import org.veil.deid.pseudo.KeyPurpose;
import org.veil.deid.pseudo.ProjectKey;

/**
 * The file of an embedded H2 linkage store ({@code jdbc:h2:file:PATH} or {@code jdbc:h2:/PATH}): created with mode
 * 600 before H2 opens it, encrypted with AES under a file password derived from the project key (so the file alone
 * reveals nothing, and nobody opens it without the keystore), no trace file, every commit written at once, shared by
 * every process that opens it at once (the first serves it to the others on loopback); and watched so that its
 * deletion or replacement while in use is detected instead of writing into a file nobody can see.
 */
final class H2File {
    private static final String SUFFIX = ".mv.db";
    /**
     * AUTO_SERVER: the first process to open the file serves it to the others on loopback (see
     * {@link LoopbackServer}); when it ends, one of the others takes over. LOCK_TIMEOUT: how long a writer waits for
     * a row another run is writing.
     */
    private static final String SETTINGS = ";CIPHER=AES;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;AUTO_SERVER=TRUE"
            + ";LOCK_TIMEOUT=10000";

    private final Path file;
    private Object identity;

    private H2File(Path file) {
        this.file = file;
    }

    /** The H2 file a URL names, or empty for any other database (in-memory, server, PostgreSQL). */
    static Optional<H2File> of(String jdbcUrl) {
        String rest;
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            rest = jdbcUrl.substring("jdbc:h2:file:".length());
        } else if (jdbcUrl.startsWith("jdbc:h2:/")) {
            rest = jdbcUrl.substring("jdbc:h2:".length());
        } else {
            return Optional.empty();
        }
        int settings = rest.indexOf(';');
        String base = settings < 0 ? rest : rest.substring(0, settings);
        if (base.endsWith(SUFFIX)) {
            base = base.substring(0, base.length() - SUFFIX.length());
        }
        return Optional.of(new H2File(Path.of(base + SUFFIX).toAbsolutePath()));
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Creates the file empty with mode 600 when missing (H2 then initialises it), and returns the URL to open. */
    String prepare() throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try {
                PrivateFile.createNew(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile by another process: opened as it is
            }
        }
        PrivateFile.restrict(file);
        LoopbackServer.ensure();
        String base = file.toString().substring(0, file.toString().length() - SUFFIX.length());
        return "jdbc:h2:file:" + base + SETTINGS;
    }

    /** The connection properties with the file password derived from the key before the user's password. */
    static Properties withFilePassword(Properties properties, ProjectKey key) {
        Properties p = new Properties();
        p.putAll(properties);
        byte[] secret = key.subkeys().hmac(KeyPurpose.LINKAGE_STORE,
                "h2-file-password".getBytes(StandardCharsets.US_ASCII));
        p.setProperty("password", HexFormat.of().formatHex(secret) + " "
                + Objects.requireNonNullElse(properties.getProperty("password"), ""));
        return p;
    }

    /**
     * Remembers which file is open, for {@link #check()}; restricts H2's lock file (it names the loopback port and
     * the key of the process serving the file) to the owner.
     */
    void remember() throws IOException {
        identity = identity();
        Path lock = Path.of(file.toString().substring(0, file.toString().length() - SUFFIX.length()) + ".lock.db");
        try {
            PrivateFile.restrict(lock);
        } catch (IOException e) {
            // no lock file (another lock method), or replaced meanwhile by the process that took over serving
        }
    }

    /**
     * @throws LinkageException when the file was deleted or replaced since it was opened: what was written since then
     *                          went into a file nobody can open again
     */
    void check() {
        Object now;
        try {
            now = identity();
        } catch (NoSuchFileException e) {
            throw gone("was deleted");
        } catch (IOException e) {
            throw new LinkageException("linkage store " + file + ": cannot be checked (" + FailureText.withoutDetail(e)
                    + ")");
        }
        if (identity != null && !identity.equals(now)) {
            throw gone("was replaced by another file");
        }
    }

    private LinkageException gone(String what) {
        return new LinkageException("linkage store " + file + " " + what + " while in use: the links recorded since "
                + "then are lost; restore the store from a backup, then run again");
    }

    private Object identity() throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.fileKey() != null ? a.fileKey() : a.creationTime();
    }
}
