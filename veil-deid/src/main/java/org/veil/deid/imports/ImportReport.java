package org.veil.deid.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a translation did with each line of its input: translated exactly, translated with a difference (explained),
 * or not translatable (explained). Lines that only hold comments or layout are not listed.
 */
public final class ImportReport {
    /** How a line was translated. */
    public enum Status {
        EXACT("exact"), DIFFERENT("different"), UNTRANSLATABLE("NOT TRANSLATED");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One line of the input.
     *
     * @param line   1-based line number
     * @param text   the construct as written (trimmed, shortened)
     * @param status what happened
     * @param note   the difference or the reason; empty for exact lines
     */
    public record Entry(int line, String text, Status status, String note) {
    }

    private final String source;
    private final List<Entry> entries = new ArrayList<>();

    public ImportReport(String source) {
        this.source = source;
    }

    public void exact(int line, String text) {
        entries.add(new Entry(line, shorten(text), Status.EXACT, ""));
    }

    public void different(int line, String text, String note) {
        entries.add(new Entry(line, shorten(text), Status.DIFFERENT, note));
    }

    public void untranslatable(int line, String text, String reason) {
        entries.add(new Entry(line, shorten(text), Status.UNTRANSLATABLE, reason));
    }

    public String source() {
        return source;
    }

    /** Every entry in line order. */
    public List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::line));
        return sorted;
    }

    public long count(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** True when any line could not be translated. */
    public boolean hasUntranslatable() {
        return count(Status.UNTRANSLATABLE) > 0;
    }

    /** One line per entry, {@code file:12: exact: <text>}, then a count. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries()) {
            sb.append(source).append(':').append(e.line()).append(": ").append(e.status().label()).append(": ")
                    .append(e.text());
            if (!e.note().isEmpty()) {
                sb.append(" -- ").append(e.note());
            }
            sb.append('\n');
        }
        sb.append(count(Status.EXACT)).append(" exact, ").append(count(Status.DIFFERENT))
                .append(" with a difference, ").append(count(Status.UNTRANSLATABLE)).append(" not translated\n");
        return sb.toString();
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 100 ? t : t.substring(0, 97) + "...";
    }
}
