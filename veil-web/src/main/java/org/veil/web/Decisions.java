package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/** The status of each study ({@code review/status.tsv}: study UID and status), written atomically on each change. */
public final class Decisions {
    private final Path file;
    private final Map<String, StudyStatus> status = new TreeMap<>();

    public Decisions(Path reviewDir) throws IOException {
        this.file = reviewDir.resolve("status.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    status.put(f[0], StudyStatus.valueOf(f[1]));
                }
            }
        }
    }

    public synchronized StudyStatus of(String study) {
        return status.getOrDefault(study, StudyStatus.PENDING);
    }

    public synchronized void set(String study, StudyStatus s) throws IOException {
        status.put(study, s);
        StringBuilder b = new StringBuilder();
        status.forEach((k, v) -> b.append(k).append('\t').append(v.name()).append('\n'));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("status.tsv.tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
