package org.veil.dicom.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately crude reader of the grid tables of PS3.6 Annex A for tests: each row's cells with their lines
 * concatenated without blanks, italics markers and zero-width spaces (enough to compare UIDs and squeezed type
 * names, independently of the generator's unwrapping).
 */
final class AnnexATable {
    private AnnexATable() {
    }

    /** One row: squeezed cell texts and whether its first cell was in italics. */
    record Row(List<String> cells, boolean italic) {
    }

    static List<Row> rows(Path rst, String title) {
        List<String> lines;
        try {
            lines = Files.readAllLines(rst, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = lines.indexOf(".. table:: " + title);
        if (i < 0) {
            throw new IllegalStateException("no table " + title);
        }
        while (!lines.get(i).contains("+===")) {
            i++;
        }
        List<Row> rows = new ArrayList<>();
        List<StringBuilder> current = null;
        for (i = i + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("+")) {
                if (current != null) {
                    rows.add(row(current));
                }
                current = null;
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            if (current == null) {
                current = new ArrayList<>();
                for (String ignored : cells) {
                    current.add(new StringBuilder());
                }
            }
            for (int c = 0; c < cells.length; c++) {
                current.get(c).append(cells[c].replace(" ", "").replace("\u200B", ""));
            }
        }
        return rows;
    }

    private static Row row(List<StringBuilder> cells) {
        List<String> texts = new ArrayList<>();
        for (StringBuilder b : cells) {
            texts.add(b.toString().replace("*", ""));
        }
        return new Row(texts, cells.get(0).toString().startsWith("*"));
    }

    /** A type or name squeezed like the cells: no blanks, lower case. */
    static String squeeze(String text) {
        return text.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
