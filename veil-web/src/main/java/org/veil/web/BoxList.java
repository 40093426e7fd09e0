package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veil.pixel.frame.Rect;

/**
 * The boxes of each instance the review changed ({@code review/boxes.tsv}, rewritten atomically on each change): one
 * line a box with instance id, box id, origin, position, frame, excluded frames, state and first position. An
 * instance not in the file has the boxes the run's change report names. Lines of the older six-field form (instance,
 * x, y, width, height, frame: a box a reviewer added) are read as reviewer boxes.
 */
public final class BoxList {
    private final Path file;
    private final Map<String, List<ReviewBox>> byInstance = new LinkedHashMap<>();

    public BoxList(Path reviewDir) throws IOException {
        this.file = reviewDir.resolve("boxes.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                read(line.split("\t"));
            }
        }
    }

    private void read(String[] f) {
        if (f.length == 6) {
            List<ReviewBox> list = byInstance.computeIfAbsent(f[0], k -> new ArrayList<>());
            list.add(ReviewBox.of("r" + (list.size() + 1), ReviewBox.Origin.REVIEWER, new Rect(num(f[1]), num(f[2]),
                    num(f[3]), num(f[4])), num(f[5])));
        } else if (f.length == 9) {
            Set<Integer> excluded = new TreeSet<>();
            if (!f[5].equals("-")) {
                Arrays.stream(f[5].split(",")).map(Integer::parseInt).forEach(excluded::add);
            }
            byInstance.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new ReviewBox(f[1],
                    ReviewBox.Origin.valueOf(f[2]), rect(f[3]), num(f[4]), excluded, f[6].equals("deleted"),
                    rect(f[7]), num(f[8])));
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static Rect rect(String s) {
        String[] p = s.split(",");
        return new Rect(num(p[0]), num(p[1]), num(p[2]), num(p[3]));
    }

    /**
     * The boxes of an instance: as stored, else those the run detected (ids {@code d1}...). An instance only known
     * from older six-field lines gets the detected boxes before its reviewer boxes.
     */
    public synchronized List<ReviewBox> of(String instance, List<Rect> detected) {
        List<ReviewBox> stored = byInstance.get(instance);
        if (stored != null && stored.stream().anyMatch(b -> b.origin() == ReviewBox.Origin.DETECTOR)) {
            return List.copyOf(stored);
        }
        List<ReviewBox> all = new ArrayList<>();
        for (Rect r : detected) {
            all.add(ReviewBox.of("d" + (all.size() + 1), ReviewBox.Origin.DETECTOR, r, -1));
        }
        if (stored != null) {
            all.addAll(stored);
        }
        return all;
    }

    /** A fresh id for a reviewer's box among {@code boxes}. */
    static String nextReviewerId(List<ReviewBox> boxes) {
        int max = 0;
        for (ReviewBox b : boxes) {
            if (b.id().startsWith("r")) {
                max = Math.max(max, Integer.parseInt(b.id().substring(1)));
            }
        }
        return "r" + (max + 1);
    }

    /** Stores the boxes of an instance (the whole file is rewritten atomically). */
    public synchronized void put(String instance, List<ReviewBox> boxes) throws IOException {
        byInstance.put(instance, List.copyOf(boxes));
        StringBuilder b = new StringBuilder();
        byInstance.forEach((id, list) -> list.forEach(x -> b.append(line(id, x))));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("boxes.tsv.tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String line(String instance, ReviewBox x) {
        String excluded = x.excluded().isEmpty() ? "-"
                : String.join(",", new TreeSet<>(x.excluded()).stream().map(String::valueOf).toList());
        return String.join("\t", instance, x.id(), x.origin().name(), csv(x.rect()), String.valueOf(x.frame()),
                excluded, x.deleted() ? "deleted" : "active", csv(x.first()), String.valueOf(x.firstFrame())) + "\n";
    }

    private static String csv(Rect r) {
        return r.x() + "," + r.y() + "," + r.width() + "," + r.height();
    }
}
