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
        Map<String, PresentationContext> contexts = new LinkedHashMap<>();
        for (PartTenFile f : files) {
            // the file's own syntax alone, so that a peer supporting it takes it (the file goes unchanged) ...
            addContext(contexts, f.sopClass(), List.of(f.transferSyntax()));
            TransferSyntax t = TransferSyntax.of(f.transferSyntax());
            if (t.isNative() && !t.equals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)) {
                // ... and the little endian ones the file can be re-encoded in, when it does not
                addContext(contexts, f.sopClass(), List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(),
                        TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid()));
            }
        }
        Association a = requestor.open(peer, new ArrayList<>(contexts.values()));
        try {
            DimseClient client = new DimseClient(a);
            for (PartTenFile f : files) {
                each.accept(sendOne(a, client, f));
            }
            a.release();
        } catch (IOException | RuntimeException e) {
            a.abort();
            throw e;
        }
    }

    private Result sendOne(Association a, DimseClient client, PartTenFile f) throws IOException {
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

    private static void addContext(Map<String, PresentationContext> contexts, String sopClass, List<String> syntaxes) {
        String key = sopClass + "|" + String.join(",", syntaxes);
        if (!contexts.containsKey(key)) {
            if (contexts.size() == 128) {
                throw new IllegalArgumentException("more than 128 presentation contexts needed for one batch");
            }
            contexts.put(key, new PresentationContext(2 * contexts.size() + 1, sopClass, syntaxes));
        }
    }

    private static byte[] reencode(Path file, TransferSyntax target) throws IOException {
        var ds = DicomReader.read(file, ReadLimits.DEFAULT).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(ds, target, Channels.newChannel(out), WriteOptions.SequenceEncoding.UNDEFINED);
        return out.toByteArray();
    }
}
