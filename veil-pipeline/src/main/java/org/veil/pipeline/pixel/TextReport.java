package org.veil.pipeline.pixel;

import org.veil.pixel.frame.Rect;
import org.veil.pixel.redact.TextCleanup;

/** The change report's sentence for detected text: counts, positions and the policy, never the text. */
final class TextReport {
    private TextReport() {
    }

    static String describe(PixelPolicy policy, TextCleanup c, boolean ocr) {
        StringBuilder b = new StringBuilder("policy ").append(policy.cliName()).append(": ").append(c.found())
                .append(" text box(es) detected, ").append(c.kept()).append(" kept")
                .append(ocr ? " (keep-list, read by OCR)" : " (no OCR)").append(", ").append(c.removed().size())
                .append(" area(s) removed");
        for (Rect r : c.removed()) {
            b.append(" [").append(r.x()).append(',').append(r.y()).append(' ').append(r.width()).append('x')
                    .append(r.height()).append(']');
        }
        return b.toString();
    }
}
