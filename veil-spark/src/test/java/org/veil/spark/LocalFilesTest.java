package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The java.nio local file system: folders made on first use, exclusive creation, rename replacing a file. */
class LocalFilesTest {
    @TempDir
    java.nio.file.Path dir;

    private FileSystem fs() throws Exception {
        return LocalFiles.of(new Path(dir.toUri()), new Configuration());
    }

    private static void write(FileSystem fs, Path p, String text, boolean overwrite) throws Exception {
        try (OutputStream os = fs.create(p, overwrite)) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void create_inMissingFolders_makesThem() throws Exception {
        Path p = new Path(dir.resolve("a/b/c.txt").toUri());
        write(fs(), p, "x", false);
        assertArrayEquals(new byte[] {'x'}, Files.readAllBytes(dir.resolve("a/b/c.txt")));
    }

    @Test
    void createWithoutOverwrite_existingFile_refused() throws Exception {
        FileSystem fs = fs();
        Path p = new Path(dir.resolve("claim").toUri());
        write(fs, p, "first", false);
        assertThrows(FileAlreadyExistsException.class, () -> write(fs, p, "second", false));
        assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("claim")));
    }

    @Test
    void rename_overAFile_replacesIt() throws Exception {
        FileSystem fs = fs();
        write(fs, new Path(dir.resolve("new").toUri()), "new", false);
        write(fs, new Path(dir.resolve("old").toUri()), "old", false);
        assertTrue(fs.rename(new Path(dir.resolve("new").toUri()), new Path(dir.resolve("old").toUri())));
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("old")));
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void rename_intoMissingFolders_makesThem() throws Exception {
        FileSystem fs = fs();
        write(fs, new Path(dir.resolve("part").toUri()), "p", false);
        assertTrue(fs.rename(new Path(dir.resolve("part").toUri()), new Path(dir.resolve("x/y/out.dcm").toUri())));
        assertTrue(Files.isRegularFile(dir.resolve("x/y/out.dcm")));
    }

    @Test
    void rename_missingSource_false() throws Exception {
        assertFalse(fs().rename(new Path(dir.resolve("none").toUri()), new Path(dir.resolve("x/out").toUri())));
        assertFalse(Files.exists(dir.resolve("x")), "no folder made for nothing");
    }

    @Test
    void isLocal_fromTheSchemeOrTheDefaultFileSystem() {
        Configuration local = new Configuration(false);
        assertTrue(LocalFiles.isLocal(new Path("/archive/in"), local));
        assertTrue(LocalFiles.isLocal(new Path("file:///archive/in"), local));
        assertFalse(LocalFiles.isLocal(new Path("hdfs://namenode:8020/archive/in"), local));
        assertFalse(LocalFiles.isLocal(new Path("s3a://bucket/in"), local));
        Configuration cluster = new Configuration(false);
        cluster.set("fs.defaultFS", "hdfs://namenode:8020");
        assertFalse(LocalFiles.isLocal(new Path("/archive/in"), cluster), "a path without scheme is on HDFS there");
        assertTrue(LocalFiles.isLocal(new Path("file:///archive/in"), cluster));
    }
}
