package org.veil.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.veil.deid.pseudo.DerivedUids;
import org.veil.deid.pseudo.Subkeys;

/**
 * The stand-in instance UID of an input that has no SOP Instance UID (nor a Media Storage SOP Instance UID): a keyed
 * digest of the input's bytes ({@link DerivedUids#ofContent}), so its output still gets a name, the same on every run
 * with the same key, and two different such inputs get two names.
 */
final class ContentUid {
    private ContentUid() {
    }

    static String of(Input input, Subkeys keys) throws IOException {
        try (InputStream in = input instanceof Input.OfFile f ? Files.newInputStream(f.file())
                : new ByteArrayInputStream(((Input.OfBytes) input).bytes())) {
            return DerivedUids.ofContent(keys, in);
        }
    }
}
