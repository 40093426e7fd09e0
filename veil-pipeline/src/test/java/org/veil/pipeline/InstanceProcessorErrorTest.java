package org.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.profile.ProfileOption;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/** An Error thrown while an instance is worked on ends in the quarantine with a sentence, never in silence. */
class InstanceProcessorErrorTest {
    private static final ImageSpec SPEC = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 16, 16, 1);

    @TempDir
    Path dir;

    private Outcome processWith(Error thrown, List<QuarantineReason> quarantined) throws Exception {
        Path file = dir.resolve("in.dcm");
        SyntheticWriter.write(file, SyntheticImage.header(1, SPEC, 0, 0, 0, 0), SPEC, 1);
        PixelStage failing = new PixelStage() {
            @Override
            public Set<ProfileOption> supported() {
                return Set.of();
            }

            @Override
            public TransferSyntax clean(Dataset ds, TransferSyntax ts, Set<ProfileOption> options) {
                throw thrown;
            }
        };
        Deidentifier deid = new Deidentifier(DeidConfig.builder().key(ProjectKey.random()).build());
        InstanceProcessor p = new InstanceProcessor(PipelineSettings.builder(deid).pixels(failing).build());
        Destination d = new Destination((id, name, body) -> {
            throw new AssertionError("nothing may be written");
        }, (input, reason) -> quarantined.add(reason));
        return p.process(new Input.OfFile(file, "id1", "in.dcm", Files.size(file)), d);
    }

    @Test
    void process_outOfMemoryWhileWorking_quarantinedWithASentence() throws Exception {
        List<QuarantineReason> quarantined = new ArrayList<>();
        Outcome o = processWith(new OutOfMemoryError("Java heap space"), quarantined);
        QuarantineReason r = assertInstanceOf(Outcome.Quarantined.class, o).reason();
        assertEquals(List.of(r), quarantined);
        assertEquals(QuarantineCategory.MEMORY, r.category());
        assertTrue(r.detail().startsWith("in.dcm: the Java heap ran out while processing this instance"), r.detail());
        assertEquals("out of memory: the Java heap ran out while processing this instance", r.group());
    }

    @Test
    void process_otherErrorWhileWorking_quarantinedAsInternal() throws Exception {
        List<QuarantineReason> quarantined = new ArrayList<>();
        Outcome o = processWith(new NoClassDefFoundError("org/example/Missing"), quarantined);
        QuarantineReason r = assertInstanceOf(Outcome.Quarantined.class, o).reason();
        assertEquals(QuarantineCategory.INTERNAL, r.category());
        assertEquals(List.of(r), quarantined);
    }
}
