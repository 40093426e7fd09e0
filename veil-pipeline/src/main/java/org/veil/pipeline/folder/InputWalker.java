package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;
import org.veil.dicom.io.FailureText;

/**
 * Walks an input file or folder recursively, following symbolic links (loops are detected and skipped), in bounded
 * memory. Any file name is accepted (content decides what is DICOM later). Folders whose real path is an excluded one
 * (the output or quarantine folder, reached through a link) are not entered. Never opens a file.
 */
final class InputWalker {
    private final Path root;
    private final Set<Path> excluded;

    /**
     * @param root     the input file or folder
     * @param excluded real paths of folders never to enter
     */
    InputWalker(Path root, Set<Path> excluded) {
        this.root = root;
        this.excluded = Set.copyOf(excluded);
    }

    /**
     * Walks, calling the visitor for everything found.
     *
     * @throws IOException when the root itself cannot be read
     */
    void walk(InputVisitor visitor) throws IOException, InterruptedException {
        BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class);
        if (!rootAttrs.isDirectory()) {
            visitor.file(root, root.getFileName().toString(), rootAttrs.size());
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(visitor));
        } catch (WalkInterrupted e) {
            throw (InterruptedException) e.getCause();
        }
    }

    private String relative(Path p) {
        String r = root.relativize(p).toString();
        return p.getFileSystem().getSeparator().equals("/") ? r : r.replace(p.getFileSystem().getSeparator(), "/");
    }

    /** Carries an interruption out of the file visitor. */
    private static final class WalkInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WalkInterrupted(InterruptedException cause) {
            super(cause);
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final InputVisitor visitor;

        Visitor(InputVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!excluded.isEmpty() && !dir.equals(root)) {
                try {
                    if (excluded.contains(dir.toRealPath())) {
                        visitor.skipped(relative(dir), "output or quarantine folder inside the input (via a link)");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                } catch (IOException e) {
                    visitor.unreadable(relative(dir), FailureText.of(e));
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                try {
                    visitor.file(file, relative(file), attrs.isRegularFile() ? attrs.size() : 0);
                } catch (InterruptedException e) {
                    throw new WalkInterrupted(e);
                }
            } else {
                visitor.skipped(relative(file), "not a regular file (device, pipe or socket)");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                visitor.skipped(relative(file), "symbolic link loop");
            } else if (e instanceof AccessDeniedException) {
                visitor.unreadable(relative(file), "permission denied: " + e.getMessage());
            } else {
                visitor.unreadable(relative(file), FailureText.of(e));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                visitor.unreadable(relative(dir), "folder listing failed: " + FailureText.of(e));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
