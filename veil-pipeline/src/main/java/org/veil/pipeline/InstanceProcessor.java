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
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.DicomFormatException;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.FailureText;
import org.veil.dicom.io.SourceChannels;
import org.veil.pipeline.dicomdir.DirectoryFiles;
import org.veil.pipeline.dicomdir.DirectoryRewriter;
import org.veil.profile.ProfileOption;

/**
 * The flow for one instance: sniff, read, filter, de-identify, clean pixels, name, store; or quarantine with a located
 * reason. Thread-safe and stateless between calls: one processor serves every worker of a run (and a gateway's
 * associations, and a Spark executor's partitions).
 *
 * <p>Every failure of one instance ends in {@link Outcome.Quarantined}; {@link #process} throws only when the
 * quarantine itself cannot store the input, so a caller never loses an input silently.
 */
public final class InstanceProcessor {
    private static final String TRUNCATED = "The encapsulated pixel data is cut off at the end of the file, so the "
            + "image is incomplete; it is not de-identified unless the run is set to write the complete fragments.";
    private static final Logger LOG = LoggerFactory.getLogger(InstanceProcessor.class);

    private final PipelineSettings settings;
    private final Deidentifier deid;
    private final InstanceReader reader;
    private final Set<ProfileOption> pixelOptions;
    private final StudyPatients studyPatients;
    private final PatientCensus census;
    private final Duplicates duplicates;
    private final boolean deferDirectories;
    private final InputTurns turns;

    /** A processor where every instance keeps its own patient identity. */
    public InstanceProcessor(PipelineSettings settings) {
        this(settings, StudyPatients.OWN, new PatientCensus());
    }

    /** A processor that decides each instance's patient through its study (the dirty input rule). */
    public InstanceProcessor(PipelineSettings settings, StudyPatients studyPatients) {
        this(settings, studyPatients, new PatientCensus());
    }

    /**
     * A processor that decides each instance's patient through its study and notes every patient in {@code census}.
     */
    public InstanceProcessor(PipelineSettings settings, StudyPatients studyPatients, PatientCensus census) {
        this(settings, studyPatients, census, false, InputTurns.NONE);
    }

    private InstanceProcessor(PipelineSettings settings, StudyPatients studyPatients, PatientCensus census,
                              boolean deferDirectories, InputTurns turns) {
        this.deferDirectories = deferDirectories;
        this.turns = turns;
        this.settings = settings;
        this.studyPatients = studyPatients;
        this.census = census;
        this.duplicates = new Duplicates(settings);
        this.deid = settings.deidentifier();
        this.reader = new InstanceReader(settings.limits(), settings.logInputPaths());
        this.pixelOptions = settings.pixelOptions();
    }

    public PipelineSettings settings() {
        return settings;
    }

    /**
     * The same processor, except that a DICOMDIR is not processed but returned as {@link Outcome.Deferred}, for
     * {@link #processDirectory} once the files it references are written.
     */
    public InstanceProcessor deferringDirectories() {
        return new InstanceProcessor(settings, studyPatients, census, true, turns);
    }

    /**
     * The same processor, taking its study decisions and output names in the order {@code turns} keeps (a folder
     * run's listing order), whatever the number of workers.
     */
    public InstanceProcessor inTurns(InputTurns turns) {
        return new InstanceProcessor(settings, studyPatients, census, deferDirectories, turns);
    }

    /**
     * De-identifies a DICOMDIR into {@code name} (e.g. {@code DICOMDIR} at the output root), its records rewritten for
     * the delivery by {@link DirectoryRewriter}. Failures quarantine it, as for any instance.
     *
     * @throws IOException when it had to be quarantined but the quarantine sink failed
     */
    public Outcome processDirectory(Input input, Destination destination, DirectoryFiles files, String name)
            throws IOException {
        Outcome outcome;
        try {
            outcome = new DirectoryStep(settings, reader).process(input, destination.output(), files, name);
        } catch (RuntimeException e) {
            outcome = internal(input, "writing the DICOMDIR", e);
        }
        if (outcome instanceof Outcome.Quarantined q) {
            destination.quarantine().quarantine(input, q.reason());
        }
        return outcome;
    }

    /** The patients this processor has seen (counts only). */
    public PatientCensus census() {
        return census;
    }

    /**
     * Processes one input into {@code destination}.
     *
     * @throws IOException when the input had to be quarantined but the quarantine sink failed
     */
    public Outcome process(Input input, Destination destination) throws IOException {
        Outcome outcome;
        try {
            outcome = attempt(input, destination.output());
        } finally {
            turns.settled(input);
        }
        if (outcome instanceof Outcome.Quarantined q) {
            destination.quarantine().quarantine(input, q.reason());
        }
        return outcome;
    }

    /**
     * The study an input belongs to, its own patient and its instance, read and filtered exactly as {@link #process}
     * reads and filters it; empty when the input would not reach de-identification (not DICOM, unreadable, a
     * DICOMDIR, filtered out). Nothing is written.
     */
    public java.util.Optional<StudyClaim> studyClaim(Input input) {
        try {
            DicomFile file = reader.readIfDicom(input);
            if (file == null || DirectoryRewriter.isDirectory(file.fileMeta(), file.dataset())) {
                return java.util.Optional.empty();
            }
            Dataset ds = file.dataset();
            if (deid.filter(ds).decision() != FilterDecision.PROCESS) {
                return java.util.Optional.empty();
            }
            String study = DatasetView.of(ds).string(Tags.StudyInstanceUID);
            return java.util.Optional.of(new StudyClaim(study == null || study.isEmpty() ? null : study,
                    Deidentifier.patientOf(ds), instanceUid(file)));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The original SOP Instance UID, else the file meta's Media Storage SOP Instance UID; null when neither. */
    private static String instanceUid(DicomFile file) {
        String instance = DatasetView.of(file.dataset()).string(Tags.SOPInstanceUID);
        if ((instance == null || instance.isBlank()) && file.fileMeta() != null) {
            instance = DatasetView.of(file.fileMeta()).string(Tags.MediaStorageSOPInstanceUID);
        }
        return instance == null || instance.isBlank() ? null : instance;
    }

    /** Reads, de-identifies and stores, the input file kept open from the read until its output is written. */
    private Outcome attempt(Input input, InstanceSink sink) {
        SourceChannels.Hold hold = SourceChannels.hold();
        try {
            return attemptHolding(input, sink);
        } finally {
            try {
                hold.close();
            } catch (IOException e) {
                LOG.warn("{}: closing the input failed: {}", reader.source(input), FailureText.withoutDetail(e));
            }
        }
    }

    private Outcome attemptHolding(Input input, InstanceSink sink) {
        DicomFile file;
        try {
            file = reader.readIfDicom(input);
            if (file == null) {
                return new Outcome.Skipped("not DICOM");
            }
            if (file.warnings().pixelDataTruncated()
                    && settings.truncatedPixelData() == TruncatedPixelData.QUARANTINE) {
                return quarantined(QuarantineReason.of(QuarantineCategory.PARSE,
                        file.warnings().pixelDataTruncation() + ". " + TRUNCATED, TRUNCATED));
            }
        } catch (DicomFormatException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.PARSE, e.getMessage(), e.reason()));
        } catch (IOException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.UNREADABLE, input.label() + ": " + describe(e),
                    FailureText.withoutDetail(e)));
        } catch (OutOfMemoryError e) {
            return outOfMemory(input, "reading");
        } catch (RuntimeException | Error e) {
            return internal(input, "reading", e);
        }
        try {
            return deidentifyAndStore(input, file, sink);
        } catch (OutOfMemoryError e) {
            return outOfMemory(input, "processing");
        } catch (RuntimeException | Error e) {
            return internal(input, "processing", e);
        }
    }

    /**
     * The heap ran out while this instance was worked on (its values are garbage by now): a sentence, never silence.
     */
    private Outcome outOfMemory(Input input, String step) {
        String why = "the Java heap ran out while " + step + " this instance (it needs more memory than this "
                + "worker has, beyond ReadLimits.maxLoadedBytes " + settings.limits().maxLoadedBytes() + "); give "
                + "Java more memory (-Xmx, e.g. through VEIL_JAVA_OPTS) or use fewer --threads";
        LOG.error("{}: out of memory while {}; quarantined", reader.source(input), step);
        return quarantined(QuarantineReason.of(QuarantineCategory.MEMORY, input.label() + ": " + why,
                "the Java heap ran out while " + step + " this instance"));
    }

    private Outcome deidentifyAndStore(Input input, DicomFile file, InstanceSink sink) {
        Dataset ds = file.dataset();
        if (deferDirectories && DirectoryRewriter.isDirectory(file.fileMeta(), ds)) {
            return new Outcome.Deferred("DICOMDIR: written after the files it references");
        }
        FilterOutcome filter = deid.filter(ds);
        if (filter.decision() == FilterDecision.SKIP) {
            return new Outcome.Skipped("filter " + filter.source() + ": " + filter.reason());
        }
        if (filter.decision() == FilterDecision.REJECT) {
            String why = filter.reason() + " (filter " + filter.source() + ")";
            return quarantined(QuarantineReason.of(QuarantineCategory.FILTER, input.label() + ": " + why, why));
        }
        DeidResult result;
        census.observe(ds);
        PatientKey own = Deidentifier.patientOf(ds);
        PatientKey patient;
        String study = DatasetView.of(ds).string(Tags.StudyInstanceUID);
        String instance = instanceUid(file);
        try {
            patient = study == null || study.isEmpty() ? own : studyPatients.decided(study);
            if (patient == null) {
                turns.await(input);
                patient = studyPatients.patientFor(study, own);
            }
        } catch (IOException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.WRITE, input.label()
                    + ": cannot record the study's patient: " + describe(e), "cannot record the study's patient"));
        } finally {
            turns.pass(input, instance == null ? "" : OutputNaming.clean(instance));
        }
        PixelContext context = pixelOptions.isEmpty() ? PixelContext.NONE : PixelContext.of(ds);
        try {
            result = deid.deidentify(ds, patient, pixelOptions);
        } catch (DeidException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.DEID, input.label() + ": " + e.getMessage(),
                    e.getMessage()));
        }
        try {
            boolean reassigned = !deid.identity(patient, study).equals(deid.identity(own, study));
            return cleanPixelsAndStore(input, file, sink, result, reassigned, context);
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
            String standIn = meta == null ? null : DatasetView.of(meta).string(Tags.MediaStorageSOPInstanceUID);
            if (standIn == null && !hasInstanceUid(ds, result)) {
                standIn = ContentUid.of(input, deid.config().key().subkeys());
            }
            name = settings.naming().name(ds, result, standIn);
        } catch (DeidException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.NAMING, input.label() + ": " + e.getMessage(),
                    e.getMessage()));
        } catch (IOException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.UNREADABLE, input.label() + ": cannot read "
                    + "the input again to name it: " + FailureText.of(e), "cannot read the input again to name it"));
        }
        return store(input, sink, name, meta, ds, ts, result,
                file.warnings().messages().size() + file.warnings().dropped(), reassigned);
    }

    private static boolean hasInstanceUid(Dataset ds, DeidResult result) {
        String uid = result.sopInstanceUid() != null ? result.sopInstanceUid()
                : DatasetView.of(ds).string(Tags.SOPInstanceUID);
        return uid != null && !uid.isBlank();
    }

    private Outcome store(Input input, InstanceSink sink, String name, Dataset meta, Dataset ds, TransferSyntax ts,
                          DeidResult result, int readWarnings, boolean reassigned) {
        try {
            long n = sink.store(input, name, out -> DicomWriter.write(null, meta, ds, ts, out, settings.write()));
            return new Outcome.Written(name, result, readWarnings, n, reassigned, OutputStudy.of(ds));
        } catch (DuplicateOutputException e) {
            Duplicates.Copy copy = duplicates.decide(input, e, ds, meta, result);
            if (copy == null) {
                return duplicates.notWritten(input, e);
            }
            return store(input, sink, copy.name(), meta, ds, ts, copy.result(), readWarnings, reassigned);
        } catch (IOException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.WRITE, input.label() + " -> " + name + ": "
                    + describe(e), FailureText.withoutDetail(e)));
        } catch (IllegalArgumentException e) {
            return quarantined(QuarantineReason.of(QuarantineCategory.WRITE, input.label() + " -> " + name
                    + ": the output cannot be encoded: " + e.getMessage(), "the output cannot be encoded: "
                    + e.getMessage()));
        }
    }

    static Outcome quarantined(QuarantineReason reason) {
        return new Outcome.Quarantined(reason);
    }

    static Outcome internal(Input input, String step, Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        LOG.error("input {}: unexpected failure while {} at {} (quarantined; please report; the message, which may "
                + "hold a value, is in the reason file only)", input.id(), step, at.length == 0 ? "?" : at[0]);
        return quarantined(QuarantineReason.of(QuarantineCategory.INTERNAL, input.label() + ": an unexpected "
                + "failure while " + step + " (a defect in Veil: please report it with the stack location "
                + (at.length == 0 ? "?" : at[0]) + "): " + FailureText.of(e),
                "an unexpected failure while " + step + " (a defect in Veil: please report it)"));
    }

    /** An I/O error as a sentence (JDK messages are often just a path). */
    static String describe(Exception e) {
        return FailureText.of(e);
    }
}
