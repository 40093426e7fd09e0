package org.veil.pixel.frame;

/** Which pixel data element holds the samples, and so whether they are integers or IEEE floats (PS3.5 8.2). */
public enum SampleFormat {
    /** Pixel Data (7FE0,0010): integers of Bits Stored bits, signed or unsigned. */
    INTEGER,
    /** Float Pixel Data (7FE0,0008) with Bits Allocated 32, or Double Float Pixel Data (7FE0,0009) with 64. */
    IEEE_FLOAT
}
