package org.veil.pipeline.deface;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.veil.deid.engine.DeidException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.pipeline.PendingTempFiles;
import org.veil.dicom.dict.Tags;
import org.veil.pipeline.PixelStage;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionResult;
import org.veil.profile.ProfileOption;
import org.veil.volume.VolumeException;
import org.veil.volume.deface.FaceCut;

/**
 * The pixel step with Clean Recognizable Visual Features: the inner stage runs first (other pixel options), then an
 * instance of a series planned for defacing gets its face cut (lossless: same transfer syntax where its encoder is
 * exact, else the lossless fallback; lossy input is refused), Image Type DERIVED\SECONDARY (also the Frame Type of
 * enhanced images) and Recognizable Visual Features (0028,0302) NO; an instance of a refused series is quarantined
 * with the series' reason; any other instance is left as it is.
 */
public final class DefaceStage implements PixelStage {
    private final PixelStage inner;
    private final DefacePlan plan;
    private final FaceCut cut;
    private final PendingTempFiles pending = new PendingTempFiles();

    public DefaceStage(PixelStage inner, DefacePlan plan, RedactionOptions options) {
        this.inner = inner;
        this.plan = plan;
        this.cut = new FaceCut(new PixelRedactor(), options);
    }

    public DefacePlan plan() {
        return plan;
    }

    @Override
    public Set<ProfileOption> supported() {
        Set<ProfileOption> s = EnumSet.of(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);
        s.addAll(inner.supported());
        return s;
    }

    @Override
    public TransferSyntax clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> options) throws DeidException {
        Set<ProfileOption> others = EnumSet.noneOf(ProfileOption.class);
        others.addAll(options);
        others.remove(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);
        TransferSyntax out = inner.clean(ds, ts, others);
        if (!options.contains(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)) {
            return out;
        }
        SeriesDecision d = plan.forInstance(DatasetView.of(ds).string(Tags.SOPInstanceUID));
        if (d instanceof SeriesDecision.Refuse r) {
            throw new DeidException(r.reason());
        }
        if (d instanceof SeriesDecision.Deface f) {
            return deface(ds, out, f);
        }
        return out;
    }

    private TransferSyntax deface(Dataset ds, TransferSyntax ts, SeriesDecision.Deface f) throws DeidException {
        try {
            RedactionResult r = cut.apply(ds, ts, f.result().plane(), f.result().ears(), f.result().air());
            pending.keep(ds, r.tempFiles());
            DerivedMarks.mark(ds);
            ds.put(DataElement.of(Tags.RecognizableVisualFeatures, VR.CS, "NO".getBytes(StandardCharsets.US_ASCII)));
            return r.transferSyntax();
        } catch (VolumeException | IOException e) {
            throw new DeidException("the face cannot be removed from this image: " + e.getMessage(), e);
        }
    }


    @Override
    public void written(Dataset ds) {
        inner.written(ds);
        pending.release(ds);
    }

    @Override
    public String toString() {
        return "deface(" + inner + ")";
    }
}
