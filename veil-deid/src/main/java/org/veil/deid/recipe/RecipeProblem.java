package org.veil.deid.recipe;

/**
 * One problem in a recipe, with where it is.
 *
 * @param source  the recipe's name as given (usually its path)
 * @param line    the line, from 1
 * @param column  the column, from 1
 * @param message what is wrong, e.g. {@code unknown action 'erase' (valid: remove, ...)}
 */
public record RecipeProblem(String source, int line, int column, String message) {

    /** A problem at a location. */
    public static RecipeProblem at(RecipeLocation where, String message) {
        return new RecipeProblem(where.source(), where.line(), where.column(), message);
    }

    /** Where the problem is. */
    public RecipeLocation where() {
        return new RecipeLocation(source, line, column);
    }

    /** {@code recipe.yaml 12:7: unknown action 'erase' (valid: ...)}. */
    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
