package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.profile.ProfileOption;

/**
 * Every kind of recipe problem, with its exact message and the line and column of the node at fault (counted by hand
 * from the recipe text: lines and columns from 1).
 */
class RecipeErrorTest {
    private static final String ACTIONS = "remove, empty, dummy, keep, clean, remap-uid, shift-date, pseudonym, "
            + "replace, lookup";
    private static final String OPTIONS = "retain-safe-private, retain-uids, retain-device-identity, "
            + "retain-institution-identity, retain-patient-characteristics, retain-long-full-dates, "
            + "retain-long-modified-dates, clean-descriptors, clean-structured-content, clean-graphics, "
            + "clean-pixel-data, clean-recognizable-visual-features";

    private static List<String> problems(String yaml) {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(yaml, "recipe.yaml"));
        return e.problems().stream().map(RecipeProblem::toString).toList();
    }

    private static void assertProblem(String expected, String yaml) {
        assertEquals(List.of(expected), problems(yaml));
    }

    /** A recipe with one rule whose lines follow {@code rules:} (line 3 on). */
    private static String rule(String lines) {
        return "veil-recipe: 1\nrules:\n" + lines;
    }

    // --- YAML and the top level -------------------------------------------------------------------------------

    @Test
    void parse_yamlSyntaxError_namesYamlProblemAtItsPosition() {
        assertProblem("recipe.yaml 3:11: YAML syntax: mapping values are not allowed here",
                rule("  - tag: a: b\n"));
    }

    @Test
    void parse_emptyText_isEmptyRecipe() {
        assertProblem("recipe.yaml 1:1: empty recipe (it needs at least 'veil-recipe: 1')", "");
        assertProblem("recipe.yaml 1:1: empty recipe (it needs at least 'veil-recipe: 1')", "# nothing\n");
    }

    @Test
    void parse_topLevelList_expectsMapping() {
        assertProblem("recipe.yaml 1:1: expected the recipe (a mapping), found a list", "- veil-recipe: 1\n");
    }

    @Test
    void parse_noVersion_asksForVersion() {
        assertProblem("recipe.yaml 1:1: missing 'veil-recipe: 1' (the format version)", "options: [retain-uids]\n");
    }

    @Test
    void parse_otherVersion_isUnsupported() {
        assertProblem("recipe.yaml 1:14: unsupported recipe version 2 (this Veil reads veil-recipe: 1)",
                "veil-recipe: 2\n");
        assertProblem("recipe.yaml 1:14: expected an integer, found 'one'", "veil-recipe: one\n");
    }

    @Test
    void parse_unknownTopLevelKey_suggestsClosest() {
        assertProblem("recipe.yaml 2:1: unknown key 'rule' in the recipe (valid: veil-recipe, description, options, "
                + "identifiers, pseudonyms, dates, unlisted, rules, private, filters, built-in-filters, pixel-rules, "
                + "patient-identity, pixels, deface); did you mean 'rules'?",
                "veil-recipe: 1\nrule: []\n");
    }

    @Test
    void parse_duplicateKey_namesFirst() {
        assertProblem("recipe.yaml 5:5: duplicate key 'action' (first at 4:5)",
                rule("  - tag: SeriesDescription\n    action: keep\n    action: remove\n"));
    }

    @Test
    void parse_manyProblems_allReportedInFileOrder() {
        assertEquals(List.of(
                "recipe.yaml 2:11: unknown option 'retain-uid' (valid: " + OPTIONS + "); did you mean 'retain-uids'?",
                "recipe.yaml 5:13: unknown action 'erase' (valid: " + ACTIONS + ")",
                "recipe.yaml 6:10: unknown keyword 'PatientNam' (not in the PS3.6 data dictionary); did you mean "
                        + "'PatientName'?"),
                problems("veil-recipe: 1\noptions: [retain-uid]\nrules:\n  - tag: SeriesDescription\n"
                        + "    action: erase\n  - tag: PatientNam\n    action: keep\n"));
    }

    @Test
    void parse_notUtf8File_isProblemAtStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeParser.parse(file));
        assertEquals(file + " 1:1: not UTF-8 text", e.getMessage());
    }

    // --- types --------------------------------------------------------------------------------------------------

    @Test
    void parse_wrongTypes_sayWhatWasExpectedAndFound() {
        assertProblem("recipe.yaml 2:10: expected a list, found 'retain-uids'", "veil-recipe: 1\noptions: retain-uids\n");
        assertProblem("recipe.yaml 2:8: expected a list, found a mapping", "veil-recipe: 1\nrules: {tag: X}\n");
        assertProblem("recipe.yaml 2:9: expected a rule (a mapping), found 'keep'", "veil-recipe: 1\nrules: [keep]\n");
        assertProblem("recipe.yaml 5:12: expected text, found a list",
                rule("  - tag: InstitutionName\n    action: replace\n    value: [a, b]\n"));
        assertProblem("recipe.yaml 2:19: expected true or false, found 'no'", "veil-recipe: 1\nbuilt-in-filters: no\n");
    }

    // --- options --------------------------------------------------------------------------------------------------

    @Test
    void parse_unknownOption_listsValidAndSuggests() {
        assertProblem("recipe.yaml 2:11: unknown option 'retain-uid' (valid: " + OPTIONS + "); did you mean "
                + "'retain-uids'?", "veil-recipe: 1\noptions: [retain-uid]\n");
    }

    @Test
    void parse_optionTwice_namesFirst() {
        assertProblem("recipe.yaml 2:24: option retain-uids is listed twice (first at 2:11)",
                "veil-recipe: 1\noptions: [retain-uids, retain-uids]\n");
    }

    @Test
    void parse_exclusiveOptions_namesBoth() {
        assertProblem("recipe.yaml 2:35: option retain-long-modified-dates excludes retain-long-full-dates (at 2:11)",
                "veil-recipe: 1\noptions: [retain-long-full-dates, retain-long-modified-dates]\n");
    }

    @Test
    void parse_datePolicyAgainstOption_namesBoth() {
        assertProblem("recipe.yaml 3:17: date policy shift (option retain-long-modified-dates) excludes "
                + "retain-long-full-dates (at 2:11)",
                "veil-recipe: 1\noptions: [retain-long-full-dates]\ndates: {policy: shift}\n");
    }

    @Test
    void applyTo_optionExcludedByCommandLine_namesRecipePosition() throws Exception {
        Recipe r = RecipeParser.parse("veil-recipe: 1\noptions: [retain-long-modified-dates]\n", "recipe.yaml");
        DeidConfig.Builder b = DeidConfig.builder().option(ProfileOption.RETAIN_LONG_FULL_DATES);
        RecipeException e = assertThrows(RecipeException.class, () -> r.applyTo(b));
        assertEquals("recipe.yaml 2:11: option retain-long-modified-dates excludes retain-long-full-dates, which is "
                + "already selected (on the command line)", e.getMessage());
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    @Test
    void parse_unknownAction_listsValidActions() {
        assertProblem("recipe.yaml 4:13: unknown action 'erase' (valid: " + ACTIONS + ")",
                rule("  - tag: SeriesDescription\n    action: erase\n"));
        assertProblem("recipe.yaml 4:13: unknown action 'kepe' (valid: " + ACTIONS + "); did you mean 'keep'?",
                rule("  - tag: SeriesDescription\n    action: kepe\n"));
    }

    @Test
    void parse_unknownRuleKey_suggestsClosest() {
        assertProblem("recipe.yaml 4:5: unknown key 'acton' in a rule (valid: tag, path, private, action, value, "
                + "days, table, miss); did you mean 'action'?", rule("  - tag: SeriesDescription\n    acton: keep\n    action: keep\n"));
    }

    @Test
    void parse_ruleWithoutAction_asksForAction() {
        assertProblem("recipe.yaml 3:5: a rule needs an action (" + ACTIONS + ")", rule("  - tag: SeriesDescription\n"));
    }

    @Test
    void parse_ruleWithoutSelector_asksForOne() {
        assertProblem("recipe.yaml 3:5: a rule needs one of tag, path or private", rule("  - action: keep\n"));
    }

    @Test
    void parse_ruleWithTwoSelectors_isRefused() {
        assertProblem("recipe.yaml 4:5: a rule has one selector, found tag and path",
                rule("  - tag: SeriesDescription\n    path: ContentSequence/TextValue\n    action: remove\n"));
    }

    @Test
    void parse_replaceWithoutValue_asksForValue() {
        assertProblem("recipe.yaml 4:13: action replace needs a value",
                rule("  - tag: InstitutionName\n    action: replace\n"));
    }

    @Test
    void parse_valueWithOtherAction_isRefused() {
        assertProblem("recipe.yaml 5:5: value applies only to action replace, not keep",
                rule("  - tag: InstitutionName\n    action: keep\n    value: SITE\n"));
    }

    @Test
    void parse_duplicateRule_namesFirst() {
        assertProblem("recipe.yaml 5:5: duplicate rule for SeriesDescription (0008,103E) (first at 3:5)",
                rule("  - tag: SeriesDescription\n    action: keep\n  - tag: \"(0008,103E)\"\n    action: remove\n"));
    }

    // --- tags -----------------------------------------------------------------------------------------------------

    private static String tagRule(String tag) {
        return rule("  - tag: " + tag + "\n    action: remove\n");
    }

    @Test
    void parse_unknownKeyword_suggestsClosest() {
        assertProblem("recipe.yaml 3:10: unknown keyword 'SeriesDescripton' (not in the PS3.6 data dictionary); did "
                + "you mean 'SeriesDescription'?", tagRule("SeriesDescripton"));
        assertProblem("recipe.yaml 3:10: unknown keyword 'seriesdescription' (not in the PS3.6 data dictionary); did "
                + "you mean 'SeriesDescription'?", tagRule("seriesdescription"));
        assertProblem("recipe.yaml 3:10: unknown keyword 'Xyzzy' (not in the PS3.6 data dictionary)",
                tagRule("Xyzzy"));
    }

    @Test
    void parse_malformedTag_isRefused() {
        assertProblem("recipe.yaml 3:10: malformed tag '(0010,001G)' (expected a keyword or (gggg,eeee) in hex "
                + "digits)", tagRule("\"(0010,001G)\""));
        assertProblem("recipe.yaml 3:10: malformed tag '(0010,00100)' (expected a keyword or (gggg,eeee) in hex "
                + "digits)", tagRule("\"(0010,00100)\""));
    }

    @Test
    void parse_privateTagInTagRule_pointsToPrivateSelector() {
        assertProblem("recipe.yaml 3:10: (0029,1010) is private: its element number depends on the block its creator "
                + "reserved, so select it with 'private: {creator, group, element}'", tagRule("\"(0029,1010)\""));
    }

    @Test
    void parse_tagsThatAreNotAttributes_areRefused() {
        assertProblem("recipe.yaml 3:10: (0002,0010) is a file meta element, not part of the data set",
                tagRule("\"(0002,0010)\""));
        assertProblem("recipe.yaml 3:10: (0008,0000) is a group length, which the engine always removes",
                tagRule("\"(0008,0000)\""));
        assertProblem("recipe.yaml 3:10: (FFFE,E000) is an item or delimiter tag, not an attribute",
                tagRule("\"(FFFE,E000)\""));
        assertProblem("recipe.yaml 3:10: (0003,0010) is in group 0003, which is not used (PS3.5 7.8: odd groups "
                + "0001-0007 and FFFF)", tagRule("\"(0003,0010)\""));
    }

    @Test
    void parse_repeatingGroupKeyword_asksForOneGroup() {
        assertProblem("recipe.yaml 3:10: keyword OverlayData names a repeating group (60xx,3000); give the tag of one "
                + "group, e.g. (6000,3000)", tagRule("OverlayData"));
    }

    // --- paths ----------------------------------------------------------------------------------------------------

    private static String pathRule(String path) {
        return rule("  - path: " + path + "\n    action: remove\n");
    }

    @Test
    void parse_pathWithUnknownKeyword_pointsAtTheStep() {
        assertProblem("recipe.yaml 3:30: unknown keyword 'TextValu' (not in the PS3.6 data dictionary); did you mean "
                + "'TextValue'?", pathRule("\"ContentSequence/*/TextValu\""));
        assertProblem("recipe.yaml 3:29: unknown keyword 'TextValu' (not in the PS3.6 data dictionary); did you mean "
                + "'TextValue'?", pathRule("ContentSequence/*/TextValu"));
    }

    @Test
    void parse_pathThroughNonSequence_isRefused() {
        assertProblem("recipe.yaml 3:11: PatientName (0010,0010) is PN, not a sequence", pathRule("PatientName/TextValue"));
    }

    @Test
    void parse_pathItemErrors_pointAtTheItem() {
        assertProblem("recipe.yaml 3:27: malformed item '[0]' (expected [n] with n from 1, or [*])",
                pathRule("\"ContentSequence[0]/TextValue\""));
        assertProblem("recipe.yaml 3:27: malformed item '[x]' (expected [n] with n from 1, or [*])",
                pathRule("\"ContentSequence[x]/TextValue\""));
        assertProblem("recipe.yaml 3:31: '*' follows a step that already says which item",
                pathRule("\"ContentSequence[2]/*/TextValue\""));
        assertProblem("recipe.yaml 3:37: a path ends with the attribute it selects; items ([n], [*] or '*') belong to "
                + "the sequences before it", pathRule("\"ContentSequence/TextValue[1]\""));
        assertProblem("recipe.yaml 3:27: a path ends with the attribute it selects; items ([n], [*] or '*') belong to "
                + "the sequences before it", pathRule("ContentSequence/*"));
    }

    @Test
    void parse_pathShapeErrors_areRefused() {
        assertProblem("recipe.yaml 3:11: a path cannot start with '*': name the sequence first",
                pathRule("\"*/TextValue\""));
        assertProblem("recipe.yaml 3:28: empty step in path (two '/' in a row, or '/' at an end)",
                pathRule("\"ContentSequence//TextValue\""));
        assertProblem("recipe.yaml 3:11: empty path", pathRule("\"\""));
        assertProblem("recipe.yaml 3:11: (0029,1010) is private: paths name standard attributes (select private "
                + "elements with 'private: {creator, group, element}')", pathRule("\"(0029,1010)/TextValue\""));
    }

    // --- private selectors ----------------------------------------------------------------------------------------

    private static String privateRule(String lines) {
        return rule("  - private:\n" + lines + "    action: keep\n");
    }

    @Test
    void parse_privateWithoutCreator_asksForCreator() {
        assertProblem("recipe.yaml 4:7: a private selector needs 'creator', the Private Creator value (e.g. \"SIEMENS "
                + "CSA HEADER\")", privateRule("      group: \"0029\"\n      element: \"10\"\n"));
    }

    @Test
    void parse_privateWithoutElement_asksForElement() {
        assertProblem("recipe.yaml 4:7: a private selector needs 'element', the offset in the creator's block (\"10\" "
                + "for (gggg,xx10))", privateRule("      creator: SIEMENS CSA HEADER\n"));
    }

    @Test
    void parse_privateGroupNotPrivate_isRefused() {
        assertProblem("recipe.yaml 5:14: group '0028' is not a private group (4 hex digits, odd, 0009-FFFD)",
                privateRule("      creator: SIEMENS CSA HEADER\n      group: \"0028\"\n      element: \"10\"\n"));
    }

    @Test
    void parse_privateElementWithBlock_asksForOffset() {
        assertProblem("recipe.yaml 5:16: element '1010' is not an offset in a private block: give its last two hex "
                + "digits, \"10\" or \"xx10\" for (gggg,xx10) (xx, the block, differs from file to file)",
                privateRule("      creator: SIEMENS CSA HEADER\n      element: \"1010\"\n"));
    }

    @Test
    void parse_privateCreatorWithSpaces_wouldNeverMatch() {
        assertProblem("recipe.yaml 4:16: creator 'SIEMENS CSA HEADER ' has leading or trailing spaces; creators are "
                + "compared without them, so this rule would never match",
                privateRule("      creator: \"SIEMENS CSA HEADER \"\n      element: \"10\"\n"));
    }

    @Test
    void parse_privateUnknownKey_suggestsClosest() {
        assertProblem("recipe.yaml 5:7: unknown key 'elemnt' in a private selector (valid: creator, group, element); "
                + "did you mean 'element'?", privateRule("      creator: X\n      elemnt: \"10\"\n      element: \"10\"\n"));
    }

    // --- actions against VRs --------------------------------------------------------------------------------------

    private static String actionRule(String tag, String action) {
        return rule("  - tag: " + tag + "\n    action: " + action + "\n");
    }

    @Test
    void parse_actionThatCannotApplyToTheVr_isRefused() {
        assertProblem("recipe.yaml 4:13: action remap-uid applies to UID (UI) attributes; SeriesDescription (0008,103E) "
                + "is LO", actionRule("SeriesDescription", "remap-uid"));
        assertProblem("recipe.yaml 4:13: action shift-date applies to dates and ages (DA, DT, AS; a whole-day shift "
                + "leaves TM unchanged); StudyTime (0008,0030) is TM", actionRule("StudyTime", "shift-date"));
        assertProblem("recipe.yaml 4:13: action clean applies to text attributes; Rows (0028,0010) is US",
                actionRule("Rows", "clean"));
        assertProblem("recipe.yaml 4:13: action replace applies to text attributes; Rows (0028,0010) is US",
                rule("  - tag: Rows\n    action: replace\n    value: \"512\"\n"));
    }

    @Test
    void parse_pseudonymOnOtherAttribute_listsIdentifiers() {
        assertProblem("recipe.yaml 4:13: action pseudonym applies to tag rules for AccessionNumber (0008,0050), "
                + "PatientName (0010,0010), PatientID (0010,0020), OtherPatientIDs (0010,1000), StudyID (0020,0010)",
                actionRule("InstitutionName", "pseudonym"));
    }

    @Test
    void parse_replacementValueNotFittingVr_isRefused() {
        String long65 = "A".repeat(65);
        assertProblem("recipe.yaml 5:12: value of 65 characters is longer than the 64 LO allows for InstitutionName "
                + "(0008,0080)", rule("  - tag: InstitutionName\n    action: replace\n    value: " + long65 + "\n"));
        assertProblem("recipe.yaml 5:12: value for Modality (0008,0060) must be ASCII (CS uses the default character "
                + "repertoire)", rule("  - tag: Modality\n    action: replace\n    value: \u00c9CHO\n"));
    }

    // --- filters --------------------------------------------------------------------------------------------------

    /** A recipe with one filter whose lines follow {@code filters:} (line 3 on). */
    private static String filter(String lines) {
        return "veil-recipe: 1\nfilters:\n" + lines;
    }

    @Test
    void parse_filterWithoutThen_asksForDecision() {
        assertProblem("recipe.yaml 3:5: a filter needs 'then' (process, skip, reject)",
                filter("  - when: {modality: CT}\n"));
    }

    @Test
    void parse_unknownDecision_listsValid() {
        assertProblem("recipe.yaml 4:11: unknown decision 'drop' (valid: process, skip, reject)",
                filter("  - when: {modality: CT}\n    then: drop\n"));
    }

    @Test
    void parse_unknownWhenKey_suggestsClosest() {
        assertProblem("recipe.yaml 4:7: unknown key 'sopclass' in 'when' (valid: sop-class, modality, attribute); did "
                + "you mean 'sop-class'?",
                filter("  - when:\n      sopclass: \"1.2.840.10008.5.1.4.1.1.7\"\n    then: reject\n"));
    }

    @Test
    void parse_badSopClass_isRefused() {
        assertProblem("recipe.yaml 4:18: malformed SOP Class UID '1.2.840.10008.5.1.4.1.1.7.*.3' (expected digits and "
                + "dots, at most 64 characters, optionally ending in * to match a prefix)",
                filter("  - when:\n      sop-class: \"1.2.840.10008.5.1.4.1.1.7.*.3\"\n    then: reject\n"));
        assertProblem("recipe.yaml 4:18: unknown SOP class 'Secondary Capture Image Storag' (not a PS3.4 SOP class "
                + "name); did you mean 'Secondary Capture Image Storage'?",
                filter("  - when:\n      sop-class: Secondary Capture Image Storag\n    then: reject\n"));
    }

    @Test
    void parse_modalityNotACodeString_isRefused() {
        assertProblem("recipe.yaml 4:18: modality 'ct' is not a code string (upper case letters, digits, underscore; at "
                + "most 16 characters), e.g. CT", filter("  - when:\n      modality: [ct]\n    then: skip\n"));
    }

    @Test
    void parse_emptyCriteria_areRefused() {
        assertProblem("recipe.yaml 4:17: empty list (leave the key out to match any value)",
                filter("  - when:\n      modality: []\n    then: skip\n"));
        assertProblem("recipe.yaml 3:11: empty 'when' (leave it out to match every instance)",
                filter("  - when: {}\n    then: skip\n"));
        assertProblem("recipe.yaml 4:18: empty attribute values (leave 'attribute' out to match any instance)",
                filter("  - when:\n      attribute: {}\n    then: skip\n"));
    }

    @Test
    void parse_filterAttributeProblems_areLocated() {
        assertProblem("recipe.yaml 5:9: (0029,1010) is private: filters test standard attributes",
                filter("  - when:\n      attribute:\n        \"(0029,1010)\": X\n    then: reject\n"));
        assertProblem("recipe.yaml 5:29: expected text, found nothing",
                filter("  - when:\n      attribute:\n        BurnedInAnnotation: ~\n    then: reject\n"));
        assertProblem("recipe.yaml 6:9: duplicate attribute BurnedInAnnotation (0028,0301) (first at 5:9)",
                filter("  - when:\n      attribute:\n        BurnedInAnnotation: \"YES\"\n"
                        + "        \"(0028,0301)\": \"NO\"\n    then: reject\n"));
        assertProblem("recipe.yaml 4:18: expected attribute values (a mapping such as {BurnedInAnnotation: \"YES\"}), "
                + "found 'BurnedInAnnotation'", filter("  - when:\n      attribute: BurnedInAnnotation\n    then: reject\n"));
    }

    @Test
    void parse_unknownUnlessOption_listsValid() {
        assertProblem("recipe.yaml 4:14: unknown option 'clean-pixels' (valid: " + OPTIONS + ")",
                filter("  - then: reject\n    unless: [clean-pixels]\n"));
    }

    // --- identifiers and pseudonyms -------------------------------------------------------------------------------

    @Test
    void parse_unknownIdentifierPolicy_listsValid() {
        assertProblem("recipe.yaml 2:14: unknown identifier policy 'hash' (valid: pseudonymize, profile)",
                "veil-recipe: 1\nidentifiers: hash\n");
    }

    @Test
    void parse_unknownPseudonymKind_suggestsClosest() {
        assertProblem("recipe.yaml 2:14: unknown key 'patient-ids' in pseudonyms (valid: patient-id, patient-name, "
                + "accession-number, study-id, other-patient-id); did you mean 'patient-id'?",
                "veil-recipe: 1\npseudonyms: {patient-ids: \"P{hash}\"}\n");
    }

    @Test
    void parse_invalidPseudonymPatterns_areRefused() {
        assertProblem("recipe.yaml 2:26: patient-id: pseudonym pattern 'STUDY1' has no {hash} placeholder",
                "veil-recipe: 1\npseudonyms: {patient-id: STUDY1}\n");
        assertProblem("recipe.yaml 2:32: accession-number: ACCESSION_NUMBER pattern ACC-{hash:16} makes 20 characters, "
                + "more than the 16 of SH", "veil-recipe: 1\npseudonyms: {accession-number: \"ACC-{hash:16}\"}\n");
        assertProblem("recipe.yaml 2:26: patient-id: pseudonym pattern 'P{counter}': unknown placeholder {counter} at "
                + "1; only {hash} and {hash:N} exist, because pseudonyms are derived from the key alone and a counter "
                + "would need shared state", "veil-recipe: 1\npseudonyms: {patient-id: \"P{counter}\"}\n");
        assertProblem("recipe.yaml 2:26: patient-id: pseudonym hash length must be 1..51, got 60",
                "veil-recipe: 1\npseudonyms: {patient-id: \"{hash:60}\"}\n");
    }

    @Test
    void parse_pseudonymsWithProfileIdentifiers_exclusive() {
        assertProblem("recipe.yaml 3:1: pseudonyms apply only with identifiers: pseudonymize (identifiers: profile at "
                + "2:14)", "veil-recipe: 1\nidentifiers: profile\npseudonyms: {patient-id: \"P{hash}\"}\n");
    }

    // --- dates ----------------------------------------------------------------------------------------------------

    @Test
    void parse_datesWithoutPolicy_asksForPolicy() {
        assertProblem("recipe.yaml 2:8: dates needs a policy (keep, shift, safe-harbor)",
                "veil-recipe: 1\ndates: {range: [-10, -1]}\n");
        assertProblem("recipe.yaml 2:17: unknown date policy 'remove' (valid: keep, shift, safe-harbor)",
                "veil-recipe: 1\ndates: {policy: remove}\n");
    }

    @Test
    void parse_rangeWithoutShift_isRefused() {
        assertProblem("recipe.yaml 2:30: range applies to date policy shift only, not safe-harbor",
                "veil-recipe: 1\ndates: {policy: safe-harbor, range: [-10, -1]}\n");
    }

    @Test
    void parse_invalidShiftRanges_areRefused() {
        String head = "veil-recipe: 1\ndates: {policy: shift, range: ";
        assertProblem("recipe.yaml 2:31: range needs two integers [min, max] in days, found 3 values",
                head + "[-10, -5, -1]}\n");
        assertProblem("recipe.yaml 2:31: date shift range -1..-10 is empty", head + "[-1, -10]}\n");
        assertProblem("recipe.yaml 2:31: date shift range -40000..-1 exceeds +-36525 days", head + "[-40000, -1]}\n");
        assertProblem("recipe.yaml 2:31: date shift range -30..30 holds 0: some patients' dates would stay unchanged",
                head + "[-30, 30]}\n");
        assertProblem("recipe.yaml 2:37: expected an integer, found 'x'", head + "[-30, \"x\"]}\n");
        assertProblem("recipe.yaml 2:37: expected an integer, found '1.5'", head + "[-30, 1.5]}\n");
        assertProblem("recipe.yaml 2:31: expected a list, found '-30'", head + "-30}\n");
    }

    // --- unlisted -------------------------------------------------------------------------------------------------

    @Test
    void parse_unlistedWithoutPolicy_asksForPolicy() {
        assertProblem("recipe.yaml 2:11: unlisted needs a policy (standard, strict)",
                "veil-recipe: 1\nunlisted: {allow: [BodyPartExamined]}\n");
    }

    @Test
    void parse_allowWithStandardPolicy_isRefused() {
        assertProblem("recipe.yaml 4:3: allow applies to policy strict only",
                "veil-recipe: 1\nunlisted:\n  policy: standard\n  allow: [BodyPartExamined]\n");
    }

    @Test
    void parse_allowListedTableAttribute_wouldDoNothing() {
        assertProblem("recipe.yaml 4:11: PatientName (0010,0010) is in PS3.15 Table E.1-1 (Patient's Name: Z), so its "
                + "action applies whatever the allow-list says; keep it with a rule instead",
                "veil-recipe: 1\nunlisted:\n  policy: strict\n  allow: [PatientName]\n");
        assertProblem("recipe.yaml 4:11: (0029,1010) is private: the allow-list governs standard attributes (private "
                + "elements are removed unless a private rule or retain-safe-private keeps them)",
                "veil-recipe: 1\nunlisted:\n  policy: strict\n  allow: [\"(0029,1010)\"]\n");
    }

    @Test
    void parse_builtInNotBoolean_isRefused() {
        assertProblem("recipe.yaml 4:13: expected true or false, found 'no'",
                "veil-recipe: 1\nunlisted:\n  policy: strict\n  built-in: no\n");
    }
}
