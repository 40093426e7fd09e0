package org.veil.pipeline.folder;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** The input ids of the mapping's complete lines; a torn last line is cut off. */
    private static IdTable mappedIds(Path mapping) throws IOException {
        IdTable ids = new IdTable();
        long complete = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mapping), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long offset = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                String[] f = text.split("\t", -1);
                if (!text.startsWith("#") && f.length == 3) {
                    Id128 id = Id128.parse(f[2]);
                    ids.putIfAbsent(id, id);
                }
                complete = offset;
            }
        }
        try (FileChannel ch = FileChannel.open(mapping, StandardOpenOption.WRITE)) {
            if (ch.size() > complete) {
                ch.truncate(complete);
            }
        }
        return ids;
    }
}
