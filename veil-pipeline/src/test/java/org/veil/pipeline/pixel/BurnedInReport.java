package org.veil.pipeline.pixel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.veil.pixel.text.GrayImage;

/** Counts per category and the files of the test report folder (target/burned-in-report). */
final class BurnedInReport {
    static final Path FOLDER = Path.of("target", "burned-in-report");

    /** Counts of one image category. */
    static final class Counts {
        int images;
        int quarantined;
        int identifiers;
        int identifiersHidden;
        int changing;
        int changingHidden;
        int harmless;
        int harmlessKept;
        int areas;
        int areasOnIdentifiers;
        long pixelsChangedOutside;
        int identifierChars;
        int identifierCharsHidden;

        void add(Counts o) {
            images += o.images;
            quarantined += o.quarantined;
            identifiers += o.identifiers;
            identifiersHidden += o.identifiersHidden;
            changing += o.changing;
            changingHidden += o.changingHidden;
            harmless += o.harmless;
            harmlessKept += o.harmlessKept;
            areas += o.areas;
            areasOnIdentifiers += o.areasOnIdentifiers;
            pixelsChangedOutside += o.pixelsChangedOutside;
            identifierChars += o.identifierChars;
            identifierCharsHidden += o.identifierCharsHidden;
        }
    }

    final Map<String, Counts> byCategory = new LinkedHashMap<>();

    Counts of(String category) {
        return byCategory.computeIfAbsent(category, k -> new Counts());
    }

    Counts total() {
        Counts t = new Counts();
        byCategory.values().forEach(t::add);
        return t;
    }

    String markdown() {
        StringBuilder b = new StringBuilder("| category | images | quarantined | identifier boxes hidden (recall) | "
                + "identifier chars hidden | changing text hidden | removed areas on identifiers (precision) | "
                + "harmless words kept | pixels changed outside removed areas |\n|---|---|---|---|---|---|---|---|---|\n");
        byCategory.forEach((k, c) -> b.append(row(k, c)));
        b.append(row("**all**", total()));
        return b.toString();
    }

    private static String row(String name, Counts c) {
        return "| " + name + " | " + c.images + " | " + c.quarantined + " | " + ratio(c.identifiersHidden,
                c.identifiers) + " | " + ratio(c.identifierCharsHidden, c.identifierChars) + " | "
                + ratio(c.changingHidden, c.changing) + " | " + ratio(c.areasOnIdentifiers, c.areas) + " | "
                + ratio(c.harmlessKept, c.harmless) + " | " + c.pixelsChangedOutside + " |\n";
    }

    static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%d/%d (%.1f%%)", a, b, 100.0 * a / b);
    }

    /** Writes before and after side by side as one PNG. */
    static void png(String name, GrayImage before, GrayImage after) throws IOException {
        Files.createDirectories(FOLDER);
        int w = before.width() + 8 + after.width();
        int h = Math.max(before.height(), after.height());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        draw(img, before, 0);
        draw(img, after, before.width() + 8);
        ImageIO.write(img, "png", FOLDER.resolve(name + ".png").toFile());
    }

    private static void draw(BufferedImage img, GrayImage g, int x0) {
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                int v = g.get(x, y);
                img.setRGB(x0 + x, y, 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
    }
}
