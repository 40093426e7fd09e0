package org.veil.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.DeidResult;
import org.veil.deid.pseudo.DerivedUids;
import org.veil.dicom.TagPath;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Carries out the run's {@link DuplicatePolicy} for an input whose output name another input took first. Stateless
 * and thread-safe.
 */
final class Duplicates {
    static final String COPY = "copy";

    /** The later copy under its new name. */
    record Copy(String name, DeidResult result) {
    }

    private final PipelineSettings settings;

    Duplicates(PipelineSettings settings) {
        this.settings = settings;
    }

    /**
     * Under {@link DuplicatePolicy#KEEP_ALL}, gives the de-identified instance a new keyed SOP Instance UID (in
     * {@code ds}, or in {@code meta} for a data set without one) and returns its new name, with a change that records
     * which output it copies; otherwise, or when the copy cannot be named, null.
     */
    Copy decide(Input input, DuplicateOutputException e, Dataset ds, Dataset meta, DeidResult result) {
        if (settings.duplicates() != DuplicatePolicy.KEEP_ALL
                || result.changes().stream().anyMatch(c -> COPY.equals(c.action()))) {
            return null;
        }
        boolean inMeta = !ds.contains(Tags.SOPInstanceUID) && meta != null;
        String taken = inMeta ? DatasetView.of(meta).string(Tags.MediaStorageSOPInstanceUID) : result.sopInstanceUid();
        if (taken == null || taken.isBlank()) {
            return null;
        }
        String uid = DerivedUids.ofCopy(settings.deidentifier().config().key().subkeys(), taken, input.id());
        DatasetView.of(inMeta ? meta : ds).putString(inMeta ? Tags.MediaStorageSOPInstanceUID : Tags.SOPInstanceUID,
                VR.UI, uid);
        List<Change> changes = new ArrayList<>(result.changes());
        changes.add(new Change(TagPath.ROOT.child(Tags.SOPInstanceUID), COPY, "a later copy of output " + e.name()
                + " (same SOP Instance UID): written under a new keyed SOP Instance UID (--duplicates keep-all)"));
        DeidResult copy = new DeidResult(changes, result.warnings(), result.patientPseudonym(), result.studyUid(),
                result.seriesUid(), inMeta ? null : uid);
        try {
            return new Copy(settings.naming().name(ds, copy, inMeta ? uid : null), copy);
        } catch (DeidException bad) {
            return null;
        }
    }

    /** The outcome of a later input that is not written: skipped under keep-first, else quarantined. */
    Outcome notWritten(Input input, DuplicateOutputException e) {
        if (settings.duplicates() == DuplicatePolicy.KEEP_FIRST) {
            return new Outcome.Skipped("duplicate of an input already written (same output name; --duplicates "
                    + "keep-first)");
        }
        return InstanceProcessor.quarantined(QuarantineReason.of(QuarantineCategory.DUPLICATE, input.label() + ": "
                + e.getMessage(), "two inputs map to one output name"));
    }
}
