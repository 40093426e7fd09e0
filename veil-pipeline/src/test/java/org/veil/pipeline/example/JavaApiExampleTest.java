package org.veil.pipeline.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.folder.RunSummary;
import org.veil.synth.ImageSpec;
import org.veil.synth.SyntheticImage;
import org.veil.synth.SyntheticWriter;

/** The example docs/java-api.md quotes runs and does what the page says. */
class JavaApiExampleTest {
    private static final ImageSpec MR = ImageSpec.SMALL_MR;

    @TempDir
    Path tmp;

    private List<Path> inputs() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path f = tmp.resolve("in/p" + i % 2 + "/im" + i + ".dcm");
            SyntheticWriter.write(f, SyntheticImage.header(5, MR, i % 2, 0, 0, i), MR, 5 + i);
            files.add(f);
        }
        return files;
    }

    @Test
    void folder_everyInputWritten() throws Exception {
        inputs();
        RunSummary s = JavaApiExample.deidentifyFolder(tmp.resolve("in"), tmp.resolve("out"), ProjectKey.random());
        assertEquals(4, s.counts().written());
        assertEquals(List.of("clean-descriptors"), s.options());
        assertTrue(Files.exists(tmp.resolve("out.veil/mapping.tsv")));
    }

    @Test
    void messages_dicomStored_otherSkipped_brokenQuarantined() throws Exception {
        List<byte[]> messages = new ArrayList<>();
        for (Path p : inputs()) {
            messages.add(Files.readAllBytes(p));
        }
        messages.add("hello".getBytes(StandardCharsets.US_ASCII));
        byte[] broken = java.util.Arrays.copyOf(messages.get(0), 400);
        broken[399] = (byte) 0xFF;
        messages.add(broken);
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> stored = JavaApiExample.deidentifyMessages(messages, ProjectKey.random(), problems);
        assertEquals(4, stored.size());
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("message-5: skipped, not DICOM", problems.get(0));
        assertTrue(problems.get(1).startsWith("message-6: "), problems.toString());
    }
}
