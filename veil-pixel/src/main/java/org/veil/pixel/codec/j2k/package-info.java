/**
 * JPEG 2000 through jai-imageio (JJ2000): {@link org.veil.pixel.codec.j2k.J2kCodec}, with HTJ2K detection. Must never
 * let ImageIO or JJ2000 types out of this package, and must check the codestream's main header against the image
 * description before the library allocates anything.
 */
package org.veil.pixel.codec.j2k;
