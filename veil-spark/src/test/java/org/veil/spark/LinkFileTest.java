package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.linkage.StudyLink;
import org.veil.deid.pseudo.ProjectKey;

/** The tasks' linkage records files: sealed under the project key, read back whole or refused. */
class LinkFileTest {
    private static final PatientLink PATIENT = new PatientLink("HOSP", "MRN-0042", "PSEUDO-1", -17);
    private static final StudyLink STUDY = new StudyLink("1.2.3.4", "2.25.99", "PSEUDO-1", "ACC-7", "ACC-PSEUDO");

    @TempDir
    Path dir;

    private org.apache.hadoop.fs.Path file(String name) {
        return new org.apache.hadoop.fs.Path(dir.resolve(name).toUri());
    }

    private static FileSystem fs() throws IOException {
        return Checksums.off(FileSystem.getLocal(new Configuration()));
    }

    @Test
    void writtenAndRead_sameLinks_noOriginalInTheClear() throws Exception {
        ProjectKey key = ProjectKey.random();
        LinkFile f = new LinkFile(key);
        f.write(fs(), file("links/a.links"), file("a.part"), List.of(PATIENT), List.of(STUDY));
        LinkFile.Links back = f.read(fs(), file("links/a.links"));
        assertEquals(Set.of(PATIENT), back.patients());
        assertEquals(Set.of(STUDY), back.studies());
        String raw = new String(Files.readAllBytes(dir.resolve("links/a.links")), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("MRN-0042") || raw.contains("1.2.3.4") || raw.contains("ACC-7"), raw);
        assertFalse(Files.exists(dir.resolve("a.part")), "renamed into place");
    }

    @Test
    void changedOrOtherKey_refusedNotReadInPart() throws Exception {
        ProjectKey key = ProjectKey.random();
        new LinkFile(key).write(fs(), file("a.links"), file("a.part"), List.of(PATIENT), List.of(STUDY));
        IOException other = assertThrows(IOException.class, () -> new LinkFile(ProjectKey.random()).read(fs(),
                file("a.links")));
        assertTrue(other.getMessage().contains("fails its check"), other.getMessage());
        byte[] bytes = Files.readAllBytes(dir.resolve("a.links"));
        bytes[bytes.length - 5] ^= 1;
        Files.write(dir.resolve("a.links"), bytes);
        assertThrows(IOException.class, () -> new LinkFile(key).read(fs(), file("a.links")));
        Files.write(dir.resolve("a.links"), "plain text".getBytes(StandardCharsets.US_ASCII));
        IOException header = assertThrows(IOException.class, () -> new LinkFile(key).read(fs(), file("a.links")));
        assertTrue(header.getMessage().contains("bad header"), header.getMessage());
    }
}
