package org.veil.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RstInlineTest {

    @Test
    void plain_superscriptRoleCutByWrapping_becomesText() {
        assertEquals("1st value is B Value", RstInline.plain("1\\ :s up:`st`\\ value is B Value", "here"));
    }

    @Test
    void plain_textWithoutMarkup_isUnchanged() {
        assertEquals("Scan Pitch Ratio in the form \"n.nnn:1\"",
                RstInline.plain("Scan Pitch Ratio in the form \"n.nnn:1\"", "here"));
    }

    @Test
    void plain_unknownRole_throws() {
        var e = assertThrows(IllegalStateException.class, () -> RstInline.plain("see :ref:`x`", "f:9"));
        assertEquals("f:9: unknown RST role :ref: in 'see :ref:`x`'", e.getMessage());
    }

    @Test
    void plain_leftoverMarkup_throws() {
        var e = assertThrows(IllegalStateException.class, () -> RstInline.plain("a `link <x>`__", "f:9"));
        assertEquals("f:9: unknown RST markup in 'a `link <x>`__'", e.getMessage());
    }
}
