package org.veil.deid.engine;

import java.util.EnumSet;
import java.util.Set;
import org.veil.deid.pseudo.DateShift;
import org.veil.deid.pseudo.PatientIdentity;
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.DepthLimitException;
import org.veil.dicom.TagPath;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetCopy;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.SopClasses;
import org.veil.dicom.dict.Tags;
import org.veil.profile.ProfileOption;

/**
 * De-identifies data sets per PS3.15 Annex E: the Basic Profile, the selected options and the recipe, compiled once.
 * Thread-safe: one instance serves every thread of a run. Each call changes the given data set in place.
 *
 * <pre>{@code
 * Deidentifier deid = new Deidentifier(DeidConfig.builder().option(ProfileOption.RETAIN_UIDS).build());
 * if (deid.filter(ds).decision() == FilterDecision.PROCESS) {
 *     DeidResult r = deid.deidentify(ds);
 * }
 * }</pre>
 */
public final class Deidentifier {

    private final DeidConfig config;
    private final RunServices run;
    private final ProfileWalk walker;

    public Deidentifier(DeidConfig config) {
        this.config = config;
        this.run = new RunServices(config);
        this.walker = new ProfileWalk(new ProfileCompiler(config).compile());
    }

    public DeidConfig config() {
        return config;
    }

    /** The key's fingerprint (never the key), for the summary. */
    public String keyFingerprint() {
        return config.key().fingerprint();
    }

    /** What the filters decide for an instance (the first matching filter wins; none: process). */
    public FilterOutcome filter(Dataset ds) {
        for (InstanceFilter f : config.filters()) {
            if (f.matches(ds, config.options())) {
                return new FilterOutcome(f.decision(), f.reason(), f.source());
            }
        }
        return FilterOutcome.PROCESS;
    }

    /** The patient identity of an instance: Issuer of Patient ID and Patient ID, whatever VR the file gives them. */
    public static PatientKey patientOf(Dataset ds) {
        String id = DeclaredVr.text(ds, Tags.PatientID);
        String issuer = DeclaredVr.text(ds, Tags.IssuerOfPatientID);
        return PatientKey.of(issuer == null ? "" : issuer, id == null ? "" : id);
    }

    /**
     * The key an instance's pseudonyms and date offset are derived from: the original patient as the configured
     * {@link PatientIdentity} sees it, or the study when the Patient ID is empty.
     *
     * @param patient  the patient as read (or as decided for the study)
     * @param studyUid the original Study Instance UID, may be null
     */
    public PatientKey identity(PatientKey patient, String studyUid) {
        return config.patientIdentity().key(patient, studyUid);
    }

    /** De-identifies with the patient identity found in the data set. */
    public DeidResult deidentify(Dataset ds) throws DeidException {
        return deidentify(ds, patientOf(ds), Set.of());
    }

    /**
     * De-identifies {@code ds} in place.
     *
     * @param patient      the patient identity to derive pseudonyms and the date offset from (the data set's own,
     *                     or the one a study was first seen with, for dirty input), as read: the configured
     *                     {@link PatientIdentity} normalises it (see {@link #identity})
     * @param pixelOptions the pixel options (clean-pixel-data, clean-recognizable-visual-features) that were actually
     *                     applied to this instance's pixels, to be recorded
     * @throws DeidException when an action cannot be applied, or sequences nest deeper than
     *                       {@code ReadLimits.maxDepth}; the data set is then in an undefined state
     */
    public DeidResult deidentify(Dataset ds, PatientKey patient, Set<ProfileOption> pixelOptions)
            throws DeidException {
        try {
            return apply(ds, patient, pixelOptions);
        } catch (DepthLimitException e) {
            throw new DeidException(e.getMessage(), e);
        }
    }

    private DeidResult apply(Dataset ds, PatientKey patient, Set<ProfileOption> pixelOptions) throws DeidException {
        DatasetView v = DatasetView.of(ds);
        String sopClass = v.string(Tags.SOPClassUID);
        String studyUid = v.string(Tags.StudyInstanceUID);
        String accession = v.string(Tags.AccessionNumber);
        PatientKey identity = identity(patient, studyUid);
        DateShift shift = run.dates.forPatient(identity);
        String pseudonym = run.ids.patientId(identity);
        TextCleaner.InstanceTextCleaner text = config.textCleaner() == null ? null
                : config.textCleaner().forInstance(ds, datesShifted() ? shift.days() : null, pseudonym);
        InstanceContext ctx = new InstanceContext(run, sopClass, sopClass == null ? null : SopClasses.iod(sopClass),
                identity, shift, text, v.string(Tags.StudyDate));
        Dataset original = config.protector() == null ? null : DatasetCopy.deep(ds, null);
        ResponsibleParty responsible = ResponsibleParty.before(ds);
        boolean earlierCodes = MethodRecorder.hasEarlierCodes(ds);
        walker.walk(ds, ctx);
        RequiredAttributes.restore(ds, ctx);
        responsible.restore(ds, ctx);
        if (original != null) {
            EncryptedAttributes.add(ds, original, ctx.changes(), config.protector());
        }
        MethodRecorder.record(ds, applied(pixelOptions));
        if (earlierCodes) {
            ctx.record(TagPath.ROOT.child(Tags.DeidentificationMethodCodeSequence), "replaced",
                    "codes of an earlier de-identification replaced by the codes of what Veil applied");
        }
        DatasetView out = DatasetView.of(ds);
        String newStudy = out.string(Tags.StudyInstanceUID);
        String newAccession = out.string(Tags.AccessionNumber);
        config.mappings().patient(patient, pseudonym, shift.days());
        if (studyUid != null && newStudy != null) {
            config.mappings().study(pseudonym, studyUid, newStudy, accession, newAccession);
        }
        return new DeidResult(ctx.changes(), ctx.warnings(), pseudonym, newStudy, out.string(Tags.SeriesInstanceUID),
                out.string(Tags.SOPInstanceUID));
    }

    private boolean datesShifted() {
        return config.options().contains(ProfileOption.RETAIN_LONG_MODIFIED_DATES);
    }

    private Set<ProfileOption> applied(Set<ProfileOption> pixelOptions) {
        Set<ProfileOption> applied = EnumSet.noneOf(ProfileOption.class);
        for (ProfileOption o : config.options()) {
            if (o.column().isPresent() || pixelOptions.contains(o)) {
                applied.add(o);
            }
        }
        return applied;
    }

    /**
     * The file meta elements to give the writer for a de-identified data set that has no SOP Instance UID of its own
     * (a DICOMDIR): Media Storage SOP Class UID as read and Media Storage SOP Instance UID remapped like every other
     * UID (kept with Retain UIDs). Null when the data set has its SOP Instance UID (the writer takes it from there) or
     * the input meta has none. Nothing else of the input meta is passed on (it may name the sending system).
     */
    public Dataset outputMeta(Dataset inputMeta, Dataset deidentified) throws DeidException {
        if (inputMeta == null || deidentified.contains(Tags.SOPInstanceUID)) {
            return null;
        }
        DatasetView in = DatasetView.of(inputMeta);
        String cls = in.string(Tags.MediaStorageSOPClassUID);
        String inst = in.string(Tags.MediaStorageSOPInstanceUID);
        if (inst == null || inst.isEmpty()) {
            return null;
        }
        String mapped;
        try {
            mapped = remapUid(inst);
        } catch (DeidException e) {
            throw new DeidException("(0002,0003) Media Storage SOP Instance UID cannot be remapped: "
                    + e.getMessage());
        }
        Dataset meta = new Dataset();
        DatasetView out = DatasetView.of(meta);
        if (cls != null && !cls.isEmpty()) {
            out.putString(Tags.MediaStorageSOPClassUID, org.veil.dicom.VR.UI, cls);
        }
        out.putString(Tags.MediaStorageSOPInstanceUID, org.veil.dicom.VR.UI, mapped);
        return meta;
    }

    /**
     * The UID the run gives {@code uid} (keyed remapping, the UID itself with Retain UIDs), for steps that must find
     * an instance again after de-identification (series-level pixel cleaning).
     *
     * @throws DeidException when the UID is not valid and cannot be remapped (the reason says why)
     */
    public String remapUid(String uid) throws DeidException {
        if (config.options().contains(ProfileOption.RETAIN_UIDS)) {
            return uid;
        }
        org.veil.deid.pseudo.Outcome o = run.uids.map(uid);
        if (!(o instanceof org.veil.deid.pseudo.Outcome.Ok ok)) {
            throw new DeidException(((org.veil.deid.pseudo.Outcome.Invalid) o).reason());
        }
        return ok.value();
    }
}
