package org.veil.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
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
        FileSystem fs = root.getFileSystem(conf);
        Path qualified = fs.makeQualified(root);
        String prefix = qualified.toUri().getPath();
        List<InputFile> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            String path = s.getPath().toUri().getPath();
            String relative = path.equals(prefix) ? s.getPath().getName()
                    : path.substring(prefix.length()).replaceFirst("^/+", "");
            files.add(new InputFile(files.size(), relative, s.getLen()));
        }
        return files;
    }
}
