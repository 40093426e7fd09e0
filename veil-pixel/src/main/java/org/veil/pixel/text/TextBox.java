package org.veil.pixel.text;

import org.veil.pixel.frame.Rect;

/**
 * One detected line (or word group) of text.
 *
 * @param rect   where, padded to cover anti-aliased edges, in frame coordinates
 * @param glyphs how many glyph-like components it holds
 */
public record TextBox(Rect rect, int glyphs) {
}
