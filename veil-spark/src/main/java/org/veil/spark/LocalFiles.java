package org.veil.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system through java.nio. Hadoop's own local file system runs a shell command ({@code stat},
 * {@code chmod}) in a new process for each file status and each file it creates when its native library is absent
 * (as in a plain Spark download): forking a JVM several times per instance cost more CPU than de-identifying it.
 * Here a status is one {@code stat} system call, files keep the process's umask, and a file created without
 * overwriting is created exclusively ({@code O_EXCL}), so the claim of an output name is atomic. No checksum files.
 */
final class LocalFiles extends RawLocalFileSystem {

    /** The file system of {@code path}: this one for local paths, Hadoop's (without checksum files) for others. */
    static FileSystem of(Path path, Configuration conf) throws IOException {
        if (!isLocal(path, conf)) {
            return Checksums.off(path.getFileSystem(conf));
        }
        LocalFiles local = new LocalFiles();
        local.initialize(java.net.URI.create("file:///"), conf);
        return local;
    }

    /**
     * Whether a path is on the local file system: a {@code file:} path, or one without a scheme while the default
     * file system is local. Decided from the path and the configuration alone: asking Hadoop for the path's file
     * system logs the user in (JAAS, group lookup, metrics), which a local path does not need.
     */
    static boolean isLocal(Path path, Configuration conf) {
        String scheme = path.toUri().getScheme();
        if (scheme == null) {
            scheme = FileSystem.getDefaultUri(conf).getScheme();
        }
        return "file".equals(scheme);
    }

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
        java.nio.file.Path p = pathToFile(f).toPath();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                a = Files.readAttributes(p, BasicFileAttributes.class);
            }
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("no such file or folder");
        }
        return new FileStatus(a.isDirectory() ? 0 : a.size(), a.isDirectory(), 1, getDefaultBlockSize(f),
                a.lastModifiedTime().toMillis(), makeQualified(f));
    }

    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
        return getFileStatus(f);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        return create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        java.nio.file.Path p = pathToFile(f).toPath();
        OutputStream os;
        try {
            os = open(p, overwrite);
        } catch (NoSuchFileException e) {
            // the folder is made on first use only (one failed open, instead of a mkdir and a stat per file)
            Files.createDirectories(p.getParent());
            os = open(p, overwrite);
        }
        return new FSDataOutputStream(new java.io.BufferedOutputStream(os, Math.max(bufferSize, 8192)), statistics);
    }

    /**
     * Claims a name for {@code owner} with a symbolic link at {@code marker} pointing at the owner's id: created only
     * if absent in one system call, and kept in the inode (no data block, no open file). Returns null when this call
     * made the claim, else the owner that holds it.
     */
    static String claim(java.nio.file.Path marker, String owner) throws IOException {
        java.nio.file.Path target = java.nio.file.Path.of(owner);
        try {
            try {
                Files.createSymbolicLink(marker, target);
            } catch (NoSuchFileException e) {
                Files.createDirectories(marker.getParent());
                Files.createSymbolicLink(marker, target);
            }
            return null;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return Files.readSymbolicLink(marker).toString();
        }
    }

    private static OutputStream open(java.nio.file.Path p, boolean overwrite) throws IOException {
        try {
            return overwrite ? Files.newOutputStream(p)
                    : Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException("the file exists already");
        }
    }

    /**
     * One {@code rename} system call, replacing a file at {@code dst} (as POSIX rename does) and making the missing
     * folders of {@code dst}; Hadoop's own way for anything else (a folder in the way, another file system).
     */
    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        java.nio.file.Path s = pathToFile(src).toPath();
        java.nio.file.Path d = pathToFile(dst).toPath();
        try {
            Files.move(s, d, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException e) {
            if (!Files.exists(s) || d.getParent() == null) {
                return false;
            }
            Files.createDirectories(d.getParent());
            Files.move(s, d, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return super.rename(src, dst);
        }
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) throws IOException {
        Files.createDirectories(pathToFile(f).toPath());
        return true;
    }

    @Override
    public boolean mkdirs(Path f) throws IOException {
        return mkdirs(f, null);
    }

    @Override
    public void setPermission(Path p, FsPermission permission) {
        // files and folders keep the process's umask (no process per file)
    }
}
