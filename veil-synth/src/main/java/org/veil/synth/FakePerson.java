package org.veil.synth;

/**
 * An invented patient: every field is fake, drawn from small hand-made lists by a seed.
 *
 * @param familyName family name, upper case
 * @param givenName  given name
 * @param id         medical record number style ID
 * @param birthDate  DA value
 * @param sex        M or F
 * @param street     street address line
 * @param city       city
 * @param zip        five digit postal code
 * @param phone      phone number text
 */
public record FakePerson(String familyName, String givenName, String id, String birthDate, String sex, String street,
                         String city, String zip, String phone) {

    private static final String[] FAMILY = {"SMITH", "NGUYEN", "GARCIA", "MUELLER", "KOWALSKI", "OKAFOR", "ROSSI",
        "TANAKA", "DUBOIS", "JOHANSSON", "HASSAN", "OBRIEN", "PETROV", "SILVA", "KIM", "MARTIN", "WEBER", "NOVAK",
        "FISCHER", "LINDQVIST"};
    private static final String[] GIVEN = {"John", "Maria", "Wei", "Fatima", "Pierre", "Anna", "Kwame", "Yuki", "Lars",
        "Sofia", "Omar", "Elena", "Tomasz", "Grace", "Hiro", "Ines", "Lukas", "Amara", "Mateo", "Olga"};
    private static final String[] STREET = {"Main Street", "Elm Avenue", "Harbour Road", "Rue des Lilas",
        "Birch Lane", "Station Road", "Kingsway", "Hauptstrasse"};
    private static final String[] CITY = {"Springfield", "Riverton", "Lakeside", "Fairview", "Oakdale", "Brookfield"};

    /** The person for {@code index} under {@code seed}. */
    public static FakePerson of(long seed, int index) {
        SeededHash h = new SeededHash(seed, "person", index);
        int birthYear = 1930 + h.nextInt(80);
        return new FakePerson(FAMILY[h.nextInt(FAMILY.length)], GIVEN[h.nextInt(GIVEN.length)],
                "MRN" + (100000 + h.nextInt(900000)),
                String.format("%04d%02d%02d", birthYear, 1 + h.nextInt(12), 1 + h.nextInt(28)),
                h.nextInt(2) == 0 ? "M" : "F",
                (1 + h.nextInt(250)) + " " + STREET[h.nextInt(STREET.length)], CITY[h.nextInt(CITY.length)],
                String.format("%05d", 10000 + h.nextInt(89999)),
                String.format("(%03d) %03d-%04d", 200 + h.nextInt(700), 200 + h.nextInt(700), h.nextInt(10000)));
    }

    /** DICOM PN form FAMILY^Given. */
    public String dicomName() {
        return familyName + "^" + givenName;
    }
}
