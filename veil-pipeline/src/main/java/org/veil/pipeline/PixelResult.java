package org.veil.pipeline;

import java.util.List;
import org.veil.deid.engine.Change;
import org.veil.dicom.TransferSyntax;

/**
 * What the pixel step did to one instance.
 *
 * @param transferSyntax the transfer syntax to write the instance in
 * @param changes        entries for the change report (positions and policy only, never text)
 */
public record PixelResult(TransferSyntax transferSyntax, List<Change> changes) {
    public PixelResult {
        changes = List.copyOf(changes);
    }
}
