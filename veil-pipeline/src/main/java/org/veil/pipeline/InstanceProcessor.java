package org.veil.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.deid.engine.Change;
import org.veil.deid.engine.DeidException;
import org.veil.deid.engine.DeidResult;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.engine.FilterDecision;
import org.veil.deid.engine.FilterOutcome;
import org.veil.deid.profile.ProfileOption;
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomWriter;

/**
 * The flow for one instance: sniff, read, filter, de-identify, clean pixels, name, store; or quarantine with a located
 * reason. Thread-safe and stateless between calls: one processor serves every worker of a run (and a gateway's
 * associations, and a Spark executor's partitions).
 *
 * <p>Every failure of one instance ends in {@link Outcome.Quarantined}; {@link #process} throws only when the
 * quarantine itself cannot store the input, so a caller never loses an input silently.
 */
public final class InstanceProcessor {
    private static final int STUDY_INSTANCE_UID = 0x0020000D;
    private static final Logger LOG = LoggerFactory.getLogger(InstanceProcessor.class);

    private final PipelineSettings settings;
    private final Deidentifier deid;
    private final InstanceReader reader;
    private final Set<ProfileOption> pixelOptions;
    private final StudyPatients studyPatients;

    /** A processor where every instance keeps its own patient identity. */
    public InstanceProcessor(PipelineSettings settings) {
        this(settings, StudyPatients.OWN);
    }

    /** A processor that decides each instance's patient through its study (the dirty input rule). */
    public InstanceProcessor(PipelineSettings settings, StudyPatients studyPatients) {
        this.settings = settings;
        this.studyPatients = studyPatients;
        this.deid = settings.deidentifier();
        this.reader = new InstanceReader(settings.limits());
        this.pixelOptions = settings.pixelOptions();
    }

    public PipelineSettings settings() {
        return settings;
    }

    /**
     * Processes one input into {@code destination}.
     *
     * @throws IOException when the input had to be quarantined but the quarantine sink failed
     */
    public Outcome process(Input input, Destination destination) throws IOException {
        Outcome outcome = attempt(input, destination.output());
        if (outcome instanceof Outcome.Quarantined q) {
            destination.quarantine().quarantine(input, q.reason());
        }
        return outcome;
    }

    private Outcome attempt(Input input, InstanceSink sink) {
        DicomFile file;
        try {
            file = reader.readIfDicom(input);
            if (file == null) {
                return new Outcome.Skipped("not DICOM");
            }
        } catch (DicomFormatException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.PARSE, e.getMessage(), e.reason()));
        } catch (IOException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.UNREADABLE, input.label() + ": " + describe(e),
                    e.getClass().getSimpleName()));
        } catch (RuntimeException | StackOverflowError e) {
            return internal(input, "reading", e);
        }
        try {
            return deidentifyAndStore(input, file, sink);
        } catch (RuntimeException | StackOverflowError e) {
            return internal(input, "processing", e);
        }
    }

    private Outcome deidentifyAndStore(Input input, DicomFile file, InstanceSink sink) {
        Dataset ds = file.dataset();
        FilterOutcome filter = deid.filter(ds);
        if (filter.decision() == FilterDecision.SKIP) {
            return new Outcome.Skipped("filter " + filter.source() + ": " + filter.reason());
        }
        if (filter.decision() == FilterDecision.REJECT) {
            String why = filter.reason() + " (filter " + filter.source() + ")";
            return quarantined(QuarantineReason.of(QuarantineCategory.FILTER, input.label() + ": " + why, why));
        }
        DeidResult result;
        PatientKey own = Deidentifier.patientOf(ds);
        PatientKey patient;
        try {
            String study = DatasetView.of(ds).string(STUDY_INSTANCE_UID);
            patient = study == null || study.isEmpty() ? own : studyPatients.patientFor(study, own);
        } catch (IOException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.WRITE, input.label()
                    + ": cannot record the study's patient: " + describe(e), "cannot record the study's patient"));
        }
        PixelContext context = pixelOptions.isEmpty() ? PixelContext.NONE : PixelContext.of(ds);
        try {
            result = deid.deidentify(ds, patient, pixelOptions);
        } catch (DeidException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.DEID, input.label() + ": " + e.getMessage(),
                    e.getMessage()));
        }
        try {
            return cleanPixelsAndStore(input, file, sink, result, !patient.equals(own), context);
        } finally {
            settings.pixels().written(ds); // also when quarantined after the pixel step: its temporary files go
        }
    }

    private Outcome cleanPixelsAndStore(Input input, DicomFile file, InstanceSink sink, DeidResult deidResult,
                                        boolean reassigned, PixelContext context) {
        Dataset ds = file.dataset();
        TransferSyntax ts;
        DeidResult result = deidResult;
        try {
            PixelResult pixels = settings.pixels().clean(ds, file.transferSyntax(), pixelOptions, context);
            ts = pixels.transferSyntax();
            if (!pixels.changes().isEmpty()) {
                List<Change> all = new ArrayList<>(result.changes());
                all.addAll(pixels.changes());
                result = new DeidResult(all, result.warnings(), result.patientPseudonym(), result.studyUid(),
                        result.seriesUid(), result.sopInstanceUid());
            }
        } catch (DeidException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.PIXEL, input.label() + ": " + e.getMessage(),
                    e.getMessage()));
        }
        Dataset meta;
        String name;
        try {
            meta = deid.outputMeta(file.fileMeta(), ds);
            name = settings.naming().name(ds, result,
                    meta == null ? null : DatasetView.of(meta).string(0x00020003));
        } catch (DeidException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.NAMING, input.label() + ": " + e.getMessage(),
                    e.getMessage()));
        }
        return store(input, sink, name, meta, ds, ts, result,
                file.warnings().messages().size() + file.warnings().dropped(), reassigned);
    }

    private Outcome store(Input input, InstanceSink sink, String name, Dataset meta, Dataset ds, TransferSyntax ts,
                          DeidResult result, int readWarnings, boolean reassigned) {
        try {
            long n = sink.store(input.id(), name, out -> DicomWriter.write(null, meta, ds, ts, out, settings.write()));
            return new Outcome.Written(name, result, readWarnings, n, reassigned);
        } catch (DuplicateOutputException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.DUPLICATE, input.label() + ": "
                    + e.getMessage(), "two inputs map to one output name"));
        } catch (IOException | IllegalArgumentException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.WRITE, input.label() + " -> " + name + ": "
                    + describe(e), e.getClass().getSimpleName()));
        }
    }

    private static Outcome quarantined(QuarantineReason reason) {
        return new Outcome.Quarantined(reason);
    }

    private static Outcome internal(Input input, String step, Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        LOG.error("input {}: unexpected {} while {} at {} (quarantined; please report; the message, which may hold "
                + "a value, is in the reason file only)", input.id(), e.getClass().getName(), step,
                at.length == 0 ? "?" : at[0]);
        return quarantined(QuarantineReason.of(QuarantineCategory.INTERNAL, input.label() + ": "
                + e.getClass().getName() + " while " + step + ": " + e.getMessage(),
                e.getClass().getSimpleName() + " while " + step));
    }

    /** An I/O error's message with its type, since JDK messages are often just a path. */
    static String describe(Exception e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
