package org.veil.ocr;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.InkMask;

class ProbeVariantsTest {
    static TessApi api;
    static Pointer h;

    static GrayImage load(Path p) throws Exception {
        BufferedImage b = ImageIO.read(p.toFile());
        byte[] px = new byte[b.getWidth() * b.getHeight()];
        b.getRaster().getDataElements(0, 0, b.getWidth(), b.getHeight(), px);
        return new GrayImage(b.getWidth(), b.getHeight(), px);
    }

    static GrayImage render(GrayImage crop, int target, int dil, boolean blur) {
        InkMask ink = InkMask.of(crop);
        Rect b = ink.area();
        int scale = Math.max(1, Math.min(8, (int) Math.ceil((double) target / ink.textHeight())));
        int margin = Math.max(12, ink.textHeight() * scale / 2);
        int w = b.width() * scale + 2 * margin;
        int hh = b.height() * scale + 2 * margin;
        int[] v = new int[w * hh];
        java.util.Arrays.fill(v, 255);
        for (int y = 0; y < b.height() * scale; y++) {
            for (int x = 0; x < b.width() * scale; x++) {
                if (ink.ink(b.x() + x / scale, b.y() + y / scale)) {
                    for (int dy = 0; dy <= dil; dy++) for (int dx = 0; dx <= dil; dx++)
                        v[(margin + y + dy) * w + margin + x + dx] = 0;
                }
            }
        }
        byte[] out = new byte[w * hh];
        for (int y = 0; y < hh; y++) for (int x = 0; x < w; x++) {
            int s = 0, n = 0;
            int r = blur ? Math.max(1, scale / 2) : 0;
            for (int dy = -r; dy <= r; dy++) for (int dx = -r; dx <= r; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < hh) { s += v[yy * w + xx]; n++; }
            }
            out[y * w + x] = (byte) (s / n);
        }
        return new GrayImage(w, hh, out);
    }

    static String read(GrayImage line, int psm) {
        api.TessBaseAPISetPageSegMode(h, psm);
        api.TessBaseAPISetImage(h, line.pixels(), line.width(), line.height(), 1, line.width());
        Pointer text = api.TessBaseAPIGetUTF8Text(h);
        String s = text == null ? "" : text.getString(0, "UTF-8").replaceAll("\\s+", " ").trim();
        Pointer confs = api.TessBaseAPIAllWordConfidences(h);
        int min = 999;
        for (int i = 0; i < 50; i++) { int c = confs.getInt(4L * i); if (c < 0) break; min = Math.min(min, c); }
        api.TessDeleteIntArray(confs);
        api.TessBaseAPIClear(h);
        return s + "(" + min + ")";
    }

    @Test
    void probe() throws Exception {
        api = Native.load("tesseract", TessApi.class);
        h = api.TessBaseAPICreate();
        api.TessBaseAPIInit3(h, "/usr/share/tesseract-ocr/5/tessdata", "eng");
        api.TessBaseAPISetVariable(h, "user_defined_dpi", "300");
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        Path dir = Path.of("../veil-pipeline/target/diag");
        String[] names = System.getProperty("probe", "1-box1,2-box2,3-box0,4-box1,5-box26,6-box14,7-box12,7-box15,10-box4,0-box10,0-box5,1-box3,7-box3,9-box1,10-box3").split(",");
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            GrayImage crop = load(dir.resolve(n + ".png"));
            sb.append(n).append(": ");
            for (int target : new int[] {24, 32, 40}) {
                for (int dil : new int[] {0}) {
                    for (boolean blur : new boolean[] {false, true}) {
                        for (int psm : new int[] {7, 8}) {
                            GrayImage g = render(crop, target, dil, blur);
                            sb.append(String.format("[t%d%s p%d %s] ", target, blur ? "b" : "", psm, read(g, psm)));
                        }
                    }
                }
            }
            sb.append('\n');
        }
        Files.writeString(Path.of("target/probe.txt"), sb.toString());
    }
}
