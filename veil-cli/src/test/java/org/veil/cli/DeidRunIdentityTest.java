package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.keys.KeystoreFile;
import org.veil.broker.keys.PasswordSource;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.pipeline.folder.KeyOrigin;
import org.veil.pipeline.run.DeidRun;
import org.veil.pipeline.run.DeidRunOptions;
import org.veil.pipeline.run.FolderResult;
import org.veil.pipeline.run.KeySource;
import org.veil.synth.DemoSet;
import org.veil.synth.Workloads;
import org.veil.testkit.Corpus;
import org.veil.testkit.CorpusFile;

/**
 * Issue 12: the command line only parses arguments into the run, so {@code veil deid} (in this JVM) and a program
 * driving {@link DeidRun} directly with the same keystore key and options give the same bytes: every output and
 * quarantined file, the mapping file, the change report and the summary (less its clock and paths).
 */
class DeidRunIdentityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void corpus_cliAndDirectRun_byteIdentical() throws Exception {
        Path in = dir.resolve("in");
        for (CorpusFile f : Corpus.files(f -> f.size() < 300_000)) {
            Path to = in.resolve(f.name());
            Files.createDirectories(to.getParent());
            Files.copy(f.path(), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<String> options = List.of("clean-descriptors", "clean-structured-content", "retain-long-modified-dates");
        compare(in, options, List.of(), "keep-all");
    }

    @Test
    void generatedStudies_withPixelCleaning_cliAndDirectRun_byteIdentical() throws Exception {
        Path in = dir.resolve("in");
        DemoSet.write(in.resolve("demo"));
        Workloads.ct(in.resolve("ct"), 24, 3, 7);
        Workloads.small(in.resolve("mr"), 12, 2, 8);
        compare(in, List.of("clean-pixel-data", "clean-graphics", "retain-uids"), List.of("builtin"), "quarantine");
    }

    private void compare(Path in, List<String> options, List<String> pixelRules, String duplicates) throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery staple\n");
        Path ks = dir.resolve("project.p12");
        assertEquals(Veil.OK, CliRun.of("keys", "init", "--keystore", ks.toString(), "--password-file", pw.toString())
                .exit());
        List<String> args = new ArrayList<>(List.of("deid", in.toString(), dir.resolve("cli").toString(),
                "--keystore", ks.toString(), "--password-file", pw.toString(), "--threads", "1",
                "--duplicates", duplicates));
        options.forEach(o -> args.addAll(List.of("--option", o)));
        pixelRules.forEach(r -> args.addAll(List.of("--pixel-rules", r)));
        CliRun cli = CliRun.of(args.toArray(String[]::new));
        assertTrue(cli.exit() == Veil.OK || cli.exit() == Veil.PROBLEMS, cli.err());

        ProjectKey key = new KeystoreFile(ks).load(PasswordSource.file(pw));
        DeidRunOptions direct = DeidRunOptions.builder().options(options).pixelRules(pixelRules).threads(1)
                .duplicates(duplicates).build();
        FolderResult result;
        try (LinkageStore store = LinkageConnection.open("jdbc:h2:file:" + dir.resolve("direct.linkage"), key)) {
            KeySource source = KeySource.of(key, KeyOrigin.SUPPLIED, "keystore project.p12")
                    .recordingTo(new LinkageRecorder(store), () -> commit(store));
            result = DeidRun.builder(direct, source).build().toFolder(in, dir.resolve("direct"));
        }
        assertEquals(cli.exit() == Veil.PROBLEMS, result.hasProblems());

        Map<String, String> cliTree = TreeDigest.of(dir.resolve("cli"), rel -> !rel.startsWith(".veil"));
        assertTrue(cliTree.size() > 10, cliTree.toString());
        assertEquals(cliTree, TreeDigest.of(dir.resolve("direct"), rel -> !rel.startsWith(".veil")));
        assertEquals(quarantine(dir.resolve("cli.quarantine")), quarantine(dir.resolve("direct.quarantine")));
        assertEquals(Files.readString(dir.resolve("cli.veil/mapping.tsv")), Files.readString(dir.resolve(
                "direct.veil/mapping.tsv")));
        assertEquals(Files.readString(dir.resolve("cli.veil/changes.jsonl")),
                Files.readString(dir.resolve("direct.veil/changes.jsonl")));
        assertEquals(summary(dir.resolve("cli")), summary(dir.resolve("direct")));
    }

    /** Digests of the quarantine's files (reasons and copies); a run that quarantined nothing has none. */
    private static Map<String, String> quarantine(Path folder) throws IOException {
        return Files.exists(folder) ? TreeDigest.of(folder) : Map.of();
    }

    private static void commit(LinkageStore store) throws IOException {
        try {
            store.commitNew();
        } catch (LinkageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The summary less what differs between any two runs: when, how long, and the folders' own paths. */
    private static ObjectNode summary(Path out) throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(Path.of(out + ".veil").resolve("summary.json").toFile());
        s.remove(List.of("started", "seconds", "output", "quarantine", "work", "mapping"));
        return s;
    }
}
