package org.veil.pipeline.pixel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidException;
import org.veil.dicom.TagPath;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.PendingTempFiles;
import org.veil.dicom.dict.Tags;
import org.veil.pipeline.PixelContext;
import org.veil.pipeline.PixelResult;
import org.veil.pipeline.PixelStage;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.redact.OverlayCleanup;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionResult;
import org.veil.pixel.redact.RedactionRule;
import org.veil.pixel.redact.TextCleanup;
import org.veil.pixel.redact.TextRedactor;
import org.veil.pixel.text.KeepDecision;
import org.veil.profile.ProfileOption;

/**
 * The pixel step driven by region rules (docs/pixel-rules.md): with Clean Pixel Data, an image whose device
 * signature matches a rule has the rule's rectangles filled on every frame (lossless data stays lossless, baseline
 * JPEG is redacted block by block) and Burned In Annotation set to NO; an image that probably carries burned-in text
 * (Burned In Annotation YES, or absent for US, SC, XA, RF, CR, OT, ES, XC and video) but matches no rule is refused,
 * so that it is quarantined with the reason. With Clean Graphics, overlay bits embedded in unused high bits of
 * native or lossless encapsulated pixel data are zeroed, re-encoding losslessly only frames that held such bits (the
 * engine removes the 60xx groups).
 *
 * <p>The device signature is read after header de-identification: Manufacturer, Manufacturer's Model Name, Software
 * Versions, Modality, SOP Class, Rows and Columns are kept by the profile (a strict allow-list must keep them too).
 */
public final class RulePixelStage implements PixelStage {
    private static final Set<String> SUSPICIOUS_MODALITIES = Set.of("US", "SC", "XA", "RF", "CR", "OT", "ES", "XC",
            "GM", "SM", "DOC");
    private static final TagPath PIXEL_PATH = TagPath.ROOT.child(Tags.PixelData);
    private static final String VIDEO_PREFIX = "1.2.840.10008.1.2.4.10";

    private final List<RedactionRule> rules;
    private final RedactionOptions options;
    private final boolean cleanGraphics;
    private final PixelRedactor redactor = new PixelRedactor();
    private final TextDetection detection;
    private final TextRedactor text;
    private final PendingTempFiles pending = new PendingTempFiles();

    /**
     * @param rules         region rules, first match wins
     * @param options       fill, lossless fallback, whether a lossy re-encode is allowed
     * @param cleanGraphics whether overlays embedded in pixel data are zeroed
     */
    public RulePixelStage(List<RedactionRule> rules, RedactionOptions options, boolean cleanGraphics) {
        this(rules, options, cleanGraphics, TextDetection.rulesOnly());
    }

    /**
     * @param detection what to do with an image that probably carries burned-in text and matches no rule (policy
     *                  detect), or with every such image (policy quarantine)
     */
    public RulePixelStage(List<RedactionRule> rules, RedactionOptions options, boolean cleanGraphics,
                          TextDetection detection) {
        this.rules = List.copyOf(rules);
        this.options = options;
        this.cleanGraphics = cleanGraphics;
        this.detection = detection;
        this.text = new TextRedactor(redactor, detection.detector());
    }

    /** The region rules, in the order they are tried (the first match wins). */
    public List<RedactionRule> rules() {
        return rules;
    }

    /** What is done with burned-in text no rule covers. */
    public TextDetection detection() {
        return detection;
    }

    /** True when overlays embedded in pixel data are zeroed (clean-graphics). */
    public boolean cleansGraphics() {
        return cleanGraphics;
    }

    @Override
    public Set<ProfileOption> supported() {
        return Set.of(ProfileOption.CLEAN_PIXEL_DATA);
    }

    @Override
    public TransferSyntax clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> selected) throws DeidException {
        return clean(ds, ts, selected, PixelContext.NONE).transferSyntax();
    }

    @Override
    public PixelResult clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> selected, PixelContext context)
            throws DeidException {
        if (!ds.contains(Tags.PixelData)) {
            return new PixelResult(ts, List.of());
        }
        TransferSyntax out = ts;
        List<Change> changes = new ArrayList<>();
        try {
            if (selected.contains(ProfileOption.CLEAN_PIXEL_DATA)) {
                out = redact(ds, ts, context, changes);
            }
            if (cleanGraphics) {
                OverlayCleanup overlays = redactor.cleanOverlays(ds, out, options);
                pending.keep(ds, overlays.tempFiles());
                out = overlays.transferSyntax();
            }
        } catch (IOException e) {
            throw new DeidException("pixel data: " + e.getMessage(), e);
        }
        return new PixelResult(out, changes);
    }

    private TransferSyntax redact(Dataset ds, TransferSyntax ts, PixelContext context, List<Change> changes)
            throws IOException, DeidException {
        String why = suspicion(ds, ts);
        if (why != null && detection.policy() == PixelPolicy.QUARANTINE) {
            throw new DeidException("burned-in text is probable (" + why + ") and the pixel policy is quarantine: "
                    + "the image needs review");
        }
        Optional<RedactionRule> rule = RedactionRule.firstMatch(rules, ds);
        if (rule.isEmpty()) {
            if (why == null) {
                return ts;
            }
            if (detection.policy() == PixelPolicy.RULES) {
                throw new DeidException("burned-in text is probable (" + why + ") and no pixel rule matches the "
                        + "device signature; add a rule (docs/pixel-rules.md), use --pixel-policy detect, or leave "
                        + "out clean-pixel-data");
            }
            return detect(ds, ts, context, changes);
        }
        RedactionRule r = rule.get();
        RedactionOptions o = r.fill() == null ? options : options.withFill(r.fill());
        RedactionResult result = redactor.redact(ds, ts, r.regions(), o);
        pending.keep(ds, result.tempFiles());
        ds.put(DataElement.of(Tags.BurnedInAnnotation, VR.CS, "NO".getBytes(StandardCharsets.US_ASCII)));
        changes.add(new Change(PIXEL_PATH, "pixel-rule", "policy " + detection.policy().cliName() + ": rule "
                + r.name() + ", " + r.regions().size() + " region(s)"));
        return result.transferSyntax();
    }

    private TransferSyntax detect(Dataset ds, TransferSyntax ts, PixelContext context, List<Change> changes)
            throws IOException, DeidException {
        if (detection.ocr().isPresent()) {
            detection.scrubber().prepare(); // built while the frames are decoded, ready when OCR text is checked
        }
        KeepDecision keep = detection.ocr().isEmpty() ? KeepDecision.NONE
                : new OcrKeepDecision(detection.ocr().get(), detection.keepList(),
                        new IdentifierMatcher(context, detection.scrubber()), detection.minConfidence());
        TextCleanup c;
        try {
            c = text.clean(ds, ts, keep, detection.erase(), options);
        } catch (UnsupportedPixelCodingException e) {
            throw new DeidException("burned-in text is probable but text detection cannot read this pixel data ("
                    + e.getMessage() + ")", e);
        }
        pending.keep(ds, c.tempFiles());
        ds.put(DataElement.of(Tags.BurnedInAnnotation, VR.CS, "NO".getBytes(StandardCharsets.US_ASCII)));
        changes.add(new Change(PIXEL_PATH, "pixel-text", TextReport.describe(detection.policy(), c,
                detection.ocr().isPresent())));
        return c.redaction() == null ? ts : c.redaction().transferSyntax();
    }

    /** Why the image probably carries burned-in text, or null. */
    static String suspicion(Dataset ds, TransferSyntax ts) {
        DatasetView v = DatasetView.of(ds);
        String burned = v.string(Tags.BurnedInAnnotation);
        if (burned != null && burned.trim().equalsIgnoreCase("YES")) {
            return "Burned In Annotation is YES";
        }
        if (burned != null && burned.trim().equalsIgnoreCase("NO")) {
            return null;
        }
        if (ts != null && ts.uid().startsWith(VIDEO_PREFIX)) {
            return "video without Burned In Annotation";
        }
        String modality = v.string(Tags.Modality);
        if (modality != null && SUSPICIOUS_MODALITIES.contains(modality.trim().toUpperCase(Locale.ROOT))) {
            return "modality " + modality.trim() + " without Burned In Annotation NO";
        }
        return null;
    }


    @Override
    public void written(Dataset ds) {
        pending.release(ds);
    }

    @Override
    public String toString() {
        return "rules(" + rules.size() + "), policy " + detection.policy().cliName();
    }
}
