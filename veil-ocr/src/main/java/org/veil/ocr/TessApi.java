package org.veil.ocr;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/** The few functions of Tesseract's C API (tesseract/capi.h) that {@link TesseractRecognizer} calls. */
interface TessApi extends Library {
    /** Page segmentation mode: treat the image as a single text line. */
    int PSM_SINGLE_LINE = 7;
    /** Page segmentation mode: treat the image as a single word. */
    int PSM_SINGLE_WORD = 8;

    String TessVersion();

    Pointer TessBaseAPICreate();

    int TessBaseAPIInit3(Pointer handle, String dataPath, String language);

    int TessBaseAPISetVariable(Pointer handle, String name, String value);

    void TessBaseAPISetPageSegMode(Pointer handle, int mode);

    void TessBaseAPISetImage(Pointer handle, byte[] data, int width, int height, int bytesPerPixel, int bytesPerLine);

    Pointer TessBaseAPIGetUTF8Text(Pointer handle);

    int TessBaseAPIMeanTextConf(Pointer handle);

    /** Confidence of every word of the last recognition, ended by -1; free with {@link #TessDeleteIntArray}. */
    Pointer TessBaseAPIAllWordConfidences(Pointer handle);

    void TessDeleteIntArray(Pointer array);

    void TessBaseAPIClear(Pointer handle);

    void TessDeleteText(Pointer text);

    void TessBaseAPIEnd(Pointer handle);

    void TessBaseAPIDelete(Pointer handle);
}
