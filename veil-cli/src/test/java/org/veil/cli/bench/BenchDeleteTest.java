package org.veil.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code veil bench} deletes incomplete input folders and old outputs; a symbolic link among them (the folder itself,
 * a link inside it, a dangling link) is removed as a link: the shared folder it points to keeps its files.
 */
class BenchDeleteTest {
    @TempDir
    Path tmp;

    @Test
    void generate_inputFolderIsALinkToASharedFolder_linkReplacedSharedFilesKept() throws Exception {
        Path shared = shared();
        Path bench = tmp.resolve("bench");
        Files.createDirectories(bench);
        Path in = bench.resolve("in-small-3");
        Files.createSymbolicLink(in, shared);
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs("--dir", bench.toString(), "--small-files", "3");

        assertEquals(in, command.generate("small"));

        assertEquals(List.of("a.dcm", "sub/b.dcm"), files(shared), "the shared folder is untouched");
        assertFalse(Files.isSymbolicLink(in), "the link was replaced by a generated folder");
        assertTrue(Files.isDirectory(in.resolve(".complete")));
    }

    @Test
    void deleteOutput_linksInsideAndDangling_removedAsLinksTargetsKept() throws Exception {
        Path shared = shared();
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("folder-link"), shared);
        Files.createSymbolicLink(out.resolve("file-link"), shared.resolve("a.dcm"));
        Path work = tmp.resolve("out.veil");
        Files.createSymbolicLink(work, tmp.resolve("gone"));

        BenchCommand.deleteOutput(out);

        assertEquals(List.of("a.dcm", "sub/b.dcm"), files(shared), "the shared folder is untouched");
        assertFalse(Files.exists(out, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(work, LinkOption.NOFOLLOW_LINKS), "a dangling link is deleted too");
    }

    private Path shared() throws Exception {
        Path shared = tmp.resolve("shared");
        Files.createDirectories(shared.resolve("sub"));
        Files.writeString(shared.resolve("a.dcm"), "a");
        Files.writeString(shared.resolve("sub/b.dcm"), "b");
        return shared;
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }
}
