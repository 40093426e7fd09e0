package org.veil.pixel.text;

import org.veil.pixel.frame.Rect;

/**
 * One detected line (or word group) of text.
 *
 * @param rect   where, padded to cover anti-aliased edges, in frame coordinates
 * @param glyphs how many glyphs drawn in one value it holds (components that only continue a line, letters merged
 *               with speckle or speckle itself, are not counted)
 */
public record TextBox(Rect rect, int glyphs) {
}
