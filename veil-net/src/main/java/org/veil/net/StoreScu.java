package org.veil.net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.net.dimse.Status;
import org.veil.net.pdu.PresentationContext;

/**
 * Sends files by C-STORE over one association: for each SOP class and transfer syntax a presentation context proposing
 * the file's own syntax alone, and for native data in another syntax one proposing Explicit and Implicit VR Little
 * Endian; a file is sent unchanged when its syntax was accepted, re-encoded when only another native syntax was, and
 * reported as failed otherwise.
 */
public final class StoreScu {
    /** One file's outcome: the DIMSE status, or -1 with a reason when it could not be sent. */
    public record Result(Path file, int status, String reason) {
        public boolean ok() {
            return status == Status.SUCCESS || (status & 0xF000) == 0xB000;
        }
    }

    private final Requestor requestor;

    public StoreScu(Requestor requestor) {
        this.requestor = requestor;
    }

    /** Sends {@code files} to {@code peer} on one association (at most 128 presentation contexts). */
    public List<Result> send(RemoteAe peer, List<PartTenFile> files) throws IOException {
        List<Result> results = new ArrayList<>();
        send(peer, files, results::add);
        return results;
    }

    /**
     * As {@link #send(RemoteAe, List)}, handing each file's result to {@code each} as soon as the peer answered it, so
     * that a caller can record what the peer confirmed even when the association breaks later in the batch.
     */
    public void send(RemoteAe peer, List<PartTenFile> files, java.util.function.Consumer<Result> each)
            throws IOException {
        Session s = open(peer, files);
        try {
            for (PartTenFile f : files) {
                each.accept(s.send(f));
            }
            s.release();
        } catch (IOException | RuntimeException e) {
            s.abort();
            throw e;
        }
    }

    /**
     * Opens an association proposing the contexts {@code kinds} need (their SOP classes and transfer syntaxes; they
     * are not sent), to send any number of files of those kinds one after the other: a sender that keeps it open
     * while it has work pays the association set-up once instead of once per file.
     */
    public Session open(RemoteAe peer, List<PartTenFile> kinds) throws IOException {
        Map<String, PresentationContext> contexts = new LinkedHashMap<>();
        for (PartTenFile f : kinds) {
            if (!fits(contexts, f)) {
                throw new IllegalArgumentException("more than 128 presentation contexts needed for one batch");
            }
            addContexts(contexts, f);
        }
        Association a = requestor.open(peer, new ArrayList<>(contexts.values()));
        return new Session(a, contexts.keySet());
    }

    /**
     * An association opened by {@link #open}: {@link #send} as many files as it {@link #covers}, then
     * {@link #release}; {@link #abort} after a failure. One thread at a time.
     */
    public static final class Session implements java.io.Closeable {
        private final Association association;
        private final DimseClient client;
        private final java.util.Set<String> proposed;
        private int sent;

        private Session(Association association, java.util.Set<String> proposed) {
            this.association = association;
            this.client = new DimseClient(association);
            this.proposed = java.util.Set.copyOf(proposed);
        }

        /** Whether the contexts proposed for this association were made for {@code f}'s SOP class and syntax. */
        public boolean covers(PartTenFile f) {
            return proposed.containsAll(keys(f));
        }

        /** Files sent on this association so far. */
        public int sent() {
            return sent;
        }

        /** Sends one file; a failure status is a result, a broken association an exception (then {@link #abort}). */
        public Result send(PartTenFile f) throws IOException {
            sent++;
            return sendOne(association, client, f);
        }

        public void release() throws IOException {
            association.release();
        }

        public void abort() {
            association.abort();
        }

        /** Releases; a peer that does not answer the release properly is not an error of the files already sent. */
        @Override
        public void close() {
            try {
                release();
            } catch (IOException e) {
                abort();
            }
        }
    }

    private static Result sendOne(Association a, DimseClient client, PartTenFile f) throws IOException {
        int pc = a.contextFor(f.sopClass(), f.transferSyntax());
        if (pc != 0 && f.dataSetOffset() >= 0) {
            try (InputStream in = f.openDataSet()) {
                return new Result(f.path(), client.store(pc, f.sopClass(), f.sopInstance(), in), null);
            }
        }
        TransferSyntax source = TransferSyntax.of(f.transferSyntax());
        for (TransferSyntax target : List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, source)) {
            int alt = a.contextFor(f.sopClass(), target.uid());
            if (alt != 0 && !target.encapsulated() && !target.deflated() && (source.isNative()
                    || target.equals(source))) {
                byte[] bytes = reencode(f.path(), target);
                return new Result(f.path(), client.store(alt, f.sopClass(), f.sopInstance(),
                        new ByteArrayInputStream(bytes)), null);
            }
        }
        return new Result(f.path(), -1, "the peer accepted no transfer syntax this file can be sent in");
    }

    /** The contexts a file needs: its own syntax alone, and for native data the little endian ones too. */
    private static void addContexts(Map<String, PresentationContext> contexts, PartTenFile f) {
        for (List<String> syntaxes : syntaxes(f)) {
            String key = key(f.sopClass(), syntaxes);
            if (!contexts.containsKey(key)) {
                contexts.put(key, new PresentationContext(2 * contexts.size() + 1, f.sopClass(), syntaxes));
            }
        }
    }

    /** Whether the contexts {@code f} needs still fit into one association's 128. */
    static boolean fits(Map<String, PresentationContext> contexts, PartTenFile f) {
        long more = keys(f).stream().filter(k -> !contexts.containsKey(k)).count();
        return contexts.size() + more <= 128;
    }

    private static List<List<String>> syntaxes(PartTenFile f) {
        // the file's own syntax alone, so that a peer supporting it takes it (the file goes unchanged) ...
        List<List<String>> all = new ArrayList<>();
        all.add(List.of(f.transferSyntax()));
        TransferSyntax t = TransferSyntax.of(f.transferSyntax());
        if (t.isNative() && !t.equals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)) {
            // ... and the little endian ones the file can be re-encoded in, when it does not
            all.add(List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(),
                    TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid()));
        }
        return all;
    }

    private static List<String> keys(PartTenFile f) {
        return syntaxes(f).stream().map(s -> key(f.sopClass(), s)).toList();
    }

    private static String key(String sopClass, List<String> syntaxes) {
        return sopClass + "|" + String.join(",", syntaxes);
    }

    private static byte[] reencode(Path file, TransferSyntax target) throws IOException {
        var ds = DicomReader.read(file, ReadLimits.DEFAULT).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(ds, target, Channels.newChannel(out), WriteOptions.SequenceEncoding.UNDEFINED);
        return out.toByteArray();
    }
}
