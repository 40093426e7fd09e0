package org.veil.pipeline.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.veil.deid.profile.ProfileOption;
import org.veil.deid.recipe.PixelSettings;
import org.veil.pipeline.PixelStage;
import org.veil.pipeline.pixel.KeepList;
import org.veil.pipeline.pixel.PixelPolicy;
import org.veil.pipeline.pixel.RulePixelStage;
import org.veil.pipeline.pixel.TextDetection;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionRule;
import org.veil.pixel.redact.RuleFormatException;
import org.veil.pixel.redact.RuleLibrary;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.RecognizerLookup;

/**
 * Which pixel stage a run gets (before defacing, which {@link DeidRun} adds): none when no rule is given and neither
 * clean-pixel-data nor clean-graphics is on; else the rule stage, with the front end's rule files first, the recipe's
 * next and the built-in library last (the first match wins), and burned-in text detection as the policy says.
 */
final class PixelChoice {
    private PixelChoice() {
    }

    static PixelStage stage(DeidRunOptions options, List<String> recipeRules, PixelSettings fromRecipe,
                            java.util.Set<ProfileOption> selected, Consumer<String> notices)
            throws IOException, RuleFormatException {
        List<String> sources = new ArrayList<>(options.pixelRules());
        sources.addAll(recipeRules);
        boolean builtin = sources.removeIf(RuleLibrary.BUILTIN::equals);
        if (builtin) {
            sources.add(RuleLibrary.BUILTIN);
        }
        List<RedactionRule> rules = RuleLibrary.load(sources, null);
        boolean graphics = selected.contains(ProfileOption.CLEAN_GRAPHICS);
        boolean pixels = selected.contains(ProfileOption.CLEAN_PIXEL_DATA);
        if (rules.isEmpty() && !graphics && !pixels) {
            return PixelStage.NONE;
        }
        return new RulePixelStage(rules, RedactionOptions.DEFAULT.withAllowLossy(options.allowLossyPixels()), graphics,
                textDetection(options, fromRecipe, pixels, notices));
    }

    /** The burned-in text settings: front end over recipe over defaults; OCR looked up only when used. */
    static TextDetection textDetection(DeidRunOptions options, PixelSettings fromRecipe, boolean cleanPixels,
                                       Consumer<String> notices) {
        PixelPolicy policy = PixelPolicy.ofCliName(options.pixelPolicy() != null ? options.pixelPolicy()
                : fromRecipe.policy().orElse(PixelPolicy.DETECT.cliName()));
        if (policy != PixelPolicy.DETECT || !cleanPixels) {
            return TextDetection.rulesOnly().withPolicy(policy);
        }
        String erase = options.pixelErase() != null ? options.pixelErase() : fromRecipe.erase().orElse("inpaint");
        EraseMethod method = switch (erase.trim().toLowerCase(Locale.ROOT)) {
            case "inpaint" -> EraseMethod.INPAINT;
            case "fill" -> EraseMethod.BACKGROUND;
            default -> throw new IllegalArgumentException("unknown --pixel-erase '" + erase + "'; use inpaint or fill");
        };
        RecognizerLookup ocr = RecognizerLookup.find(PixelChoice.class.getClassLoader());
        if (ocr.recognizer().isEmpty()) {
            notices.accept(ocr.problem());
        }
        KeepList keep = fromRecipe.builtinKeepList() ? KeepList.builtin().plus(fromRecipe.keep())
                : KeepList.of(fromRecipe.keep());
        return TextDetection.detect(ocr.recognizer()).withKeepList(keep).withErase(method);
    }
}
