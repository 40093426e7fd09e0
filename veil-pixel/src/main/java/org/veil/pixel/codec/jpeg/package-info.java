/**
 * JPEG codecs for DICOM pixel data, written from ITU-T T.81: byte arrays (one frame's fragment data) in, samples or
 * coefficients out, and back.
 *
 * <ul>
 *   <li>{@link org.veil.pixel.codec.jpeg.JpegDecoder}: baseline (SOF0), extended 8/12-bit (SOF1) and lossless
 *       (SOF3, predictors 1-7, point transform, 2-16 bit) Huffman-coded streams, any sampling factors, restart
 *       intervals, DNL. Gives the components as coded ({@code decodePlanes}, e.g. YBR_FULL_422 planes) or at full
 *       resolution, optionally converted to RGB ({@code decode}).</li>
 *   <li>{@link org.veil.pixel.codec.jpeg.JpegCoefficientImage}: the quantized DCT coefficients of a baseline or
 *       extended stream, editable block by block ({@code redactBlocks}) and written back without re-quantizing any
 *       other block.</li>
 *   <li>{@link org.veil.pixel.codec.jpeg.LosslessEncoder}: lossless (process 14) encoding with Huffman tables
 *       computed from the data (T.81 Annex K.2).</li>
 * </ul>
 *
 * <p>Every problem in a stream is a {@link org.veil.pixel.codec.jpeg.JpegFormatException} naming the byte offset and
 * marker segment; sizes are bounded by {@link org.veil.pixel.codec.jpeg.JpegLimits}.
 *
 * <p>Must never: use ImageIO or any other JPEG library; know about DICOM data sets (callers pass fragment bytes and
 * interpret photometric interpretation themselves); change a block of a DCT stream that was not asked to change;
 * silently accept a corrupt or truncated stream (the one tolerated deviation, all-zero Ss/Se in sequential scans,
 * is logged). Progressive, hierarchical and arithmetic-coded streams are rejected as unsupported.
 */
package org.veil.pixel.codec.jpeg;
