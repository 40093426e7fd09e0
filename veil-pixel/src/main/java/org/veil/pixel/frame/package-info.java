/**
 * The pixel model: {@link org.veil.pixel.frame.ImageDescriptor} (the Image Pixel Module attributes and frame sizes),
 * {@link org.veil.pixel.frame.Frame} (one plane of raw cells per sample), exact conversion of native pixel data
 * ({@link org.veil.pixel.frame.NativeFrameCodec}) and rectangle filling ({@link org.veil.pixel.frame.RegionFill}).
 *
 * <p>Must never change a cell outside what it was asked to change: decoding and encoding are exact, and a fill
 * touches only its (clipped, 4:2:2-aligned) rectangle. Must never read DICOM data sets itself; callers pass the
 * attribute values and the Pixel Data bytes.
 */
package org.veil.pixel.frame;
