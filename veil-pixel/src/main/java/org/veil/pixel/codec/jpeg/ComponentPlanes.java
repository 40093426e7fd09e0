package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * Decoded components at their own resolution (as coded, before upsampling or color conversion): component i has
 * {@code frame.componentWidth(i) x frame.componentHeight(i)} samples. For a 4:2:2 YCbCr frame these are the Y plane
 * and the half-width Cb and Cr planes.
 *
 * @param frame  the frame header
 * @param planes one plane per frame component
 */
public record ComponentPlanes(FrameHeader frame, List<Plane> planes) {

    public ComponentPlanes {
        planes = List.copyOf(planes);
    }

    /** Full-resolution image: upsampled, then color-converted as the options say. */
    public RasterImage toRaster(DecodeOptions options) {
        int hmax = frame.maxHorizontalSampling();
        int vmax = frame.maxVerticalSampling();
        List<Plane> full = new ArrayList<>(planes.size());
        for (int i = 0; i < planes.size(); i++) {
            FrameComponent c = frame.components().get(i);
            full.add(Upsampler.upsample(planes.get(i), frame.width(), frame.height(), c.horizontalSampling(), hmax,
                    c.verticalSampling(), vmax, options.upsampling()));
        }
        RasterImage raster = new RasterImage(frame.width(), frame.height(), frame.precision(), full);
        return options.colorTransform() == ColorTransform.YCBCR_TO_RGB ? YCbCrConverter.toRgb(raster) : raster;
    }
}
