package org.veil.ocr;

import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.text.RecognizerUnavailableException;
import org.veil.pixel.text.TextRecognizer;
import org.veil.pixel.text.TextRecognizerProvider;

/**
 * Loads libtesseract (version 4 or 5) and finds {@code eng.traineddata}: in {@code $TESSDATA_PREFIX}, or where
 * Debian's tesseract-ocr-eng puts it.
 */
public final class TesseractProvider implements TextRecognizerProvider {
    static final String LANGUAGE = "eng";
    private static final String INSTALL = "apt-get install libtesseract5 tesseract-ocr-eng";
    private static final List<String> DATA_DIRS = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata");

    @Override
    public TextRecognizer create() throws RecognizerUnavailableException {
        TessApi api = load();
        Path data = dataDir(System.getenv("TESSDATA_PREFIX"), DATA_DIRS);
        TesseractRecognizer r = new TesseractRecognizer(api, data.toString());
        r.check();
        return r;
    }

    private static TessApi load() throws RecognizerUnavailableException {
        List<String> names = List.of("tesseract", "libtesseract.so.5", "libtesseract.so.4");
        List<String> failures = new ArrayList<>();
        for (String n : names) {
            try {
                return Native.load(n, TessApi.class);
            } catch (UnsatisfiedLinkError e) {
                failures.add(n);
            }
        }
        throw new RecognizerUnavailableException("OCR library libtesseract was not found (tried "
                + String.join(", ", failures) + "); install it with `" + INSTALL + "` (macOS: `brew install "
                + "tesseract`); until then detected text is removed without reading it");
    }

    static Path dataDir(String prefix, List<String> defaults) throws RecognizerUnavailableException {
        List<Path> tried = new ArrayList<>();
        if (prefix != null && !prefix.isBlank()) {
            tried.add(Path.of(prefix));
            tried.add(Path.of(prefix, "tessdata"));
        }
        for (String d : defaults) {
            tried.add(Path.of(d));
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p.resolve(LANGUAGE + ".traineddata"))) {
                return p;
            }
        }
        throw new RecognizerUnavailableException("OCR language data " + LANGUAGE + ".traineddata was not found; "
                + "install it with `apt-get install tesseract-ocr-eng` (or set TESSDATA_PREFIX to the folder that "
                + "holds it); until then detected text is removed without reading it");
    }
}
