package org.veil.dicom.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Input files a thread keeps open from reading an instance until its output is written, so that the writer copies the
 * bulk values (pixel data) from the channel the reader parsed instead of opening the file a second time (one
 * {@code openat} and one {@code close} fewer per file, and the copy comes from the very file that was read even if
 * the path was replaced meanwhile).
 *
 * <pre>{@code
 * try (SourceChannels.Hold hold = SourceChannels.hold()) {
 *     FileChannel ch = FileChannel.open(path, READ);
 *     SourceChannels.keep(path, ch);              // the reader leaves ch open now
 *     DicomFile f = DicomReader.read(ch, path, source, limits, head);
 *     ... DicomWriter writes f's pixel data from ch ...
 * }                                               // ch is closed here
 * }</pre>
 *
 * <p>Only the thread that opened a hold sees its channels; a writer on another thread, or outside the hold, opens the
 * file itself as before. Holds nest: closing the inner one restores the outer one.
 */
public final class SourceChannels {
    private static final ThreadLocal<Hold> CURRENT = new ThreadLocal<>();

    private SourceChannels() {
    }

    /** Starts a hold on this thread; close it to close every channel kept in it. */
    public static Hold hold() {
        Hold h = new Hold(CURRENT.get());
        CURRENT.set(h);
        return h;
    }

    /**
     * Hands {@code channel} (opened on {@code file}) to this thread's hold, if there is one.
     *
     * @return true when kept: readers then leave it open and the hold closes it; false when this thread holds nothing
     */
    public static boolean keep(Path file, FileChannel channel) {
        Hold h = CURRENT.get();
        if (h == null) {
            return false;
        }
        h.files.add(file);
        h.channels.add(channel);
        return true;
    }

    /** The open channel this thread's hold keeps on {@code file}, or null. */
    static FileChannel find(Path file) {
        Hold h = CURRENT.get();
        if (h == null) {
            return null;
        }
        for (int i = 0; i < h.files.size(); i++) {
            if (h.files.get(i).equals(file) && h.channels.get(i).isOpen()) {
                return h.channels.get(i);
            }
        }
        return null;
    }

    /** True when this thread's hold keeps {@code channel} (so a reader must not close it). */
    static boolean held(FileChannel channel) {
        Hold h = CURRENT.get();
        return h != null && h.channels.contains(channel);
    }

    /** The channels kept on one thread between {@link #hold()} and {@link #close()}. */
    public static final class Hold implements AutoCloseable {
        private final Hold outer;
        private final List<Path> files = new ArrayList<>(1);
        private final List<FileChannel> channels = new ArrayList<>(1);

        private Hold(Hold outer) {
            this.outer = outer;
        }

        /** Closes the kept channels and ends the hold (the thread's outer hold, if any, is current again). */
        @Override
        public void close() throws IOException {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
            IOException first = null;
            for (FileChannel ch : channels) {
                try {
                    ch.close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            channels.clear();
            files.clear();
            if (first != null) {
                throw first;
            }
        }
    }
}
