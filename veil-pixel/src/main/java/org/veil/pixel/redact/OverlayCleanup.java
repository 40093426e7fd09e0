package org.veil.pixel.redact;

/**
 * What {@link PixelRedactor#cleanOverlays} removed.
 *
 * @param elementsRemoved elements of Overlay groups (60xx, even groups 6000-601E) removed
 * @param framesChanged   native frames in which bits outside Bits Stored were cleared
 */
public record OverlayCleanup(int elementsRemoved, int framesChanged) {
}
