package org.veil.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.recipe.Recipe;
import org.veil.deid.recipe.RecipeException;
import org.veil.deid.recipe.RecipeParser;

/**
 * The recipe parser on any text: it returns a recipe that compiles into a de-identifier, or throws a
 * {@link RecipeException} listing located problems. Private dictionaries are looked up in an empty folder.
 */
class RecipeFuzzTest {
    private static final Path NOWHERE = Path.of("target", "fuzz-recipe-base");

    @MethodSource("org.veil.fuzz.Seeds#recipes")
    @FuzzTest
    void parse(@NotNull String text) {
        try {
            Recipe recipe = RecipeParser.parse(text, "fuzz.yaml", NOWHERE);
            if (recipe != null) {
                new Deidentifier(recipe.applyTo(DeidConfig.builder()).build());
            }
        } catch (RecipeException refused) {
            // located problems, reported to the user
        }
    }
}
