package org.veil.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.dicom.TagPath;

class PixelCleanedTest {
    @Test
    void underPixelData_firstStepPixelData_true() {
        assertTrue(PixelCleaned.underPixelData(TagPath.ROOT.child(0x7FE00010)));
        assertTrue(PixelCleaned.underPixelData(TagPath.ROOT.child(0x7FE00010).item(0).child(0x00080100)));
    }

    @Test
    void underPixelData_otherPaths_false() {
        assertFalse(PixelCleaned.underPixelData(TagPath.ROOT));
        assertFalse(PixelCleaned.underPixelData(TagPath.ROOT.child(0x7FE00008)));
        assertFalse(PixelCleaned.underPixelData(TagPath.ROOT.child(0x00081115).item(0).child(0x7FE00010)));
    }

    @Test
    void underPixelData_agreesWithThePrintedPath() {
        TagPath deep = TagPath.ROOT.child(0x7FE00010);
        for (int i = 0; i < 20; i++) {
            deep = deep.item(i).child(0x00400275);
        }
        TagPath deepOther = TagPath.ROOT.child(0x00400275);
        for (int i = 0; i < 20; i++) {
            deepOther = deepOther.item(i).child(0x7FE00010);
        }
        for (TagPath p : List.of(TagPath.ROOT, TagPath.ROOT.child(0x7FE00010), TagPath.ROOT.child(0x7FE10010),
                TagPath.ROOT.child(0x00100010), deep, deepOther)) {
            assertEquals(p.toString().startsWith(PixelCleaned.PIXEL_DATA), PixelCleaned.underPixelData(p),
                    p.toString());
        }
    }
}
