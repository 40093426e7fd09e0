package org.veil.deid.recipe;

import java.util.List;

/**
 * A recipe that cannot be used. The message lists every problem found, one per line, each as
 * {@code file line:column: message}; {@link #problems()} gives them one by one.
 */
public final class RecipeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RecipeProblem> problems;

    public RecipeException(List<RecipeProblem> problems) {
        super(joined(problems));
        this.problems = List.copyOf(problems);
    }

    public RecipeException(RecipeProblem problem) {
        this(List.of(problem));
    }

    /** The problems in the order of their position in the file. */
    public List<RecipeProblem> problems() {
        return problems;
    }

    private static String joined(List<RecipeProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RecipeException needs at least one problem");
        }
        StringBuilder sb = new StringBuilder();
        for (RecipeProblem p : problems) {
            sb.append(sb.length() == 0 ? "" : "\n").append(p);
        }
        return sb.toString();
    }
}
