/**
 * JPEG-LS (ITU-T T.87) written for Veil: {@link org.veil.pixel.codec.jpegls.JpegLsCodec}. Must never loop or allocate
 * beyond what the image description allows on hostile input: every code length is bounded by LIMIT and every
 * coded-data read is bounded by the scan's end.
 */
package org.veil.pixel.codec.jpegls;
