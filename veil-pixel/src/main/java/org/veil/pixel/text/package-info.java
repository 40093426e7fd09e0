/**
 * Burned-in text in pixels: per-frame luminance ({@link org.veil.pixel.text.Luminance}), a fast text detector
 * ({@link org.veil.pixel.text.TextDetector}), the OCR service interface ({@link org.veil.pixel.text.TextRecognizer},
 * implemented outside the core in {@code veil-ocr}), removal by fill or inpainting
 * ({@link org.veil.pixel.text.TextEraser}) and the whole-image run ({@link org.veil.pixel.text.TextCleaner}).
 *
 * <p>Never logs, and never puts into a message, recognized text or pixel values: boxes are reported by position only.
 * Fails closed: a box is removed unless the caller's {@link org.veil.pixel.text.KeepDecision} says it is harmless.
 */
package org.veil.pixel.text;
