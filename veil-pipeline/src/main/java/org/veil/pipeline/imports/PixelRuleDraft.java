package org.veil.pipeline.imports;

import java.util.List;

/**
 * A pixel rule about to be written: all conditions must hold (an OR in the source becomes several drafts).
 *
 * @param name       a description made from the conditions
 * @param source     where the facts come from, e.g. {@code CTP DicomPixelAnonymizer.script line 42}
 * @param conditions the signature
 * @param regions    x, y, width, height each
 */
record PixelRuleDraft(String name, String source, List<PixelCondition> conditions, List<int[]> regions) {
    PixelRuleDraft {
        conditions = List.copyOf(conditions);
        regions = List.copyOf(regions);
    }
}
