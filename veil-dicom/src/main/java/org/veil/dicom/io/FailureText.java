package org.veil.dicom.io;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns a failure into a sentence for a quarantine reason, a log line or the console, never an exception class name:
 * people read these, and a class name tells them nothing. The JDK's own message is kept where it helps (it may name a
 * path: only put the result where paths may go). Stateless.
 */
public final class FailureText {
    private FailureText() {
    }

    /** A sentence for {@code e}, e.g. {@code the file does not exist: a/b.dcm}. */
    public static String of(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        String m = e.getMessage() == null || e.getMessage().isBlank() ? null : e.getMessage();
        String what = kind(e);
        if (what == null) {
            return m == null ? "an unexpected failure without a message" : m;
        }
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile();
            String reason = fs.getReason();
            return what + (file == null ? "" : ": " + file) + (reason == null ? "" : " (" + reason + ")");
        }
        return m == null ? what : what + ": " + m;
    }

    /** The same without any message or path: safe for summaries and logs that must not show PHI. */
    public static String withoutDetail(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return withoutDetail(u.getCause());
        }
        String what = kind(e);
        return what != null ? what : e instanceof IOException ? "an input/output error" : "an unexpected failure";
    }

    private static String kind(Throwable e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "the file does not exist or cannot be opened";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "the file already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        if (e instanceof FileSystemException) {
            return "the file system refused the operation";
        }
        if (e instanceof EOFException) {
            return "the data ended early";
        }
        if (e instanceof IOException) {
            return "an input/output error";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        return null;
    }
}
