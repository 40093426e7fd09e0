package org.veil.pipeline.folder;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The inputs an earlier session journaled as written whose line {@code mapping.tsv} lacks: a session writes a batch's
 * mapping lines just after its journal entries, so one killed in between leaves those inputs done (the next session
 * passes over them) but unmapped. Read once when a run opens its mapping: the ids the mapping names, then the
 * journal's written entries missing from them, with their output names (the walk gives their paths).
 */
final class MappingGaps {
    private MappingGaps() {
    }

    /**
     * Cuts a torn last line off the mapping (a write cut short), then returns input id to output name for every
     * input the journal lists as written and the mapping does not name.
     */
    static Map<Id128, String> find(Path mapping, Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return new HashMap<>();
        }
        IdTable mapped = mappedIds(mapping);
        Map<Id128, String> missing = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JournalEntry e = JournalEntry.parse(line);
                if (e.status() == JournalEntry.Status.WRITTEN && !mapped.contains(e.input())) {
                    missing.put(e.input(), e.text());
                }
            }
        }
        return missing;
    }

    /** The input ids of the mapping's lines, once a torn last line is cut off. */
    private static IdTable mappedIds(Path mapping) throws IOException {
        cutTornLine(mapping);
        IdTable ids = new IdTable();
        try (BufferedReader r = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (!line.startsWith("#") && f.length == 3) {
                    Id128 id = Id128.parse(f[2]);
                    ids.putIfAbsent(id, id);
                }
            }
        }
        return ids;
    }

    /** Cuts the file back to just after its last line feed (a write cut short leaves a line without one). */
    private static void cutTornLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            long end = ch.size();
            while (end > 0) {
                last.clear();
                ch.read(last, end - 1);
                if (last.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < ch.size()) {
                ch.truncate(end);
            }
        }
    }
}
