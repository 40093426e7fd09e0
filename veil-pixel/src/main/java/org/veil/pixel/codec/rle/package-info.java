/**
 * RLE Lossless (PS3.5 Annex G): {@link org.veil.pixel.codec.rle.RleCodec}. Must never read outside the frame's
 * segments or allocate more than the image description allows, whatever the header says.
 */
package org.veil.pixel.codec.rle;
