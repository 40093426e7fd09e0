package org.veil.pipeline.pixel;

import java.util.Objects;
import java.util.Optional;
import org.veil.pixel.text.DetectorSettings;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.TextDetector;
import org.veil.pixel.text.TextRecognizer;

/**
 * How {@link RulePixelStage} handles images that probably carry burned-in text.
 *
 * @param policy        detect, rules or quarantine
 * @param detector      the text detector
 * @param ocr           OCR, when installed; without it every detected box is removed
 * @param keepList      harmless overlay vocabulary
 * @param minConfidence OCR confidence (0..100) a box needs to be kept
 * @param erase         inpainting or background fill for lossless data (DCT JPEG is filled block by block)
 * @param scrubber      the free-text cleaner whose PHI patterns OCR text is checked against (built when first
 *                      needed)
 */
public record TextDetection(PixelPolicy policy, TextDetector detector, Optional<TextRecognizer> ocr, KeepList keepList,
                            double minConfidence, EraseMethod erase, ScrubberSource scrubber) {

    /** Only rules, as before detection existed. */
    public static TextDetection rulesOnly() {
        return new TextDetection(PixelPolicy.RULES, new TextDetector(DetectorSettings.DEFAULT), Optional.empty(),
                KeepList.of(java.util.List.of()), 100, EraseMethod.INPAINT, ScrubberSource.builtin());
    }

    public TextDetection {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(ocr, "ocr");
        Objects.requireNonNull(keepList, "keepList");
        Objects.requireNonNull(erase, "erase");
        Objects.requireNonNull(scrubber, "scrubber");
    }

    /** Detection with the default detector, the built-in keep-list, confidence 60 and inpainting. */
    public static TextDetection detect(Optional<TextRecognizer> ocr) {
        return new TextDetection(PixelPolicy.DETECT, new TextDetector(DetectorSettings.DEFAULT), ocr,
                KeepList.builtin(), 60, EraseMethod.INPAINT, ScrubberSource.builtin());
    }

    public TextDetection withPolicy(PixelPolicy p) {
        return new TextDetection(p, detector, ocr, keepList, minConfidence, erase, scrubber);
    }

    public TextDetection withKeepList(KeepList k) {
        return new TextDetection(policy, detector, ocr, k, minConfidence, erase, scrubber);
    }

    public TextDetection withErase(EraseMethod e) {
        return new TextDetection(policy, detector, ocr, keepList, minConfidence, e, scrubber);
    }
}
