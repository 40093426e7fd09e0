package org.veil.pixel.codec.jpeg;

/** Order of samples in a pixel data byte array (DICOM Planar Configuration). */
public enum SampleOrder {
    /** Planar Configuration 0: the samples of one pixel together (R1 G1 B1 R2 G2 B2 ...). */
    BY_PIXEL,
    /** Planar Configuration 1: each component as one plane (R1 R2 ... G1 G2 ... B1 B2 ...). */
    BY_PLANE
}
