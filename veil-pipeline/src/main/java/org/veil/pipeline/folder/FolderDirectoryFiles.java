package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.pipeline.dicomdir.DirectoryFiles;

/**
 * The delivery as a DICOMDIR rewrite sees it, in a folder run: which output each input became, from the run's journal
 * (this session's and any earlier one's), keyed by the input id of the relative path, so no path is kept. Read once,
 * after the walk, only when the run has a DICOMDIR. Thread-safe once built.
 */
final class FolderDirectoryFiles implements DirectoryFiles {
    private final InputIds ids;
    private final Path out;
    private final ReadLimits limits;
    private final Map<Id128, String> written = new HashMap<>();

    private FolderDirectoryFiles(InputIds ids, Path out, ReadLimits limits) {
        this.ids = ids;
        this.out = out;
        this.limits = limits;
    }

    static FolderDirectoryFiles read(Path journal, InputIds ids, Path out, ReadLimits limits) throws IOException {
        FolderDirectoryFiles f = new FolderDirectoryFiles(ids, out, limits);
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            JournalEntry e = JournalEntry.parse(lines.get(i));
            if (e.status() == JournalEntry.Status.WRITTEN) {
                f.written.put(e.input(), e.text());
            }
        }
        return f;
    }

    @Override
    public String outputOf(String relativeInputPath) {
        return written.get(ids.of(relativeInputPath));
    }

    @Override
    public DicomFile readOutput(String outputName) throws IOException {
        Path file = out.resolve(outputName).normalize();
        if (!file.startsWith(out) || !Files.isRegularFile(file)) {
            return null;
        }
        return DicomReader.read(file, limits);
    }
}
