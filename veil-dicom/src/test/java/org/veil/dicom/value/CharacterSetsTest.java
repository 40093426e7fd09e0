package org.veil.dicom.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.Elements;

class CharacterSetsTest {

    @Test
    void of_items_inheritTheNearestDeclaration() {
        Dataset root = Elements.dataset(Elements.text(0x00080005, VR.CS, "ISO_IR 100"));
        Dataset child = Elements.sequence(root, 0x00081115).addItem();
        Dataset grandchild = Elements.sequence(child, 0x00081199).addItem();
        Dataset own = Elements.sequence(child, 0x0040A730).addItem();
        own.put(Elements.text(0x00080005, VR.CS, "ISO_IR 192"));
        Dataset underOwn = Elements.sequence(own, 0x0040A730).addItem();
        Dataset reset = Elements.sequence(root, 0x00081140).addItem();
        reset.put(Elements.text(0x00080005, VR.CS, ""));
        CharacterSets sets = new CharacterSets();
        assertEquals(SpecificCharacterSet.of("ISO_IR 100"), sets.of(grandchild));
        assertEquals(SpecificCharacterSet.of("ISO_IR 100"), sets.of(child));
        assertEquals(SpecificCharacterSet.of("ISO_IR 192"), sets.of(underOwn));
        assertSame(SpecificCharacterSet.DEFAULT, sets.of(reset));
        assertSame(SpecificCharacterSet.DEFAULT, sets.of(new Dataset()));
    }
}
