package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.PrivateDictionary;
import org.veil.deid.engine.PrivateDictionary.Entry;
import org.veil.deid.engine.PrivateDictionary.PrivateAction;
import org.veil.dicom.VR;

/** User private dictionaries in CSV: what they hold, every problem with its file, line and column, recipe use. */
class PrivateDictionaryParserTest {
    private static final String HEADER = "creator,group,element,vr,action\n";

    private static PrivateDictionary parse(String text) throws RecipeException {
        return PrivateDictionaryParser.parse(text, "d.csv");
    }

    private static String problem(String text) {
        return assertThrows(RecipeException.class, () -> parse(text)).getMessage();
    }

    @Test
    void parse_entries_allSpellings() throws Exception {
        PrivateDictionary d = parse("# vendor notes\n\n" + HEADER + "SIEMENS CSA HEADER,0029,10,OB,keep\n"
                + "\"ACME, Inc.\", 0009 ,xx21,DA,shift-date\r\n\"Say \"\"hi\"\"\",00e1,0x2F,,REMOVE\n"
                + "X,0011,01,UI,remap-uid\nX,0011,02,LT,clean\n");
        assertEquals(List.of(new Entry("SIEMENS CSA HEADER", 0x0029, 0x10, VR.OB, PrivateAction.KEEP, "d.csv 4:1"),
                new Entry("ACME, Inc.", 0x0009, 0x21, VR.DA, PrivateAction.SHIFT_DATE, "d.csv 5:1"),
                new Entry("Say \"hi\"", 0x00E1, 0x2F, null, PrivateAction.REMOVE, "d.csv 6:1"),
                new Entry("X", 0x0011, 0x01, VR.UI, PrivateAction.REMAP_UID, "d.csv 7:1"),
                new Entry("X", 0x0011, 0x02, VR.LT, PrivateAction.CLEAN, "d.csv 8:1")), d.entries());
    }

    @Test
    void parse_headerOnly_isEmpty() throws Exception {
        assertTrue(parse(HEADER).isEmpty());
    }

    @Test
    void problems_eachLocated() {
        assertEquals("d.csv 1:1: empty dictionary (it needs the header line creator,group,element,vr,action)",
                problem("# nothing\n"));
        assertEquals("d.csv 1:1: expected the header line creator,group,element,vr,action, found creator,group,"
                + "element,action", problem("creator,group,element,action\n"));
        assertEquals("d.csv 2:1: expected 5 fields (creator,group,element,vr,action), found 4",
                problem(HEADER + "X,0029,10,keep\n"));
        assertEquals("d.csv 2:3: group '0028' is not a private group (4 hex digits, odd, 0009-FFFD)",
                problem(HEADER + "X,0028,10,OB,keep\n"));
        assertEquals("d.csv 2:8: element '1010' is not an offset in a private block: give its last two hex digits,"
                + " 10, xx10 or 0x10 for (gggg,xx10)", problem(HEADER + "X,0029,1010,OB,keep\n"));
        assertEquals("d.csv 2:11: unknown VR 'XY' (two capital letters from PS3.5, or empty)",
                problem(HEADER + "X,0029,10,XY,keep\n"));
        assertEquals("d.csv 2:14: unknown action 'kepp' (valid: keep, remove, clean, shift-date, remap-uid); did "
                + "you mean 'keep'?", problem(HEADER + "X,0029,10,OB,kepp\n"));
        assertEquals("d.csv 2:1: empty creator", problem(HEADER + ",0029,10,OB,keep\n"));
        assertEquals("d.csv 2:1: unterminated quoted field", problem(HEADER + "\"X,0029,10,OB,keep\n"));
        assertEquals("d.csv 2:2: quote inside an unquoted field (quote the whole field and double the quote)",
                problem(HEADER + "X\"Y,0029,10,OB,keep\n"));
    }

    @Test
    void problems_actionThatCannotApplyToTheVr() {
        assertEquals("d.csv 2:14: shift-date applies to DA, DT, TM and AS values, not OB",
                problem(HEADER + "X,0029,10,OB,shift-date\n"));
        assertEquals("d.csv 2:14: remap-uid applies to UI values, not LO",
                problem(HEADER + "X,0029,10,LO,remap-uid\n"));
        assertEquals("d.csv 2:14: clean applies to text values, not US", problem(HEADER + "X,0029,10,US,clean\n"));
    }

    @Test
    void problems_duplicateAndSeveralAtOnce() {
        assertEquals("d.csv 3:1: \"X\" (0029,xx10) is already defined at d.csv 2:1\n"
                + "d.csv 4:3: group '0030' is not a private group (4 hex digits, odd, 0009-FFFD)",
                problem(HEADER + "X,0029,10,OB,keep\nX,0029,xx10,OB,remove\nX,0030,10,OB,keep\n"));
    }

    @Test
    void recipe_dictionariesRelativeToTheRecipe(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dict"));
        Files.writeString(dir.resolve("dict/siemens.csv"), HEADER + "SIEMENS CSA HEADER,0029,10,OB,keep\n");
        Files.writeString(dir.resolve("ge.csv"), HEADER + "GEMS_PARM_01,0043,27,SH,remove\n");
        Path recipe = dir.resolve("recipe.yaml");
        Files.writeString(recipe, "veil-recipe: 1\nprivate:\n  dictionaries: [dict/siemens.csv, ge.csv]\n");
        Recipe r = RecipeParser.parse(recipe);
        assertEquals(List.of("SIEMENS CSA HEADER", "GEMS_PARM_01"),
                r.privateDictionary().entries().stream().map(Entry::creator).toList());
        assertEquals(dir.resolve("dict/siemens.csv") + " 2:1", r.privateDictionary().entries().get(0).source());
        DeidConfig c = r.applyTo(DeidConfig.builder()).build();
        assertEquals(r.privateDictionary(), c.privateDictionary());
    }

    @Test
    void recipe_withoutPrivateSection_leavesTheBuildersDictionary() throws Exception {
        PrivateDictionary d = parse(HEADER + "X,0029,10,OB,keep\n");
        DeidConfig c = RecipeParser.parse("veil-recipe: 1\n", "r.yaml").applyTo(DeidConfig.builder()
                .privateDictionary(d)).build();
        assertEquals(d, c.privateDictionary());
    }

    @Test
    void recipe_dictionaryProblems_areReportedWhereTheyAre(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), HEADER + "X,0029,10,OB,keep\n");
        Files.writeString(dir.resolve("b.csv"), HEADER + "Y,0029,10,OB,keep\nX,0029,10,OB,remove\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.csv"), HEADER + "Z,0029,10,OB,keeep\n");
        Path recipe = dir.resolve("r.yaml");
        Files.writeString(recipe, "veil-recipe: 1\nprivate:\n  dictionaries:\n    - a.csv\n    - b.csv\n"
                + "    - c.csv\n    - missing.csv\n");
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(recipe));
        assertEquals(recipe + " 7:7: private dictionary " + dir.resolve("missing.csv") + " not found (names are "
                + "relative to the recipe's directory)\n"
                + dir.resolve("b.csv") + " 3:1: \"X\" (0029,xx10) is already defined at " + dir.resolve("a.csv")
                + " 2:1\n" + dir.resolve("c.csv") + " 2:14: unknown action 'keeep' (valid: keep, remove, clean, "
                + "shift-date, remap-uid); did you mean 'keep'?", e.getMessage());
    }

    @Test
    void recipe_privateSection_unknownKey() {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(
                "veil-recipe: 1\nprivate:\n  dictionary: [a.csv]\n", "r.yaml"));
        assertEquals("r.yaml 3:3: unknown key 'dictionary' in private (valid: dictionaries)", e.getMessage());
    }
}
