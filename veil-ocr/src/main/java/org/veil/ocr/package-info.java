/**
 * OCR of burned-in text boxes with Tesseract: {@link org.veil.ocr.TesseractProvider} (a
 * {@link org.veil.pixel.text.TextRecognizerProvider}) finds the system's libtesseract through JNA and its English
 * language data, and says exactly what to install when either is missing. Never logs recognized text.
 */
package org.veil.ocr;
