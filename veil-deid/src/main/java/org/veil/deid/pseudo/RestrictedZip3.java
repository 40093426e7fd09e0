package org.veil.deid.pseudo;

import java.util.Set;

/**
 * The three-digit ZIP prefixes whose area held 20,000 or fewer people in the 2000 US Census, which HIPAA Safe Harbor
 * (45 CFR 164.514(b)(2)(i)(B)) requires to be replaced by {@code 000}. Source: HHS Office for Civil Rights,
 * "Guidance Regarding Methods for De-identification of Protected Health Information in Accordance with the HIPAA
 * Privacy Rule" (26 November 2012), answer to "When can ZIP codes be included in de-identified information?", which
 * lists these 17 prefixes (derived from the Census 2000 ZIP Code Tabulation Areas) and notes that newer Census data,
 * once published, takes precedence over the list.
 */
final class RestrictedZip3 {
    static final Set<String> PREFIXES = Set.of("036", "059", "063", "102", "203", "556", "692", "790", "821", "823",
            "830", "831", "878", "879", "884", "890", "893");

    private RestrictedZip3() {
    }
}
