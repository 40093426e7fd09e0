package org.veil.pixel.codec.j2k;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.veil.pixel.frame.Frame;

/** Copies samples between AWT rasters and images (what JJ2000 speaks) and frames. */
final class RasterFrames {
    private RasterFrames() {
    }

    /**
     * The raster's bands as planes of a frame; samples of signed components are sign-extended from their precision
     * into the cell (JJ2000 hands out narrow signed samples as unsigned bit patterns).
     */
    static Frame toFrame(Raster raster, int bitsAllocated, int[] precision, boolean[] signed) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        Frame frame = Frame.allocate(w, h, raster.getNumBands(), bitsAllocated);
        int mask = bitsAllocated >= 32 ? -1 : (1 << bitsAllocated) - 1;
        for (int b = 0; b < raster.getNumBands(); b++) {
            int[] cells = frame.plane(b).ints();
            raster.getSamples(raster.getMinX(), raster.getMinY(), w, h, b, cells);
            int shift = signed[b] ? 32 - precision[b] : 0;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] << shift >> shift & mask;
            }
        }
        return frame;
    }

    /**
     * An image of one or three components holding the frame's cells as samples of {@code precision} bits,
     * sign-extended from that precision when {@code signed}. JJ2000 takes the precision from the color model's
     * component size and the sign from the data type: BYTE and USHORT are unsigned, INT is signed (SHORT would be
     * too, but a color model of SHORT ignores the requested component size).
     */
    static BufferedImage toImage(Frame frame, int precision, boolean signed) {
        int bands = frame.samples();
        int type = signed ? DataBuffer.TYPE_INT : precision <= 8 ? DataBuffer.TYPE_BYTE : DataBuffer.TYPE_USHORT;
        ColorSpace space = ColorSpace.getInstance(bands == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        int[] bits = new int[bands];
        Arrays.fill(bits, precision);
        ComponentColorModel model = new ComponentColorModel(space, bits, false, false, Transparency.OPAQUE, type);
        int w = frame.columns();
        int h = frame.rows();
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        int shift = 32 - precision;
        int[] values = new int[w * h];
        for (int b = 0; b < bands; b++) {
            int[] cells = frame.plane(b).ints();
            for (int i = 0; i < values.length; i++) {
                values[i] = signed ? cells[i] << shift >> shift : cells[i];
            }
            raster.setSamples(0, 0, w, h, b, values);
        }
        return new BufferedImage(model, raster, false, null);
    }
}
