package org.veil.volume;

/**
 * One frame of a series: which source (instance) and frame it is, and where it lies.
 *
 * @param source   index of the instance in the caller's list
 * @param frame    0-based frame number in that instance
 * @param geometry where the frame lies
 */
public record SliceRef(int source, int frame, FrameGeometry geometry) {
}
