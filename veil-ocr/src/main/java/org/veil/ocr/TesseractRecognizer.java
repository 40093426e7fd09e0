package org.veil.ocr;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Recognition;
import org.veil.pixel.text.RecognizerUnavailableException;
import org.veil.pixel.text.TextRecognizer;

/**
 * Reads one text line with Tesseract (single-line page segmentation); its confidence is that of the least certain
 * word. Each thread gets its own Tesseract instance
 * (the C API is not thread-safe per handle); instances live as long as their thread. Crops are prepared by
 * {@link LinePreparation} (dark text on white, enlarged, with a margin); identical prepared lines are read once
 * ({@link ReadingCache}).
 */
final class TesseractRecognizer implements TextRecognizer {
    /** Words read from one box at most (a box holds one line). */
    private static final int MAX_WORDS = 256;
    /** Prepared lines whose readings are remembered (a few MB; overlay words recur in every image). */
    private static final int CACHED_LINES = 512;
    private final ReadingCache cache = new ReadingCache(CACHED_LINES);
    private final TessApi api;
    private final String dataPath;
    private final ThreadLocal<Pointer> handles;

    TesseractRecognizer(TessApi api, String dataPath) {
        this.api = api;
        this.dataPath = dataPath;
        this.handles = ThreadLocal.withInitial(this::open);
    }

    /** Creates this thread's instance now, so that a broken installation is reported before any image. */
    void check() throws RecognizerUnavailableException {
        try {
            handles.get();
        } catch (IllegalStateException e) {
            throw new RecognizerUnavailableException(e.getMessage(), e);
        }
    }

    private Pointer open() {
        Pointer h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(h, dataPath, TesseractProvider.LANGUAGE) != 0) {
            api.TessBaseAPIDelete(h);
            throw new IllegalStateException("Tesseract could not load its " + TesseractProvider.LANGUAGE
                    + " language data; reinstall it with `apt-get install --reinstall tesseract-ocr-eng`");
        }
        api.TessBaseAPISetVariable(h, "user_defined_dpi", "300");
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        api.TessBaseAPISetPageSegMode(h, TessApi.PSM_SINGLE_LINE);
        return h;
    }

    @Override
    public Recognition recognize(GrayImage crop) {
        return cache.get(LinePreparation.prepare(crop), this::read);
    }

    private Recognition read(GrayImage line) {
        Pointer h = handles.get();
        api.TessBaseAPISetImage(h, line.pixels(), line.width(), line.height(), 1, line.width());
        Pointer text = api.TessBaseAPIGetUTF8Text(h);
        try {
            if (text == null) {
                return Recognition.NOTHING;
            }
            String s = text.getString(0, StandardCharsets.UTF_8.name()).replaceAll("\\s+", " ").trim();
            return new Recognition(s, Math.max(0, weakestWord(h)));
        } finally {
            if (text != null) {
                api.TessDeleteText(text);
            }
            api.TessBaseAPIClear(h);
        }
    }

    /** The lowest word confidence (a box is only as certain as its least certain word), or the mean without words. */
    private int weakestWord(Pointer h) {
        Pointer confs = api.TessBaseAPIAllWordConfidences(h);
        if (confs == null) {
            return api.TessBaseAPIMeanTextConf(h);
        }
        try {
            int min = Integer.MAX_VALUE;
            for (int i = 0; i < MAX_WORDS; i++) {
                int c = confs.getInt(4L * i);
                if (c < 0) {
                    break;
                }
                min = Math.min(min, c);
            }
            return min == Integer.MAX_VALUE ? 0 : min;
        } finally {
            api.TessDeleteIntArray(confs);
        }
    }

    @Override
    public String name() {
        return "tesseract " + api.TessVersion() + " (" + TesseractProvider.LANGUAGE + ")";
    }
}
