package org.veil.deid.recipe;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.veil.deid.engine.DatePolicy;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.IdentifierPolicy;
import org.veil.deid.engine.InstanceFilter;
import org.veil.deid.engine.PrivateDictionary;
import org.veil.deid.engine.RuleOverride;
import org.veil.deid.engine.UnlistedPolicy;
import org.veil.deid.pseudo.IdOptions;
import org.veil.deid.pseudo.PatientIdentity;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.profile.ProfileOption;

/**
 * A parsed, valid recipe (see {@code docs/recipes.md}). {@link #applyTo(DeidConfig.Builder)} layers it onto a
 * configuration: its options are added to those already selected (e.g. on the command line); its rules and filters
 * replace the builder's; each policy it states (identifiers, pseudonyms, dates, unlisted) replaces the builder's, and
 * the policies it does not state are left as they are; its private dictionaries, if any, replace the builder's.
 *
 * @param source      the recipe's name as given, e.g. {@code recipe.yaml}
 * @param description the recipe's {@code description}, or {@code ""}
 * @param options     the options the recipe selects (including the one its date policy implies), each with where
 *                    the recipe selects it, e.g. {@code recipe.yaml 2:11}
 * @param identifiers the identifier policy, if stated
 * @param pseudonyms  the pseudonym patterns, if stated
 * @param datePolicy  the date policy (shift or Safe Harbor), if stated
 * @param shiftRange  the date shift range, if stated
 * @param unlisted    the policy for attributes Table E.1-1 does not list, if stated
 * @param allowList   the strict allow-list (built-in and the recipe's own), tags; empty unless strict
 * @param rules       the rules in recipe order (first match wins for private and path rules; tags are unique)
 * @param filters     every filter in the order they are tried: the recipe's, then the built-in ones unless
 *                    {@code built-in-filters: false}
 * @param privateDictionary the entries of the private dictionaries the recipe names, in order; empty when none
 * @param pixelRules  the pixel rule sources the recipe names ({@code builtin} or paths resolved against the recipe's
 *                    folder), in order; read by the front end that builds the pixel step
 * @param patientIdentity what makes two instances one patient ({@code patient-identity: id} or {@code id+issuer}),
 *                    if stated
 * @param pixels      the {@code pixels} section (burned-in text policy, erase method, keep-list)
 * @param deface      the {@code deface} section (which series Clean Recognizable Visual Features defaces, ears,
 *                    what happens to a head it cannot deface); read by the pipeline's defacing step
 */
public record Recipe(String source, String description, Map<ProfileOption, RecipeLocation> options,
                     Optional<IdentifierPolicy> identifiers, Optional<IdOptions> pseudonyms,
                     Optional<DatePolicy> datePolicy, Optional<ShiftRange> shiftRange,
                     Optional<UnlistedPolicy> unlisted, Set<Integer> allowList, List<RuleOverride> rules,
                     List<InstanceFilter> filters, PrivateDictionary privateDictionary, List<String> pixelRules,
                     Optional<PatientIdentity> patientIdentity, PixelSettings pixels,
                     DefaceChoices deface) {

    public Recipe {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        options = options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(options));
        allowList = Set.copyOf(allowList);
        rules = List.copyOf(rules);
        filters = List.copyOf(filters);
        Objects.requireNonNull(privateDictionary, "privateDictionary");
        pixelRules = List.copyOf(pixelRules);
        Objects.requireNonNull(patientIdentity, "patientIdentity");
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(deface, "deface");
    }

    /**
     * Adds this recipe to a configuration being built.
     *
     * @return the same builder
     * @throws RecipeException when an option of the recipe excludes one already selected (retain-long-full-dates and
     *                         retain-long-modified-dates), naming where the recipe selects it
     */
    public DeidConfig.Builder applyTo(DeidConfig.Builder builder) throws RecipeException {
        Set<ProfileOption> before = builder.options();
        for (Map.Entry<ProfileOption, RecipeLocation> o : options.entrySet()) {
            ProfileOption other = excluded(o.getKey());
            if (other != null && before.contains(other)) {
                throw new RecipeException(RecipeProblem.at(o.getValue(), "option " + o.getKey().cliName() + " excludes "
                        + other.cliName() + ", which is already selected (on the command line)"));
            }
        }
        options.keySet().forEach(builder::option);
        identifiers.ifPresent(builder::identifiers);
        pseudonyms.ifPresent(builder::idOptions);
        datePolicy.ifPresent(builder::datePolicy);
        shiftRange.ifPresent(builder::shiftRange);
        unlisted.ifPresent(u -> builder.unlisted(u).allowList(allowList));
        patientIdentity.ifPresent(builder::patientIdentity);
        if (!privateDictionary.isEmpty()) {
            builder.privateDictionary(privateDictionary);
        }
        return builder.overrides(rules).filters(filters);
    }

    private static ProfileOption excluded(ProfileOption o) {
        return o == ProfileOption.RETAIN_LONG_FULL_DATES ? ProfileOption.RETAIN_LONG_MODIFIED_DATES
                : o == ProfileOption.RETAIN_LONG_MODIFIED_DATES ? ProfileOption.RETAIN_LONG_FULL_DATES : null;
    }
}
