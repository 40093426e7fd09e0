package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DatePolicy;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.FilterDecision;
import org.veil.deid.engine.IdentifierPolicy;
import org.veil.deid.engine.InstanceFilter;
import org.veil.deid.engine.RuleOverride.OverrideAction;
import org.veil.deid.engine.RuleOverride;
import org.veil.deid.engine.UnlistedPolicy;
import org.veil.deid.pseudo.IdKind;
import org.veil.deid.pseudo.IdOptions;
import org.veil.deid.pseudo.PseudonymPattern;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.profile.ProfileOption;

/** Each recipe construct ends up as the right {@link DeidConfig} content. */
class RecipeConfigTest {

    private static DeidConfig config(String yaml) throws RecipeException {
        return config(yaml, DeidConfig.builder());
    }

    private static DeidConfig config(String yaml, DeidConfig.Builder base) throws RecipeException {
        return RecipeParser.parse(yaml, "recipe.yaml").applyTo(base).build();
    }

    private static RuleOverride onlyRule(String ruleLines) throws RecipeException {
        List<RuleOverride> rules = config("veil-recipe: 1\nrules:\n" + ruleLines).overrides();
        assertEquals(1, rules.size());
        return rules.get(0);
    }

    @Test
    void applyTo_minimalRecipe_leavesDefaults() throws Exception {
        DeidConfig c = config("veil-recipe: 1\n", DeidConfig.builder().option(ProfileOption.RETAIN_UIDS)
                .identifiers(IdentifierPolicy.PROFILE_ONLY).shiftRange(new ShiftRange(-20, -10)));
        assertEquals(EnumSet.of(ProfileOption.RETAIN_UIDS), c.options());
        assertEquals(IdentifierPolicy.PROFILE_ONLY, c.identifiers());
        assertEquals(new ShiftRange(-20, -10), c.shiftRange());
        assertEquals(DatePolicy.SHIFT, c.datePolicy());
        assertEquals(UnlistedPolicy.STANDARD, c.unlisted());
        assertEquals(List.of(), c.overrides());
        assertEquals(InstanceFilter.DEFAULTS, c.filters());
    }

    @Test
    void applyTo_options_addedToCommandLineOptions() throws Exception {
        DeidConfig c = config("veil-recipe: 1\noptions: [retain-long-modified-dates, clean-descriptors]\n",
                DeidConfig.builder().option(ProfileOption.RETAIN_UIDS));
        assertEquals(EnumSet.of(ProfileOption.RETAIN_UIDS, ProfileOption.RETAIN_LONG_MODIFIED_DATES,
                ProfileOption.CLEAN_DESCRIPTORS), c.options());
    }

    @Test
    void parse_options_rememberWhereSelected() throws Exception {
        Recipe r = RecipeParser.parse("veil-recipe: 1\noptions: [retain-uids]\ndates: {policy: keep}\n", "r.yaml");
        assertEquals(Map.of(ProfileOption.RETAIN_UIDS, new RecipeLocation("r.yaml", 2, 11),
                ProfileOption.RETAIN_LONG_FULL_DATES, new RecipeLocation("r.yaml", 3, 17)), r.options());
    }

    @Test
    void applyTo_shiftDates_selectOptionPolicyAndRange() throws Exception {
        DeidConfig c = config("veil-recipe: 1\ndates: {policy: shift, range: [-30, -7]}\n");
        assertEquals(EnumSet.of(ProfileOption.RETAIN_LONG_MODIFIED_DATES), c.options());
        assertEquals(DatePolicy.SHIFT, c.datePolicy());
        assertEquals(new ShiftRange(-30, -7), c.shiftRange());
    }

    @Test
    void applyTo_safeHarborDates_selectModifiedDatesUnderSafeHarbor() throws Exception {
        DeidConfig c = config("veil-recipe: 1\ndates:\n  policy: safe-harbor\n");
        assertEquals(EnumSet.of(ProfileOption.RETAIN_LONG_MODIFIED_DATES), c.options());
        assertEquals(DatePolicy.SAFE_HARBOR, c.datePolicy());
    }

    @Test
    void applyTo_keepDates_selectsFullDates() throws Exception {
        DeidConfig c = config("veil-recipe: 1\ndates: {policy: keep}\n");
        assertEquals(EnumSet.of(ProfileOption.RETAIN_LONG_FULL_DATES), c.options());
    }

    @Test
    void applyTo_identifiersAndPseudonyms_setPolicyAndPatterns() throws Exception {
        DeidConfig c = config("veil-recipe: 1\nidentifiers: pseudonymize\npseudonyms:\n"
                + "  patient-id: \"STUDY1-{hash:12}\"\n  patient-name: \"STUDY1^{hash:8}\"\n");
        assertEquals(IdentifierPolicy.PSEUDONYMIZE, c.identifiers());
        assertEquals(new PseudonymPattern("STUDY1-", 12, ""), c.idOptions().pattern(IdKind.PATIENT_ID));
        assertEquals(new PseudonymPattern("STUDY1^", 8, ""), c.idOptions().pattern(IdKind.PATIENT_NAME));
        assertEquals(IdOptions.defaults().pattern(IdKind.STUDY_ID), c.idOptions().pattern(IdKind.STUDY_ID));
        assertEquals(IdentifierPolicy.PROFILE_ONLY, config("veil-recipe: 1\nidentifiers: profile\n").identifiers());
    }

    @Test
    void applyTo_strict_usesBuiltInAndOwnAllowList() throws Exception {
        DeidConfig c = config("veil-recipe: 1\nunlisted:\n  policy: strict\n"
                + "  allow: [WindowCenterWidthExplanation, \"(0018,9004)\"]\n");
        Set<Integer> expected = new HashSet<>(StrictAllowList.tags());
        expected.add(0x00281055);
        expected.add(0x00189004);
        assertEquals(UnlistedPolicy.STRICT, c.unlisted());
        assertEquals(expected, c.allowList());
    }

    @Test
    void applyTo_strictWithoutBuiltIn_usesOnlyOwnAllowList() throws Exception {
        DeidConfig c = config("veil-recipe: 1\nunlisted: {policy: strict, built-in: false, allow: [Rows, Columns]}\n");
        assertEquals(Set.of(0x00280010, 0x00280011), c.allowList());
    }

    @Test
    void applyTo_standardUnlisted_clearsAllowList() throws Exception {
        DeidConfig c = config("veil-recipe: 1\nunlisted: {policy: standard}\n", DeidConfig.builder()
                .unlisted(UnlistedPolicy.STRICT).allowList(Set.of(0x00280010)));
        assertEquals(UnlistedPolicy.STANDARD, c.unlisted());
        assertEquals(Set.of(), c.allowList());
    }

    @Test
    void parse_tagRule_byKeywordOrTag_withSource() throws Exception {
        RuleOverride byKeyword = onlyRule("  - tag: SeriesDescription\n    action: keep\n");
        assertEquals(new RuleOverride(new RuleOverride.TagSelector(0x0008103E), OverrideAction.KEEP, null,
                "recipe.yaml 3:5"), byKeyword);
        RuleOverride byTag = onlyRule("  - {tag: \"(0008,103e)\", action: keep}\n");
        assertEquals(byKeyword.selector(), byTag.selector());
        assertEquals("recipe.yaml 3:5", byTag.source());
    }

    @Test
    void parse_everyAction_mapsToItsOverrideAction() throws Exception {
        assertEquals(OverrideAction.REMOVE, onlyRule("  - {tag: SeriesDescription, action: remove}\n").action());
        assertEquals(OverrideAction.EMPTY, onlyRule("  - {tag: SeriesDescription, action: empty}\n").action());
        assertEquals(OverrideAction.DUMMY, onlyRule("  - {tag: SeriesDescription, action: dummy}\n").action());
        assertEquals(OverrideAction.CLEAN, onlyRule("  - {tag: SeriesDescription, action: clean}\n").action());
        assertEquals(OverrideAction.REMAP_UID, onlyRule("  - {tag: FrameOfReferenceUID, action: remap-uid}\n")
                .action());
        assertEquals(OverrideAction.SHIFT_DATE, onlyRule("  - {tag: StudyDate, action: shift-date}\n").action());
        assertEquals(OverrideAction.PSEUDONYM, onlyRule("  - {tag: AccessionNumber, action: pseudonym}\n").action());
    }

    @Test
    void parse_replaceRule_keepsValueAsWritten() throws Exception {
        RuleOverride r = onlyRule("  - tag: InstitutionName\n    action: replace\n    value: 007\n");
        assertEquals(OverrideAction.REPLACE, r.action());
        assertEquals("007", r.value());
    }

    @Test
    void parse_pathSpellings_allGiveTheSameSelector() throws Exception {
        RuleOverride.PathSelector expected = new RuleOverride.PathSelector(List.of(
                new RuleOverride.Step(0x0040A730, -1), new RuleOverride.Step(0x0040A160, -1)));
        for (String path : List.of("ContentSequence/*/TextValue", "ContentSequence[*]/TextValue",
                "ContentSequence/TextValue", "(0040,A730)[*]/(0040,A160)", "(0040,a730)/*/TextValue")) {
            assertEquals(expected, onlyRule("  - path: \"" + path + "\"\n    action: remove\n").selector(), path);
        }
    }

    @Test
    void parse_pathWithIndexes_countsItemsFromOne() throws Exception {
        RuleOverride.Selector s = onlyRule("  - path: \"ContentSequence[2]/ContentSequence/*/TextValue\"\n"
                + "    action: remove\n").selector();
        assertEquals(new RuleOverride.PathSelector(List.of(new RuleOverride.Step(0x0040A730, 1),
                new RuleOverride.Step(0x0040A730, -1), new RuleOverride.Step(0x0040A160, -1))), s);
    }

    @Test
    void parse_privateRule_creatorGroupAndOffset() throws Exception {
        RuleOverride r = onlyRule("  - private: {creator: \"SIEMENS CSA HEADER\", group: \"0029\", element: \"10\"}\n"
                + "    action: keep\n");
        assertEquals(new RuleOverride.PrivateSelector("SIEMENS CSA HEADER", 0x0029, 0x10), r.selector());
        RuleOverride xx = onlyRule("  - private: {creator: GEMS_PARM_01, group: 0043, element: xx2F}\n"
                + "    action: remove\n");
        assertEquals(new RuleOverride.PrivateSelector("GEMS_PARM_01", 0x0043, 0x2F), xx.selector());
        RuleOverride anyGroup = onlyRule("  - private: {creator: X, element: 10}\n    action: keep\n");
        assertEquals(new RuleOverride.PrivateSelector("X", -1, 0x10), anyGroup.selector());
    }

    @Test
    void parse_rules_keepRecipeOrder() throws Exception {
        List<RuleOverride> rules = config("veil-recipe: 1\nrules:\n  - {tag: StudyDescription, action: keep}\n"
                + "  - {path: \"ContentSequence/TextValue\", action: remove}\n"
                + "  - {private: {creator: X, element: \"10\"}, action: keep}\n").overrides();
        assertEquals(List.of("recipe.yaml 3:5", "recipe.yaml 4:5", "recipe.yaml 5:5"),
                rules.stream().map(RuleOverride::source).toList());
    }

    @Test
    void parse_filter_allCriteria() throws Exception {
        List<InstanceFilter> filters = config("veil-recipe: 1\nfilters:\n"
                + "  - when:\n      sop-class: [\"1.2.840.10008.5.1.4.1.1.7\", \"1.2.840.10008.5.1.4.1.1.88.*\"]\n"
                + "      modality: OT\n      attribute: {BurnedInAnnotation: \"YES\", \"(0008,0008)\": \"\"}\n"
                + "    unless: clean-pixel-data\n    then: reject\n    reason: burned-in text\n").filters();
        assertEquals(new InstanceFilter(Set.of("1.2.840.10008.5.1.4.1.1.7", "1.2.840.10008.5.1.4.1.1.88.*"),
                Set.of("OT"), Map.of(0x00280301, "YES", 0x00080008, ""), Set.of(ProfileOption.CLEAN_PIXEL_DATA),
                FilterDecision.REJECT, "burned-in text", "recipe.yaml 3:5"), filters.get(0));
    }

    @Test
    void parse_filters_comeBeforeBuiltIns() throws Exception {
        List<InstanceFilter> filters = config("veil-recipe: 1\nfilters:\n  - {when: {modality: SR}, then: skip}\n")
                .filters();
        assertEquals(1 + InstanceFilter.DEFAULTS.size(), filters.size());
        assertEquals(Set.of("SR"), filters.get(0).modalities());
        assertEquals(FilterDecision.SKIP, filters.get(0).decision());
        assertEquals("matched the filter at recipe.yaml 3:5", filters.get(0).reason());
        assertEquals(InstanceFilter.DEFAULTS, filters.subList(1, filters.size()));
    }

    @Test
    void parse_builtInFiltersFalse_dropsThem() throws Exception {
        assertEquals(List.of(), config("veil-recipe: 1\nbuilt-in-filters: false\n").filters());
    }

    @Test
    void parse_sopClassByName_resolvesToUid() throws Exception {
        InstanceFilter f = config("veil-recipe: 1\nfilters:\n  - when: {sop-class: secondary capture image storage}\n"
                + "    then: process\n").filters().get(0);
        assertEquals(Set.of("1.2.840.10008.5.1.4.1.1.7"), f.sopClasses());
    }

    @Test
    void parse_filterWithoutWhen_matchesEveryInstance() throws Exception {
        InstanceFilter f = config("veil-recipe: 1\nfilters:\n  - then: skip\n    unless: [clean-pixel-data]\n")
                .filters().get(0);
        assertTrue(f.sopClasses().isEmpty() && f.modalities().isEmpty() && f.attributes().isEmpty());
        assertEquals(Set.of(ProfileOption.CLEAN_PIXEL_DATA), f.unless());
    }

    @Test
    void parse_json_isReadLikeYaml() throws Exception {
        String json = "{\n\t\"veil-recipe\": 1,\n\t\"options\": [\"retain-uids\"],\n\t\"rules\": [\n"
                + "\t\t{\"tag\": \"SeriesDescription\", \"action\": \"keep\"}\n\t],\n"
                + "\t\"built-in-filters\": false\n}\n";
        Recipe r = RecipeParser.parse(json, "recipe.json");
        assertEquals(Set.of(ProfileOption.RETAIN_UIDS), r.options().keySet());
        assertEquals(new RuleOverride.TagSelector(0x0008103E), r.rules().get(0).selector());
        assertEquals("recipe.json 5:3", r.rules().get(0).source());
        assertTrue(r.filters().isEmpty());
    }

    @Test
    void parse_jsonProblem_isLocatedToo() {
        RecipeException e = org.junit.jupiter.api.Assertions.assertThrows(RecipeException.class, () ->
                RecipeParser.parse("{\"veil-recipe\": 1, \"rules\": [{\"tag\": \"X1\", \"action\": \"keep\"}]}",
                        "recipe.json"));
        assertEquals("recipe.json 1:38: unknown keyword 'X1' (not in the PS3.6 data dictionary)", e.getMessage());
    }

    @Test
    void parse_description_isKept() throws Exception {
        Recipe r = RecipeParser.parse("veil-recipe: 1\ndescription: Research export\n", "r.yaml");
        assertEquals("Research export", r.description());
        assertFalse(r.unlisted().isPresent());
        assertNull(r.identifiers().orElse(null));
    }
}
