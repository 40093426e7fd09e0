package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaceSectionTest {

    @Test
    void parse_fullSection_readsEveryChoice() throws Exception {
        Recipe r = RecipeParser.parse("""
                veil-recipe: 1
                deface:
                  modalities: MR
                  head-body-parts: [head, "Brain", HEAD]
                  series-description:
                    include: ["*T1*", "MPRAGE?"]
                    exclude: "*LOCALI?ER*"
                  detected-head: false
                  ears: true
                  unprocessable: stop
                """, "recipe.yaml");
        assertEquals(new DefaceChoices(Optional.of(List.of("MR")), Optional.of(List.of("HEAD", "BRAIN")),
                List.of("*T1*", "MPRAGE?"), List.of("*LOCALI?ER*"), Optional.of(false), Optional.of(true),
                Optional.of("stop")), r.deface());
    }

    @Test
    void parse_noSection_none() throws Exception {
        assertEquals(DefaceChoices.NONE, RecipeParser.parse("veil-recipe: 1\n", "recipe.yaml").deface());
        assertEquals(DefaceChoices.NONE, RecipeParser.parse("veil-recipe: 1\ndeface: {}\n", "recipe.yaml").deface());
    }

    @Test
    void parse_badValues_allReportedWithLineAndColumn() {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse("""
                veil-recipe: 1
                deface:
                  modalities: [CT, US]
                  head-body-parts: [HEAD, "HEAD/NECK"]
                  series-description: {include: [""], exlude: ["*"]}
                  detected-head: yes
                  ears: 1
                  unprocessable: quarantine-all
                  eras: true
                """, "recipe.yaml"));
        assertEquals(List.of(
                "recipe.yaml 3:20: unknown modality for defacing 'US' (valid: CT, MR)",
                "recipe.yaml 4:27: body part 'HEAD/NECK' is not a Body Part Examined value (letters, digits, space "
                        + "and underscore, at most 16 characters)",
                "recipe.yaml 5:34: empty Series Description pattern (use \"*\" for any description)",
                "recipe.yaml 5:39: unknown key 'exlude' in series-description (valid: include, exclude); did you "
                        + "mean 'exclude'?",
                "recipe.yaml 6:18: expected true or false, found 'yes'",
                "recipe.yaml 7:9: expected true or false, found '1'",
                "recipe.yaml 8:18: unknown choice for unprocessable series 'quarantine-all' (valid: quarantine, "
                        + "stop)",
                "recipe.yaml 9:3: unknown key 'eras' in the deface section (valid: modalities, head-body-parts, "
                        + "series-description, detected-head, ears, unprocessable); did you mean 'ears'?"),
                e.problems().stream().map(RecipeProblem::toString).toList());
    }

    @Test
    void parse_emptyBodyPartList_refused() {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(
                "veil-recipe: 1\ndeface:\n  head-body-parts: []\n", "recipe.yaml"));
        assertEquals("recipe.yaml 3:20: head-body-parts needs at least one body part (leave the key out for the "
                + "defaults)", e.problems().get(0).toString());
    }
}
