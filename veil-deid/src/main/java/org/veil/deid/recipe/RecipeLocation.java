package org.veil.deid.recipe;

/**
 * Where something is in a recipe.
 *
 * @param source the recipe's name as given (usually its path)
 * @param line   the line, from 1
 * @param column the column, from 1
 */
public record RecipeLocation(String source, int line, int column) {

    /** {@code recipe.yaml 12:5}. */
    @Override
    public String toString() {
        return source + " " + line + ":" + column;
    }
}
