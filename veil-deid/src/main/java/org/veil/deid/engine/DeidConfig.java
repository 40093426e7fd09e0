package org.veil.deid.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.veil.deid.pseudo.IdOptions;
import org.veil.deid.pseudo.PatientIdentity;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.deid.pseudo.ShiftRange;
import org.veil.profile.ProfileOption;

/**
 * Everything a run's de-identification depends on, fixed before the first instance. Immutable; build with
 * {@link #builder()}.
 *
 * @param options     the PS3.15 options applied on top of the Basic Profile
 * @param key         the project key (a random one when the run has no keystore)
 * @param identifiers how identifiers are replaced
 * @param idOptions   pseudonym patterns
 * @param shiftRange  the range of per-patient date offsets
 * @param datePolicy  how dates are cleaned under Retain Longitudinal Temporal Information with Modified Dates
 * @param unlisted    what happens to attributes Table E.1-1 does not list
 * @param allowList   attributes kept under {@link UnlistedPolicy#STRICT} (tags)
 * @param overrides   recipe rules, highest priority first
 * @param filters     recipe filters deciding process, skip or reject
 * @param textCleaner the free text cleaner, or null (C on text then falls back to the Basic Profile action)
 * @param mappings    where derived mappings are reported
 * @param protector   encrypts the original values into Encrypted Attributes Sequence (0400,0500), or null
 * @param privateDictionary the user's private dictionary (takes precedence over PS3.15 Table E.3.10-1)
 * @param patientIdentity what makes two instances one patient (default: the normalised Patient ID alone)
 */
public record DeidConfig(Set<ProfileOption> options, ProjectKey key, IdentifierPolicy identifiers, IdOptions idOptions,
                         ShiftRange shiftRange, DatePolicy datePolicy, UnlistedPolicy unlisted, Set<Integer> allowList,
                         List<RuleOverride> overrides, List<InstanceFilter> filters, TextCleaner textCleaner,
                         MappingListener mappings, AttributeProtector protector,
                         PrivateDictionary privateDictionary, PatientIdentity patientIdentity) {

    public DeidConfig {
        options = options.isEmpty() ? EnumSet.noneOf(ProfileOption.class) : EnumSet.copyOf(options);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(identifiers, "identifiers");
        Objects.requireNonNull(idOptions, "idOptions");
        Objects.requireNonNull(shiftRange, "shiftRange");
        Objects.requireNonNull(datePolicy, "datePolicy");
        Objects.requireNonNull(unlisted, "unlisted");
        allowList = Set.copyOf(allowList);
        overrides = List.copyOf(overrides);
        filters = List.copyOf(filters);
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(privateDictionary, "privateDictionary");
        Objects.requireNonNull(patientIdentity, "patientIdentity");
        if (options.contains(ProfileOption.RETAIN_LONG_FULL_DATES)
                && options.contains(ProfileOption.RETAIN_LONG_MODIFIED_DATES)) {
            throw new IllegalArgumentException("options retain-long-full-dates and retain-long-modified-dates "
                    + "exclude each other");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().options(options).key(key).identifiers(identifiers).idOptions(idOptions)
                .shiftRange(shiftRange).datePolicy(datePolicy).unlisted(unlisted).allowList(allowList)
                .overrides(overrides).filters(filters).textCleaner(textCleaner).mappings(mappings)
                .protector(protector).privateDictionary(privateDictionary).patientIdentity(patientIdentity);
    }

    /** Assembles a {@link DeidConfig}; defaults: Basic Profile, random key, pseudonyms, default filters. */
    public static final class Builder {
        private Set<ProfileOption> options = EnumSet.noneOf(ProfileOption.class);
        private ProjectKey key;
        private IdentifierPolicy identifiers = IdentifierPolicy.PSEUDONYMIZE;
        private IdOptions idOptions = IdOptions.defaults();
        private ShiftRange shiftRange = ShiftRange.DEFAULT;
        private DatePolicy datePolicy = DatePolicy.SHIFT;
        private UnlistedPolicy unlisted = UnlistedPolicy.STANDARD;
        private Set<Integer> allowList = Set.of();
        private List<RuleOverride> overrides = List.of();
        private List<InstanceFilter> filters = InstanceFilter.DEFAULTS;
        private TextCleaner textCleaner;
        private MappingListener mappings = MappingListener.NONE;
        private AttributeProtector protector;
        private PrivateDictionary privateDictionary = PrivateDictionary.EMPTY;
        private PatientIdentity patientIdentity = PatientIdentity.ID;

        public Builder options(Set<ProfileOption> v) {
            options = v;
            return this;
        }

        /** The options selected so far (a copy), e.g. to check a recipe's options against the command line's. */
        public Set<ProfileOption> options() {
            return options.isEmpty() ? EnumSet.noneOf(ProfileOption.class) : EnumSet.copyOf(options);
        }

        public Builder option(ProfileOption v) {
            Set<ProfileOption> s = options.isEmpty() ? EnumSet.noneOf(ProfileOption.class) : EnumSet.copyOf(options);
            s.add(v);
            options = s;
            return this;
        }

        public Builder key(ProjectKey v) {
            key = v;
            return this;
        }

        public Builder identifiers(IdentifierPolicy v) {
            identifiers = v;
            return this;
        }

        public Builder idOptions(IdOptions v) {
            idOptions = v;
            return this;
        }

        public Builder shiftRange(ShiftRange v) {
            shiftRange = v;
            return this;
        }

        public Builder datePolicy(DatePolicy v) {
            datePolicy = v;
            return this;
        }

        public Builder unlisted(UnlistedPolicy v) {
            unlisted = v;
            return this;
        }

        public Builder allowList(Set<Integer> v) {
            allowList = v;
            return this;
        }

        public Builder overrides(List<RuleOverride> v) {
            overrides = v;
            return this;
        }

        public Builder filters(List<InstanceFilter> v) {
            filters = v;
            return this;
        }

        public Builder textCleaner(TextCleaner v) {
            textCleaner = v;
            return this;
        }

        public Builder mappings(MappingListener v) {
            mappings = v;
            return this;
        }

        public Builder protector(AttributeProtector v) {
            protector = v;
            return this;
        }

        public Builder privateDictionary(PrivateDictionary v) {
            privateDictionary = v;
            return this;
        }

        public Builder patientIdentity(PatientIdentity v) {
            patientIdentity = v;
            return this;
        }

        public DeidConfig build() {
            return new DeidConfig(options, key == null ? ProjectKey.random() : key, identifiers, idOptions,
                    shiftRange, datePolicy, unlisted, allowList, overrides, filters, textCleaner, mappings, protector,
                    privateDictionary, patientIdentity);
        }
    }
}
