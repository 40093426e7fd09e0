package org.veil.pipeline.run;

import java.io.IOException;
import java.util.Objects;
import org.veil.pipeline.Destination;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.PatientCensus;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.QuarantineSink;
import org.veil.pipeline.StudyPatients;
import org.veil.pipeline.deface.DefacePlan;
import org.veil.pipeline.folder.RecordsNotDurableException;

/**
 * A {@link DeidRun} delivered one instance at a time into the front end's own sinks: a gateway's association, a Spark
 * task. {@link #process} is thread-safe: one object serves every worker. Each call either stores the de-identified
 * instance through the {@link InstanceSink} or hands the input with a sentence to the {@link QuarantineSink}, and
 * returns only once the pseudonyms it recorded (the {@link KeySource}'s records) are durable, so the caller may
 * acknowledge the instance when it returns.
 *
 * <p>Defacing (clean-recognizable-visual-features) needs whole series, which one instance is not: a run that defaces
 * is refused here unless a {@link DefacePlan} made over the inputs ({@link DeidRun#planDeface}) is given; the plan
 * must cover every head series the instances come from (an instance of a series it does not list is left as it is).
 * Nothing here needs closing; the sinks and the linkage store are the front end's to close.
 */
public final class InstanceRun {
    private final InstanceProcessor processor;
    private final Destination destination;
    private final KeySource key;

    private InstanceRun(InstanceProcessor processor, Destination destination, KeySource key) {
        this.processor = processor;
        this.destination = destination;
        this.key = key;
    }

    /**
     * De-identifies one input into the output sink, or quarantines it.
     *
     * @return what became of it (never null)
     * @throws RecordsNotDurableException when the pseudonyms it recorded cannot be made durable (do not acknowledge
     *                                    the instance; the output may have been stored)
     * @throws IOException                when the input had to be quarantined but the quarantine sink failed
     */
    public Outcome process(Input input) throws IOException {
        Outcome outcome = processor.process(input, destination);
        try {
            key.records().commit();
        } catch (IOException | RuntimeException e) {
            throw new RecordsNotDurableException("the linkage records of this instance could not be saved: "
                    + e.getMessage(), e);
        }
        return outcome;
    }

    /** See {@link InstanceProcessor#studyClaim}: what the dirty input rule needs to know of an input. */
    public java.util.Optional<org.veil.pipeline.StudyClaim> studyClaim(Input input) {
        return processor.studyClaim(input);
    }

    /** The settings every instance is processed with. */
    public PipelineSettings settings() {
        return processor.settings();
    }

    /** The patients seen so far (counts only). */
    public PatientCensus census() {
        return processor.census();
    }

    /**
     * Assembles an {@link InstanceRun}: output and quarantine sinks are required; by default studies are decided in
     * memory ({@link MemoryStudyPatients}) and a fresh {@link PatientCensus} counts patients.
     */
    public static final class Builder {
        private final DeidRun run;
        private InstanceSink output;
        private QuarantineSink quarantine;
        private StudyPatients studies;
        private PatientCensus census;
        private DefacePlan defacePlan;

        Builder(DeidRun run) {
            this.run = run;
        }

        public Builder output(InstanceSink v) {
            output = v;
            return this;
        }

        public Builder quarantine(QuarantineSink v) {
            quarantine = v;
            return this;
        }

        /** How each study's patient is decided (the dirty input rule); shared state for every worker. */
        public Builder studyPatients(StudyPatients v) {
            studies = v;
            return this;
        }

        public Builder census(PatientCensus v) {
            census = v;
            return this;
        }

        /** The defacing plan over the inputs; required when the run defaces. */
        public Builder defacePlan(DefacePlan v) {
            defacePlan = v;
            return this;
        }

        /**
         * @throws InvalidRunException when the run defaces and no plan is given
         */
        public InstanceRun build() {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(quarantine, "quarantine");
            if (run.defaces() && defacePlan == null) {
                throw new InvalidRunException("clean-recognizable-visual-features needs whole series to find a face, "
                        + "and instances processed one at a time are not: plan the inputs first (DeidRun.planDeface) "
                        + "and give the plan, or leave the option out; without a plan no instance is processed, so "
                        + "no head leaves with its face");
            }
            PipelineSettings settings = run.settings(defacePlan == null ? DefacePlan.empty() : defacePlan);
            InstanceProcessor processor = new InstanceProcessor(settings,
                    studies != null ? studies : new MemoryStudyPatients(),
                    census != null ? census : new PatientCensus());
            return new InstanceRun(processor, new Destination(output, quarantine), run.key());
        }
    }
}
