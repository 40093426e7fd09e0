package org.veil.pixel.text;

/** How {@link TextEraser} paints over a box. */
public enum EraseMethod {
    /**
     * Fills from the edge inwards, each pixel the distance-weighted mean of the already known pixels around it (a fast
     * marching / onion-peel inpainting); PALETTE COLOR takes the nearest known index instead of a mean.
     */
    INPAINT,
    /** One value per box and sample: the median of the pixels just outside the box. */
    BACKGROUND
}
