package org.veil.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.veil.pixel.text.DetectorSettings;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Recognition;
import org.veil.pixel.text.RecognizerLookup;
import org.veil.pixel.text.RecognizerUnavailableException;
import org.veil.pixel.text.TextBox;
import org.veil.pixel.text.TextDetector;
import org.veil.pixel.text.TextRecognizer;
import org.veil.testkit.Ci;
import org.veil.testkit.burnedin.TextCategory;
import org.veil.testkit.burnedin.TextPainter;
import org.veil.testkit.burnedin.TextStyle;

class TesseractRecognizerTest {
    private static TextRecognizer ocr;

    @BeforeAll
    static void load() {
        RecognizerLookup found = RecognizerLookup.find(TesseractRecognizerTest.class.getClassLoader());
        if (found.recognizer().isEmpty()) {
            if (Ci.active()) {
                fail(found.problem());
            }
            Assumptions.abort(found.problem());
        }
        ocr = found.recognizer().get();
    }

    private static String read(String text, TextStyle style, int fg, int bg) {
        int w = 320;
        int h = 80;
        int[] plane = new int[w * h];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = bg + (i % w) / 8;
        }
        TextPainter.draw(new int[][] {plane}, w, h, TextCategory.HARMLESS, text, style, 20, 20, new int[] {fg});
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.min(255, plane[i]);
        }
        GrayImage g = new GrayImage(w, h, px);
        List<TextBox> boxes = new TextDetector(DetectorSettings.DEFAULT).detect(g);
        assertEquals(1, boxes.size(), () -> "boxes " + boxes);
        Recognition r = ocr.recognize(g.crop(boxes.get(0).rect()));
        assertTrue(r.confidence() > 60, () -> "confidence " + r.confidence() + " for " + r.text());
        return r.text();
    }

    @Test
    void recognize_brightTextOnDarkGradient_readsIt() {
        assertEquals("TGC", read("TGC", new TextStyle("SansSerif", false, 16, false), 250, 20));
    }

    @Test
    void recognize_darkTextOnLightBackground_readsIt() {
        assertEquals("Abdomen", read("Abdomen", new TextStyle("Serif", true, 20, false), 10, 180));
    }

    @Test
    void name_namesTesseractAndLanguage() {
        assertTrue(ocr.name().startsWith("tesseract "), ocr.name());
        assertTrue(ocr.name().endsWith("(eng)"), ocr.name());
    }

    @Test
    void dataDir_missingEverywhere_saysWhatToInstall() {
        try {
            TesseractProvider.dataDir("/nonexistent-veil", List.of("/nonexistent-veil-too"));
            fail("found language data in folders that do not exist");
        } catch (RecognizerUnavailableException e) {
            assertTrue(e.getMessage().contains("apt-get install tesseract-ocr-eng"), e.getMessage());
        }
    }
}
