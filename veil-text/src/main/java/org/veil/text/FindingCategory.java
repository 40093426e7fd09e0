package org.veil.text;

/** What kind of identifier a {@link Finding} is. */
public enum FindingCategory {
    /** A person name given in {@link KnownIdentifiers} (patient, physician, operator), in any written form. */
    NAME_KNOWN,
    /** An identifier given in {@link KnownIdentifiers} (patient ID, accession number, other values). */
    IDENTIFIER_KNOWN,
    /** An institution or department name given in {@link KnownIdentifiers}. */
    INSTITUTION_KNOWN,
    /** A person name found with name lists and context ("Dr. Rossi", "read by Anna Kowalski"). */
    NAME,
    /** A clinic, hospital or practice name not known from the data set ("Lakeshore Pediatric Clinic"). */
    ORGANIZATION,
    /** A calendar date in a numeric or written form. */
    DATE,
    /** A time of day. */
    TIME,
    /** An age over 89 years (HIPAA Safe Harbor). */
    AGE,
    /** A telephone or fax number. */
    PHONE,
    /** An e-mail address. */
    EMAIL,
    /** A web address or an IP address. */
    URL,
    /** A US social security number (ddd-dd-dddd). */
    SSN,
    /** A record, account or other identifying number (long digit runs, letters followed by digits, UIDs). */
    ID_NUMBER,
    /** A street address or a secondary unit (apartment, suite, post box). */
    ADDRESS,
    /** A ZIP or postal code. */
    POSTAL_CODE
}
