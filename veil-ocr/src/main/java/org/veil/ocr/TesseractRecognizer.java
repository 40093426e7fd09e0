package org.veil.ocr;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.Recognition;
import org.veil.pixel.text.RecognizerUnavailableException;
import org.veil.pixel.text.TextRecognizer;

/**
 * Reads one text line with Tesseract; its confidence is that of the least certain word. Each thread gets its own
 * Tesseract instance (the C API is not thread-safe per handle); instances live as long as their thread. Crops are
 * prepared by {@link LinePreparation} (the ink, dark on white, enlarged, with a margin); identical prepared lines are
 * read once ({@link ReadingCache}). Small burned-in fonts are read best at different enlargements, so a box can be
 * read in {@link #ATTEMPTS} ways: text about 24 pixels high as a line, about 40 pixels and smoothed as a line, about
 * 32 pixels as a single word.
 */
final class TesseractRecognizer implements TextRecognizer {
    /** Words read from one box at most (a box holds one line). */
    private static final int MAX_WORDS = 256;
    /** Prepared lines whose readings are remembered (a few MB; overlay words recur in every image). */
    private static final int CACHED_LINES = 512;
    /** The ways a box is read, in the order a caller asks for them. */
    static final List<Attempt> ATTEMPTS = List.of(new Attempt(new LinePreparation.Style(24, false),
            TessApi.PSM_SINGLE_LINE), new Attempt(new LinePreparation.Style(40, true), TessApi.PSM_SINGLE_LINE),
            new Attempt(new LinePreparation.Style(32, false), TessApi.PSM_SINGLE_WORD));
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
        return recognize(crop, 0);
    }

    @Override
    public int attempts() {
        return ATTEMPTS.size();
    }

    @Override
    public Recognition recognize(GrayImage crop, int attempt) {
        Attempt a = ATTEMPTS.get(attempt);
        return cache.get(LinePreparation.prepare(crop, a.style()), a.mode(), line -> read(line, a.mode()));
    }

    private Recognition read(GrayImage line, int mode) {
        Pointer h = handles.get();
        api.TessBaseAPISetPageSegMode(h, mode);
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

    /** One way of reading: how the line is prepared, and Tesseract's page segmentation mode. */
    record Attempt(LinePreparation.Style style, int mode) {
    }
}
