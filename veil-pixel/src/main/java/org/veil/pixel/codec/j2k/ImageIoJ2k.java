package org.veil.pixel.codec.j2k;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import com.github.jaiimageio.jpeg2000.impl.J2KImageWriterSpi;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jj2000.j2k.util.FacilityManager;
import jj2000.j2k.util.MsgLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.PixelCodingException;

/**
 * The only place that touches ImageIO and jai-imageio's JPEG 2000 (JJ2000) reader and writer. Instances of those are
 * made per call, so this class is thread-safe. JJ2000's console messages go to SLF4J at DEBUG.
 */
final class ImageIoJ2k {
    private static final Logger MESSAGES = LoggerFactory.getLogger(ImageIoJ2k.class);

    static {
        FacilityManager.registerMsgLogger(null, new Slf4jMsgLogger());
    }

    private ImageIoJ2k() {
    }

    /** Decodes a Part 1 codestream to a raster with one band per component. */
    static Raster read(byte[] data, int from, int to, String codec) throws PixelCodingException {
        ImageReader reader = null;
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(
                new ByteArrayInputStream(data, from, to - from))) {
            reader = new J2KImageReaderSpi().createReaderInstance(null);
            reader.setInput(in, true, true);
            return reader.readRaster(0, null);
        } catch (IOException | RuntimeException e) {
            throw new CorruptPixelDataException(codec, from, "JJ2000 cannot decode the codestream: " + e,
                    e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /**
     * Encodes an image with the reversible path (5/3 wavelet, no quantization, all coding passes), optionally with
     * the reversible color transform, using the given number of decomposition levels. JJ2000 does not always keep
     * this exact (see {@link J2kCodec}); callers verify.
     */
    static byte[] writeReversible(RenderedImage image, boolean colorTransform, int levels, String codec) throws PixelCodingException {
        ImageWriter writer = null;
        J2KImageWriteParam param = new J2KImageWriteParam();
        param.setWriteCodeStreamOnly(true);
        param.setLossless(true);
        param.setFilter(J2KImageWriteParam.FILTER_53);
        param.setComponentTransformation(colorTransform);
        param.setEncodingRate(Double.MAX_VALUE);
        param.setNumDecompositionLevels(levels);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer = new J2KImageWriterSpi().createWriterInstance(null);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new PixelCodingException(codec, PixelCodingException.NO_OFFSET,
                    "JJ2000 cannot encode the frame: " + e, e);
        } finally {
            if (writer != null) {
                writer.dispose();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * At most 5 (the usual default), and few enough that the lowest band keeps 4 samples in each direction: with a
     * smaller lowest band JJ2000 often loses the first sample.
     */
    static int decompositionLevels(int width, int height) {
        int smaller = Math.min(width, height);
        int log2 = 31 - Integer.numberOfLeadingZeros(smaller);
        return Math.max(0, Math.min(5, log2 - 2));
    }

    /** Forwards JJ2000 messages (about the codestream, never pixel values) to SLF4J. */
    private static final class Slf4jMsgLogger implements MsgLogger {
        @Override
        public void printmsg(int severity, String msg) {
            MESSAGES.debug("JJ2000 ({}): {}", severity, msg);
        }

        @Override
        public void println(String str, int flind, int ind) {
            MESSAGES.debug("JJ2000: {}", str);
        }

        @Override
        public void flush() {
            // nothing buffered
        }
    }
}
