package org.veil.pipeline.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.veil.deid.recipe.RecipeException;
import org.veil.deid.recipe.RecipeParser;
import org.veil.pixel.redact.RuleFormatException;
import org.veil.pixel.redact.RuleLibrary;

/**
 * Checks written import output with the parsers {@code veil deid} uses, so that an import never hands over a file
 * that {@code veil deid} would refuse.
 */
public final class ImportCheck {
    private ImportCheck() {
    }

    /**
     * @throws IOException         when a file cannot be read
     * @throws RecipeException     when the recipe (or a lookup table it names) is not valid
     * @throws RuleFormatException when pixel rules (the output or those a recipe names) are not valid
     */
    public static void check(ImportFormat format, Path written) throws IOException, RecipeException,
            RuleFormatException {
        if (format.pixelRules()) {
            RuleLibrary.load(List.of(written.toString()), null);
            return;
        }
        var recipe = RecipeParser.parse(written);
        RuleLibrary.load(recipe.pixelRules(), null);
    }
}
