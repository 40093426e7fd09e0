package org.veil.text;

/**
 * Supplies the replacement of a known identifier when the policy asks for pseudonyms, for example the patient's
 * pseudonymous name for every written form of the patient's own name. It is called with the value exactly as given
 * to {@link KnownIdentifiers} ("SMITH^JOHN"), not with the form found in the text ("J. Smith").
 */
@FunctionalInterface
public interface PseudonymSource {

    /**
     * @param category   {@link FindingCategory#NAME_KNOWN}, {@link FindingCategory#IDENTIFIER_KNOWN} or
     *                   {@link FindingCategory#INSTITUTION_KNOWN}
     * @param knownValue the value given to {@link KnownIdentifiers}
     * @return the replacement text, or null to use the policy's marker
     */
    String pseudonymFor(FindingCategory category, String knownValue);

    /** No pseudonyms: every finding gets the marker. */
    static PseudonymSource none() {
        return (category, knownValue) -> null;
    }
}
