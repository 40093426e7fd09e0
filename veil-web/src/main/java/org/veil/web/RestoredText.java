package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.pixel.frame.Rect;

/**
 * Instances where the second pass of a box re-run still detects text in an area a reviewer gave back (moved or
 * deleted a box) ({@code review/restored-text.tsv}: instance id and the areas). The review shows them, and a study
 * holding one is approved only when the reviewer confirms it.
 */
public final class RestoredText {
    private static final Pattern AREA = Pattern.compile("\\[(\\d+),(\\d+) (\\d+)x(\\d+)\\]");
    private final Path file;
    private final Map<String, List<Rect>> byInstance = new TreeMap<>();

    public RestoredText(Path reviewDir) throws IOException {
        this.file = reviewDir.resolve("restored-text.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    List<Rect> areas = new ArrayList<>();
                    Matcher m = AREA.matcher(f[1]);
                    while (m.find()) {
                        areas.add(new Rect(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                    }
                    byInstance.put(f[0], areas);
                }
            }
        }
    }

    /** The restored areas of an instance where text is still detected (empty: none). */
    public synchronized List<Rect> of(String instance) {
        return byInstance.getOrDefault(instance, List.of());
    }

    /** Records the outcome of an instance's latest re-run (an empty list clears it). */
    public synchronized void set(String instance, List<Rect> areas) throws IOException {
        if (areas.isEmpty()) {
            byInstance.remove(instance);
        } else {
            byInstance.put(instance, List.copyOf(areas));
        }
        StringBuilder b = new StringBuilder();
        byInstance.forEach((id, list) -> b.append(id).append('\t').append(positions(list)).append('\n'));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("restored-text.tsv.tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String positions(List<Rect> areas) {
        return String.join(" ", areas.stream().map(ReviewBox::position).toList());
    }
}
