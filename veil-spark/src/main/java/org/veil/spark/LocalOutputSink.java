package org.veil.spark;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceSink;

/**
 * {@link HadoopOutputSink}'s contract on a local (or mounted) file system, through java.nio alone: no Hadoop path
 * or stream per instance, and the instance written to a file channel, so that untouched bulk data is copied from
 * the input by the kernel ({@code transferTo}) as in a folder run. The output is written to a temporary file in the
 * job's work folder and renamed to its name; the name is first claimed by the input with a symbolic link naming it
 * (one system call, created only if absent): a second input claiming the name is a duplicate, while the same input
 * stored again (a retried task) replaces its own output with identical bytes. Thread-safe.
 */
final class LocalOutputSink implements InstanceSink {
    private final Path out;
    private final Path temp;
    private final Path claims;
    private final String prefix = UUID.randomUUID() + "-";
    private final AtomicLong counter = new AtomicLong();

    LocalOutputSink(Path out, Path work) {
        this.out = out.toAbsolutePath().normalize();
        this.temp = work.resolve("tmp");
        this.claims = work.resolve("claims");
    }

    @Override
    public long store(String inputId, String name, InstanceBody body) throws IOException, DuplicateOutputException {
        Path target = out.resolve(name).normalize();
        if (!target.startsWith(out) || target.equals(out) || name.startsWith(".")) {
            throw new IOException("output name '" + name + "' leaves the output folder");
        }
        String owner = LocalFiles.claim(claims.resolve(HadoopOutputSink.digest(name)), inputId);
        if (owner != null && !owner.equals(inputId)) {
            throw new DuplicateOutputException(name, owner);
        }
        Path tmp = temp.resolve(prefix + counter.incrementAndGet() + ".part");
        boolean moved = false;
        try {
            long size;
            try (FileChannel ch = create(tmp)) {
                body.writeTo(ch);
                size = ch.size();
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                Files.createDirectories(target.getParent());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            moved = true;
            return size;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static FileChannel create(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }
}
