package org.veil.broker.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.dicom.io.FailureText;

/** The first line of a UTF-8 file is the password; the line end (LF or CRLF) is not part of it. */
final class FilePassword implements PasswordSource {
    private static final Logger LOG = LoggerFactory.getLogger(FilePassword.class);
    private static final int MAX = 1024;

    private final Path file;

    FilePassword(Path file) {
        this.file = file;
    }

    @Override
    public char[] password(PasswordUse use) {
        warnIfShared();
        char[] buffer = new char[MAX + 1];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int end = 0;
            for (int c = in.read(); c >= 0 && c != '\n' && c != '\r' && end <= MAX; c = in.read()) {
                buffer[end++] = (char) c;
            }
            if (end == 0) {
                throw new KeystoreException("no keystore password: the first line of " + file + " is empty");
            }
            if (end > MAX) {
                throw new KeystoreException("keystore password in " + file + " is longer than " + MAX + " characters");
            }
            return Arrays.copyOf(buffer, end);
        } catch (NoSuchFileException e) {
            throw new KeystoreException("no keystore password: " + file + " does not exist");
        } catch (IOException e) {
            throw new KeystoreException("cannot read the keystore password from " + file + ": "
                    + FailureText.withoutDetail(e));
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }

    @Override
    public String description() {
        return "file " + file;
    }

    private void warnIfShared() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE).containsAll(permissions)) {
                LOG.warn("{}: password file is accessible to group or others ({}); chmod 600 it", file,
                        java.nio.file.attribute.PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("{}: cannot check permissions of the password file ({})", file, FailureText.withoutDetail(e));
        }
    }
}
