package org.veil.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.deid.profile.ProfileOption;
import org.veil.deid.text.ScrubbingTextCleaner;
import org.veil.dicom.ReadLimits;
import org.veil.pipeline.DuplicatePolicy;
import org.veil.pipeline.OutputNaming;
import org.veil.pipeline.PixelStage;
import org.veil.pipeline.deface.DefacePlan;
import org.veil.pipeline.deface.DefaceStage;
import org.veil.pipeline.pixel.PixelPolicy;
import org.veil.pipeline.pixel.RulePixelStage;
import org.veil.pixel.redact.RedactionRule;
import org.veil.pixel.redact.RuleLibrary;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.RecognizerLookup;

/** Which stages, cleaners and defaults a {@link DeidRun} chooses for which options: decided here, never by a front end. */
class DeidRunTest {
    private static final String RULE = "rules:\n  - name: %s\n    match: {manufacturer: %s}\n"
            + "    regions: [[0, 0, 10, 10]]\n";

    @TempDir
    Path tmp;

    private static DeidRun run(DeidRunOptions options) {
        return DeidRun.builder(options, KeySource.random()).build();
    }

    private static DeidRunOptions.Builder with(String... optionNames) {
        return DeidRunOptions.builder().options(List.of(optionNames));
    }

    @Test
    void basicProfile_noPixelStageNoTextCleaner_defaultNamingDuplicatesThreadsAndBudget() {
        DeidRun r = run(DeidRunOptions.DEFAULT);
        assertSame(PixelStage.NONE, r.pixelStage());
        assertSame(PixelStage.NONE, r.settings().pixels());
        assertNull(r.deidentifier().config().textCleaner());
        assertEquals(OutputNaming.DEFAULT_PATTERN, r.settings().naming().pattern());
        assertEquals(DuplicatePolicy.QUARANTINE, r.settings().duplicates());
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, r.threads());
        assertEquals(ReadLimits.DEFAULT.withBudgetFor(Runtime.getRuntime().maxMemory(), cores), r.settings().limits());
        assertEquals(EnumSet.noneOf(ProfileOption.class), r.profileOptions());
        assertFalse(r.defaces());
        assertFalse(r.encrypts());
        assertEquals("", r.settingsNote());
    }

    @Test
    void threads_sharesTheReadBudget_andNamingDuplicatesAsGiven() {
        DeidRun r = run(DeidRunOptions.builder().threads(3).naming(OutputNaming.FILE_SET_PATTERN)
                .duplicates("keep-all").build());
        assertEquals(3, r.threads());
        assertEquals(ReadLimits.DEFAULT.withBudgetFor(Runtime.getRuntime().maxMemory(), 3), r.settings().limits());
        assertEquals(OutputNaming.FILE_SET_PATTERN, r.settings().naming().pattern());
        assertEquals(DuplicatePolicy.KEEP_ALL, r.settings().duplicates());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean-descriptors", "clean-structured-content", "clean-graphics"})
    void textOption_turnsTheFreeTextCleanerOn(String option) {
        assertInstanceOf(ScrubbingTextCleaner.class, run(with(option).build()).deidentifier().config()
                .textCleaner());
    }

    @ParameterizedTest
    @ValueSource(strings = {"retain-uids", "clean-pixel-data", "retain-safe-private"})
    void otherOptions_leaveFreeTextAlone(String option) {
        assertNull(run(with(option).build()).deidentifier().config().textCleaner());
    }

    @Test
    void cleanGraphicsAlone_ruleStageCleaningOverlays_noOcr() {
        RulePixelStage s = assertInstanceOf(RulePixelStage.class, run(with("clean-graphics").build()).pixelStage());
        assertTrue(s.cleansGraphics());
        assertTrue(s.rules().isEmpty());
        assertTrue(s.detection().ocr().isEmpty(), "OCR is looked up only to clean pixel data");
    }

    @Test
    void cleanPixelData_detectsTextWithBuiltinKeepListAndInpainting_ocrLookedUpAndMissingOcrNoticed() {
        List<String> notices = new ArrayList<>();
        DeidRun r = DeidRun.builder(with("clean-pixel-data").build(), KeySource.random()).notices(notices::add)
                .build();
        RulePixelStage s = assertInstanceOf(RulePixelStage.class, r.pixelStage());
        assertFalse(s.cleansGraphics());
        assertEquals(PixelPolicy.DETECT, s.detection().policy());
        assertEquals(EraseMethod.INPAINT, s.detection().erase());
        assertTrue(s.detection().keepList().size() > 0, "the built-in keep-list");
        boolean ocr = RecognizerLookup.find(DeidRun.class.getClassLoader()).recognizer().isPresent();
        assertEquals(ocr, s.detection().ocr().isPresent());
        assertEquals(ocr ? 0 : 1, notices.size(), notices.toString());
    }

    @Test
    void pixelPolicyAndErase_fromTheOptions() {
        RulePixelStage fill = (RulePixelStage) run(with("clean-pixel-data").pixelErase("fill").build()).pixelStage();
        assertEquals(EraseMethod.BACKGROUND, fill.detection().erase());
        RulePixelStage rules = (RulePixelStage) run(with("clean-pixel-data").pixelPolicy("rules").build())
                .pixelStage();
        assertEquals(PixelPolicy.RULES, rules.detection().policy());
        assertTrue(rules.detection().ocr().isEmpty());
    }

    @Test
    void ruleOrder_frontEndFilesThenRecipeFilesThenBuiltinLast() throws Exception {
        Path mine = Files.writeString(tmp.resolve("mine.yaml"), RULE.formatted("mine", "ACME"));
        Path theirs = Files.writeString(tmp.resolve("recipe-rules.yaml"), RULE.formatted("recipe", "OTHER"));
        Path recipe = Files.writeString(tmp.resolve("r.yaml"), "veil-recipe: 1\npixel-rules: [recipe-rules.yaml]\n");
        DeidRun r = run(with("clean-pixel-data").recipe(recipe).pixelRules(List.of("builtin", mine.toString()))
                .build());
        List<String> names = ((RulePixelStage) r.pixelStage()).rules().stream().map(RedactionRule::name).toList();
        List<String> builtin = RuleLibrary.builtin().stream().map(RedactionRule::name).toList();
        assertEquals(List.of("mine", "recipe"), names.subList(0, 2));
        assertEquals(builtin, names.subList(2, names.size()));
    }

    @Test
    void rulesWithoutPixelOptions_stillARuleStage() throws Exception {
        Path mine = Files.writeString(tmp.resolve("mine.yaml"), RULE.formatted("mine", "ACME"));
        assertInstanceOf(RulePixelStage.class, run(DeidRunOptions.builder().pixelRules(List.of(mine.toString()))
                .build()).pixelStage());
    }

    @Test
    void recipeOptions_plusTheFrontEndsOptions() throws Exception {
        Path recipe = Files.writeString(tmp.resolve("r.yaml"), "veil-recipe: 1\noptions: [retain-uids]\n");
        DeidRun r = run(with("clean-descriptors").recipe(recipe).build());
        assertEquals(EnumSet.of(ProfileOption.RETAIN_UIDS, ProfileOption.CLEAN_DESCRIPTORS), r.profileOptions());
    }

    @Test
    void defacing_plannedPerSink_perInstanceRefusedWithoutAPlan() {
        DeidRun r = run(with("clean-recognizable-visual-features").build());
        assertTrue(r.defaces());
        assertSame(PixelStage.NONE, r.pixelStage());
        assertInstanceOf(DefaceStage.class, r.settings().pixels());
        InvalidRunException e = assertThrows(InvalidRunException.class,
                () -> r.perInstance((id, name, body) -> 0, (input, reason) -> { }));
        assertTrue(e.getMessage().startsWith("clean-recognizable-visual-features needs whole series"), e.getMessage());
        DefacePlan plan = DefacePlan.empty();
        InstanceRun planned = r.perInstance().output((id, name, body) -> 0).quarantine((input, reason) -> { })
                .defacePlan(plan).build();
        assertSame(plan, ((DefaceStage) planned.settings().pixels()).plan());
    }

    @Test
    void protector_marksTheRunEncrypted() {
        DeidRun r = DeidRun.builder(DeidRunOptions.DEFAULT, KeySource.random())
                .protector(original -> new byte[0]).build();
        assertTrue(r.encrypts());
        assertEquals("encrypted attributes", r.settingsNote());
        assertNotNull(r.deidentifier().config().protector());
    }

    @Test
    void unusableValues_refusedWithTheSentenceTheCommandLineShows() throws Exception {
        assertEquals("--duplicates must be quarantine, keep-first or keep-all, got 'sometimes'",
                refused(DeidRunOptions.builder().duplicates("sometimes")));
        assertEquals("--threads must be at least 1, got 0", refused(DeidRunOptions.builder().threads(0)));
        assertEquals("unknown --pixel-erase 'smudge'; use inpaint or fill",
                refused(with("clean-pixel-data").pixelErase("smudge")));
        assertTrue(refused(with("clean-everything")).contains("clean-everything"));
        assertTrue(refused(DeidRunOptions.builder().recipe(tmp.resolve("absent.yaml"))).startsWith("cannot read "));
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "veil-recipe: 1\noptions: [no-such-option]\n");
        String message = refused(DeidRunOptions.builder().recipe(bad));
        assertTrue(message.contains("bad.yaml 2:"), message);
    }

    private static String refused(DeidRunOptions.Builder options) {
        return assertThrows(InvalidRunException.class, () -> run(options.build())).getMessage();
    }
}
