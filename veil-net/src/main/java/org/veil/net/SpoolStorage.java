package org.veil.net;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.veil.net.dimse.Status;

/**
 * Stores each received instance as a Part 10 file {@code <SOP Instance UID>.dcm} in a spool folder: written to a
 * temporary file as the PDVs arrive, forced to disk, then renamed in one step, so that success is answered only for
 * an instance that survives a crash. A second copy of the same instance replaces the first.
 */
public final class SpoolStorage implements StorageHandler {
    private final Path folder;

    public SpoolStorage(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Instance open(StoreRequest rq) throws IOException {
        Path temp = Files.createTempFile(folder, ".receiving-", ".tmp");
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel);
        out.write(FileMeta.encode(rq.sopClassUid(), rq.sopInstanceUid(), rq.transferSyntax(), rq.callingAe()));
        Path target = folder.resolve(rq.sopInstanceUid() + ".dcm");
        return new Instance() {
            @Override
            public OutputStream out() {
                return out;
            }

            @Override
            public int commit() throws IOException {
                out.flush();
                channel.force(true);
                channel.close();
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return Status.SUCCESS;
            }

            @Override
            public void discard() {
                try {
                    channel.close();
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is removed by the next start of the spool
                }
            }
        };
    }
}
