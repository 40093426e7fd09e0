package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;

/** Turns quantized coefficients into component samples: dequantize and inverse DCT each visible block. */
final class DctReconstructor {
    private DctReconstructor() {
    }

    static ComponentPlanes reconstruct(FrameHeader frame, CoefficientPlane[] coefficients, QuantTable[] quant) {
        Idct idct = new Idct();
        List<Plane> planes = new ArrayList<>(coefficients.length);
        for (int i = 0; i < coefficients.length; i++) {
            int w = frame.componentWidth(i);
            int h = frame.componentHeight(i);
            short[] out = new short[Math.multiplyExact(w, h)];
            CoefficientPlane c = coefficients[i];
            int[] q = quant[i].values();
            for (int by = 0; by < c.visibleBlocksHigh(); by++) {
                for (int bx = 0; bx < c.visibleBlocksWide(); bx++) {
                    int x = bx * 8;
                    int y = by * 8;
                    idct.transform(c.raw(), c.offset(bx, by), q, frame.precision(), out, y * w + x, w,
                            Math.min(8, w - x), Math.min(8, h - y));
                }
            }
            planes.add(new Plane(w, h, out));
        }
        return new ComponentPlanes(frame, planes);
    }
}
