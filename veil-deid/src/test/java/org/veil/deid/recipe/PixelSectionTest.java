package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PixelSectionTest {

    @Test
    void parse_pixelsSection_readsPolicyEraseAndKeepList() throws Exception {
        Recipe r = RecipeParser.parse("veil-recipe: 1\npixels:\n  policy: quarantine\n  erase: fill\n"
                + "  keep: [LOGIQ, Sono]\n  built-in-keep-list: false\n", "recipe.yaml");
        assertEquals(new PixelSettings(Optional.of("quarantine"), Optional.of("fill"), List.of("LOGIQ", "Sono"),
                false), r.pixels());
    }

    @Test
    void parse_noPixelsSection_none() throws Exception {
        assertEquals(PixelSettings.NONE, RecipeParser.parse("veil-recipe: 1\n", "recipe.yaml").pixels());
    }

    @Test
    void parse_unknownPolicy_locatedProblemWithTheValidWords() {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(
                "veil-recipe: 1\npixels:\n  policy: detekt\n", "recipe.yaml"));
        assertTrue(e.getMessage().contains("recipe.yaml 3:11"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown pixel policy 'detekt' (valid: detect, rules, quarantine)"),
                e.getMessage());
    }

    @Test
    void parse_unknownKey_refused() {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(
                "veil-recipe: 1\npixels:\n  polcy: detect\n", "recipe.yaml"));
        assertFalse(e.getMessage().isEmpty());
    }
}
