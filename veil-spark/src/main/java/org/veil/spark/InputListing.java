package org.veil.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists every file under an input root of any Hadoop file system (local, HDFS, S3A), depth first in the file system's
 * own listing order, as a folder run walks a local folder.
 */
final class InputListing {
    private InputListing() {
    }

    static List<InputFile> list(Path root, Configuration conf) throws IOException {
        FileSystem fs = LocalFiles.of(root, conf);
        Path qualified = fs.makeQualified(root);
        FileStatus top = fs.getFileStatus(qualified);
        List<InputFile> files = new ArrayList<>();
        if (top.isFile()) {
            files.add(new InputFile(0, qualified.getName(), top.getLen()));
            return files;
        }
        walk(fs, qualified, qualified.toUri().getPath(), files);
        return files;
    }

    /**
     * Depth first, each folder's entries in the order the file system lists them. Plain statuses, not
     * {@code listFiles}' located ones: those look up block locations for every file, which cost more CPU than the
     * first pass on the local file system and are never used here.
     */
    private static void walk(FileSystem fs, Path dir, String prefix, List<InputFile> files) throws IOException {
        RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
        while (it.hasNext()) {
            FileStatus s = it.next();
            if (s.isDirectory()) {
                walk(fs, s.getPath(), prefix, files);
            } else if (s.isFile()) {
                String relative = s.getPath().toUri().getPath().substring(prefix.length()).replaceFirst("^/+", "");
                files.add(new InputFile(files.size(), relative, s.getLen()));
            }
        }
    }
}
