package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.frame.Rect;

/** Boxes reviewers added to instances ({@code review/boxes.tsv}: instance id, x, y, width, height, frame or -1). */
public final class AddedBoxes {
    /** One added box. */
    public record Added(String instance, Rect box, int frame) {
    }

    private final Path file;
    private final List<Added> boxes = new ArrayList<>();

    public AddedBoxes(Path reviewDir) throws IOException {
        this.file = reviewDir.resolve("boxes.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 6) {
                    boxes.add(new Added(f[0], new Rect(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]), Integer.parseInt(f[4])), Integer.parseInt(f[5])));
                }
            }
        }
    }

    public synchronized void add(String instance, Rect r, int frame) throws IOException {
        boxes.add(new Added(instance, r, frame));
        Files.createDirectories(file.getParent());
        Files.writeString(file, instance + "\t" + r.x() + "\t" + r.y() + "\t" + r.width() + "\t" + r.height() + "\t"
                + frame + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public synchronized List<Added> of(String instance) {
        return boxes.stream().filter(a -> a.instance().equals(instance)).toList();
    }
}
