package org.veil.pixel.redact;

import java.util.List;
import org.veil.pixel.frame.Rect;

/**
 * What {@link TextRedactor} did to one image. Positions only, never text.
 *
 * @param found     distinct text boxes detected over all frames
 * @param kept      of those, boxes judged harmless and left
 * @param removed   the areas painted over in every frame (overlapping boxes joined)
 * @param redaction how the pixel data was rewritten, or null when nothing was removed
 */
public record TextCleanup(int found, int kept, List<Rect> removed, RedactionResult redaction) {

    public TextCleanup {
        removed = List.copyOf(removed);
    }

    /** Temporary files now referenced by the Pixel Data. */
    public List<java.nio.file.Path> tempFiles() {
        return redaction == null ? List.of() : redaction.tempFiles();
    }
}
