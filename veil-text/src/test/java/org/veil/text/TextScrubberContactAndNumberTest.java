package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.text.SharedScrubber.X;
import static org.veil.text.SharedScrubber.scrub;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers, e-mail and web addresses, SSNs, record numbers, street addresses and postal codes. */
class TextScrubberContactAndNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "call (617) 555-0134 now        | call " + X + " now",
            "617-555-0134                   | " + X,
            "617.555.0134                   | " + X,
            "1-800-555-0199                 | " + X,
            "+1 617 555 0134                | " + X,
            "+44 20 7946 0958               | " + X,
            "020 7946 0958                  | " + X,
            "+33 1 42 68 53 00              | " + X,
            "01 42 68 53 00                 | " + X,
            "+49 (0)30 1234567              | " + X,
            "030 12345678                   | " + X,
            "Tel: 4-5567                    | Tel: " + X,
            "pager 2231                     | pager " + X,
            "617-555-0134 ext. 4432         | " + X,
            "0041 44 123 45 67              | " + X})
    void scrub_phoneNumber_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "mail jane.doe@example.org.     | mail " + X + ".",
            "Jürgen.Müller@klinik.de        | " + X,
            "see https://pacs.example.org/viewer?study=123 | see " + X,
            "www.hospital.org/x             | " + X,
            "ftp://10.0.0.7/share           | " + X,
            "host radiology.example.com     | host " + X,
            "from 10.12.4.33:104            | from " + X + ":104"})
    void scrub_emailAndWebAddress_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SSN 123-45-6789                | SSN " + X,
            "123 45 6789                    | " + X,
            "MRN12345                       | " + X,
            "MRN 4821                       | MRN " + X,
            "Acc# 998                       | Acc# " + X,
            "Order #77123                   | Order #" + X,
            "A1234567                       | " + X,
            "case 88213                     | case " + X,
            "12-3456-78                     | " + X,
            "AB-123456                      | " + X,
            "ID: 5583921                    | ID: " + X,
            "uid 1.3.6.1.4.1.9590.100.1.2.3 | uid " + X})
    void scrub_identifyingNumber_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019-2021 trial", "10000 counts", "DLP 12345.6 mGy.cm", "FA12nTI128", "b1000",
            "JPEG2000", "kernel B30f", "3 x 512 matrix", "1.2.840.10008.5.1.4.1.1.2", "Series 4 Image 120"})
    void scrub_clinicalNumber_unchanged(String text) {
        assertEquals(text, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lives at 12 Main Street         | lives at " + X,
            "221B Baker St., Apt 4           | " + X,
            "77 Elm Rd, Unit 5               | " + X,
            "12, rue de la Paix              | " + X,
            "Via Roma 5                      | " + X,
            "Hauptstraße 12                  | " + X,
            "Berliner Str. 7                 | " + X,
            "Kerkstraat 12a                  | " + X,
            "Calle Mayor 3                   | " + X,
            "PO Box 1234                     | " + X,
            "Suite 200                       | " + X})
    void scrub_streetAddress_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Springfield, IL 62704           | " + X + ", IL " + X,
            "Boston, MA 02114-1234           | " + X + ", MA " + X,
            "ZIP 02114                       | ZIP " + X,
            "SW1A 1AA                        | " + X,
            "K1A 0B1                         | " + X,
            "D-10115                         | " + X,
            "Kerkstraat 12, 1012 AB Amsterdam | " + X + ", " + X + " " + X,
            "12 rue X, 75002 Paris           | " + X + ", " + X + " " + X,
            "Storgatan 9, 111 52 Stockholm   | " + X + ", " + X + " " + X})
    void scrub_postalCodeAndCity_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3 PHASE CT", "4 CHAMBER VIEW", "T2 3D", "2 VIEWS DR", "Via femoral access",
            "C5 6TH rib", "L4 5 disc", "via the right femoral artery"})
    void scrub_clinicalTextThatLooksLikeAnAddress_unchanged(String text) {
        assertEquals(text, scrub(text));
    }

    @Test
    void findings_address_categories() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("12 Main St, Springfield, IL 62704", KnownIdentifiers.none(),
                null);
        assertEquals(List.of(new Finding(FindingCategory.ADDRESS, 0, 10),
                new Finding(FindingCategory.ADDRESS, 12, 23), new Finding(FindingCategory.POSTAL_CODE, 28, 33)),
                r.findings());
    }
}
