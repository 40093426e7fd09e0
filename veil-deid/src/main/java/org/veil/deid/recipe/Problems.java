package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Collects the problems of one recipe, each located at a YAML node (lines and columns counted from 1). */
final class Problems {
    private final String source;
    private final List<RecipeProblem> list = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** A problem at the start of a node. */
    void add(Node node, String message) {
        add(node.getStartMark(), 0, message);
    }

    /** A problem located in another file (a private dictionary the recipe names). */
    void add(RecipeProblem problem) {
        list.add(problem);
    }

    /** A problem at a line and column (from 1), for problems the YAML parser reports. */
    void add(int line, int column, String message) {
        list.add(new RecipeProblem(source, line, column, message));
    }

    /** A problem {@code offset} characters after a mark on the same line. */
    void add(Mark mark, int offset, String message) {
        list.add(new RecipeProblem(source, mark.getLine() + 1, mark.getColumn() + 1 + offset, message));
    }

    /**
     * An invalid value: at the offending part of a one-line scalar (a step of a path), else at the node's start.
     */
    void add(Node node, InvalidValue invalid) {
        int offset = 0;
        if (invalid.offset() > 0 && node instanceof ScalarNode s
                && s.getStartMark().getLine() == s.getEndMark().getLine()) {
            DumperOptions.ScalarStyle style = s.getScalarStyle();
            boolean quoted = style == DumperOptions.ScalarStyle.SINGLE_QUOTED
                    || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            if (quoted || style == DumperOptions.ScalarStyle.PLAIN) {
                offset = invalid.offset() + (quoted ? 1 : 0);
            }
        }
        add(node.getStartMark(), offset, invalid.getMessage());
    }

    /** {@code 12:5}: where a node starts. */
    static String at(Node node) {
        Mark m = node.getStartMark();
        return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    /** {@code recipe.yaml 12:5}: the source and where a node starts, for {@code source} fields of the engine. */
    String where(Node node) {
        return location(node).toString();
    }

    RecipeLocation location(Node node) {
        Mark m = node.getStartMark();
        return new RecipeLocation(source, m.getLine() + 1, m.getColumn() + 1);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The recipe's own problems sorted by position, then those of the files it names in the order found. */
    List<RecipeProblem> all() {
        List<RecipeProblem> sorted = new ArrayList<>(list);
        Comparator<RecipeProblem> position = Comparator.comparingInt(RecipeProblem::line)
                .thenComparingInt(RecipeProblem::column);
        sorted.sort(Comparator.comparing((RecipeProblem p) -> !p.source().equals(source))
                .thenComparing((a, b) -> a.source().equals(source) ? position.compare(a, b) : 0));
        return sorted;
    }
}
