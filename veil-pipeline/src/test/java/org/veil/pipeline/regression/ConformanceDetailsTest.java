package org.veil.pipeline.regression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.Destination;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.QuarantineReason;
import org.veil.pipeline.QuarantineSink;

/**
 * Issue 13 item 5: Responsible Person / Organization (Type 2C for an animal) were removed from an animal study, a new
 * conformance error; an output that could not be encoded was quarantined as "write failed: IllegalArgumentException:
 * pixel data is encapsulated ..." and unexpected failures as "IllegalArgumentException while processing". The animal
 * keeps both (empty), and every reason (and its summary line) is a sentence, never an exception class name.
 */
@Tag("regression")
class ConformanceDetailsTest {
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z]+(Exception|Error)\\b");

    @TempDir
    Path tmp;

    @Test
    void quarantineReasons_writeAndInternalFailures_areSentencesWithoutClassNames() throws Exception {
        Path file = tmp.resolve("a.dcm");
        Delivery.write(Delivery.ct("P1", null, "1.2.8.1", "1.2.8.1.1.1"), file);
        Input input = new Input.OfFile(file, "0123456789abcdef0123456789abcdef", "a.dcm", 100);
        PipelineSettings plain = PipelineSettings.builder(new Deidentifier(DeidConfig.builder().build())).build();

        for (RuntimeException thrown : List.of(new IllegalArgumentException("pixel data is encapsulated but the "
                + "transfer syntax is native"))) {
            assertSentence(new InstanceProcessor(plain).process(input, destination((id, name, body) -> {
                throw thrown;
            })));
        }
        assertSentence(new InstanceProcessor(plain).process(input, destination((id, name, body) -> {
            throw new AccessDeniedException("/out/x.dcm");
        })));
        MappingListener broken = new MappingListener() {
            @Override
            public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
                throw new IllegalStateException("store refused");
            }

            @Override
            public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                              String pseudoAccession) {
            }
        };
        PipelineSettings failing = PipelineSettings.builder(new Deidentifier(DeidConfig.builder().mappings(broken)
                .build())).build();
        assertSentence(new InstanceProcessor(failing).process(input, destination((id, name, body) -> 0)));
        assertFalse(CLASS_NAME.matcher(FailureText.of(new IOException())).find());
        assertFalse(CLASS_NAME.matcher(FailureText.withoutDetail(new IllegalStateException("x"))).find());
    }

    @Test
    void animalPatient_responsiblePersonAndOrganizationKeptEmpty() throws Exception {
        Dataset ds = Delivery.ct("DOG-1", null, "1.2.8.2", "1.2.8.2.1.1");
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00102201, VR.LO, "Canis lupus familiaris");
        v.putString(0x00102297, VR.PN, "Owner^Olga");
        v.putString(0x00102299, VR.LO, "Riverside Veterinary Clinic");
        new Deidentifier(DeidConfig.builder().build()).deidentify(ds);
        assertTrue(ds.contains(0x00102297) && ds.get(0x00102297).isEmpty(), "Responsible Person present, empty");
        assertTrue(ds.contains(0x00102299) && ds.get(0x00102299).isEmpty(), "Responsible Organization present, empty");
        Dataset human = Delivery.ct("P2", null, "1.2.8.3", "1.2.8.3.1.1");
        DatasetView.of(human).putString(0x00102297, VR.PN, "Guardian^Gail");
        new Deidentifier(DeidConfig.builder().build()).deidentify(human);
        assertFalse(human.contains(0x00102297), "not an animal: removed as the profile says");
    }

    private static Destination destination(InstanceSink sink) {
        QuarantineSink quarantine = (input, reason) -> { };
        return new Destination(sink, quarantine);
    }

    private static void assertSentence(Outcome o) {
        QuarantineReason r = assertInstanceOf(Outcome.Quarantined.class, o).reason();
        assertFalse(CLASS_NAME.matcher(r.detail()).find(), r.detail());
        assertFalse(CLASS_NAME.matcher(r.group()).find(), r.group());
        assertTrue(r.group().contains(" "), r.group());
    }
}
