package org.veil.pixel.codec.jpeg;

import java.util.List;

/**
 * A parsed JPEG stream: the frame, every marker segment in order, the scans, and the quantization table each DCT
 * component was coded with (null entries for lossless).
 */
record JpegStream(byte[] data, FrameHeader frame, List<JpegSegment> segments, List<JpegScan> scans,
                  QuantTable[] componentQuant) {
}
