package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Properties of the keyed derivations; jqwik prints the seed and the shrunk input on failure. */
class PseudoProperties {
    private static final Pattern UID = Pattern.compile("^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*$");
    private static final Pattern DT = Pattern.compile("^\\d{4}(\\d{2}(\\d{2}(\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?)?)?)?"
            + "([+-]\\d{4})?$");
    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** 1850-01-01 and 2150-12-31 as epoch days. */
    private static final int FROM = -43829;
    private static final int TO = 66108;

    private final Subkeys keys = ReferenceKey.key().subkeys();
    private final DateShifter shifter = new DateShifter(keys, ShiftRange.DEFAULT);

    @Property
    void dateIntervals_samePatient_preservedExactly(@ForAll @StringLength(max = 64) String patientId,
            @ForAll @IntRange(min = FROM, max = TO) int day1, @ForAll @IntRange(min = FROM, max = TO) int day2) {
        DateShift shift = shifter.forPatient(PatientKey.of(patientId));
        LocalDate a = LocalDate.ofEpochDay(day1);
        LocalDate b = LocalDate.ofEpochDay(day2);
        LocalDate sa = LocalDate.parse(shift.date(a.format(DA)).valueOrThrow(), DA);
        LocalDate sb = LocalDate.parse(shift.date(b.format(DA)).valueOrThrow(), DA);
        assertEquals(ChronoUnit.DAYS.between(a, b), ChronoUnit.DAYS.between(sa, sb));
        assertEquals(shift.days(), ChronoUnit.DAYS.between(a, sa));
    }

    @Property
    void dateTimeIntervals_samePatient_preservedToTheMicrosecond(@ForAll @StringLength(max = 16) String patientId,
            @ForAll("dateTimes") OffsetDateTime a, @ForAll("dateTimes") OffsetDateTime b) {
        DateShift shift = shifter.forPatient(PatientKey.of("ISSUER", patientId));
        OffsetDateTime sa = parseDt(shift.dateTime(formatDt(a)).valueOrThrow());
        OffsetDateTime sb = parseDt(shift.dateTime(formatDt(b)).valueOrThrow());
        assertEquals(Duration.between(a, b), Duration.between(sa, sb));
        assertEquals(a.getOffset(), sa.getOffset());
        assertEquals(a.toLocalTime(), sa.toLocalTime());
    }

    @Property
    void shiftedValues_anyPrecision_validDaAndDt(@ForAll @IntRange(min = FROM, max = TO) int day,
            @ForAll @IntRange(min = -36525, max = 36525) int days, @ForAll @IntRange(min = 0, max = 6) int cut) {
        LocalDate date = LocalDate.ofEpochDay(day);
        String da = date.format(DA);
        LocalDate shifted = LocalDate.parse(new DateShift(days).date(da).valueOrThrow(), DA);
        assertEquals(date.plusDays(days), shifted);
        String dt = (da + "235960.123456+1400").substring(0, new int[] {4, 6, 8, 10, 12, 14, 21}[cut]);
        String shiftedDt = new DateShift(days).dateTime(dt).valueOrThrow();
        assertTrue(DT.matcher(shiftedDt).matches(), shiftedDt);
        assertEquals(dt.length(), shiftedDt.length());
    }

    @Property
    void offsets_anyRange_withinRange(@ForAll @StringLength(max = 20) String id,
            @ForAll @IntRange(min = -36525, max = 36525) int a, @ForAll @IntRange(min = -36525, max = 36525) int b) {
        ShiftRange range = new ShiftRange(Math.min(a, b), Math.max(a, b));
        int offset = new DateShifter(keys, range).offsetDays(PatientKey.of(id));
        assertTrue(range.contains(offset), offset + " outside " + range);
    }

    @Property
    void uids_validInput_validShortUid(@ForAll("uids") String uid) {
        String mapped = new UidPseudonymizer(keys, UidOptions.defaults()).map(uid).valueOrThrow();
        assertTrue(UID.matcher(mapped).matches(), mapped);
        assertTrue(mapped.length() <= 64);
        assertTrue(mapped.startsWith("2.25."));
    }

    @Property
    void uids_anyInputMapped_validShortUid(@ForAll @StringLength(min = 1, max = 80) String junk) {
        Outcome outcome = new UidPseudonymizer(keys, UidOptions.defaults().withInvalid(InvalidUidPolicy.MAP)).map(junk);
        String mapped = outcome.valueOrThrow();
        assertTrue(mapped.isEmpty() || UID.matcher(mapped).matches() && mapped.length() <= 64, mapped);
    }

    @Property
    void pseudonyms_differentKey_differ(@ForAll @Size(32) byte[] secret1, @ForAll @Size(32) byte[] secret2,
            @ForAll @StringLength(min = 1, max = 64) String id) {
        secret1[0] |= 1;
        secret2[0] |= 1;
        if (java.util.Arrays.equals(secret1, secret2)) {
            secret2[1] ^= 1;
        }
        PatientKey patient = PatientKey.of("I", "x" + id);
        String a = new IdPseudonymizer(ProjectKey.of(secret1).subkeys(), IdOptions.defaults()).patientId(patient);
        String b = new IdPseudonymizer(ProjectKey.of(secret2).subkeys(), IdOptions.defaults()).patientId(patient);
        assertNotEquals(a, b);
        String u1 = new UidPseudonymizer(ProjectKey.of(secret1).subkeys(), UidOptions.defaults()).map("1.2.3")
                .valueOrThrow();
        assertNotEquals(u1, new UidPseudonymizer(ProjectKey.of(secret2).subkeys(), UidOptions.defaults())
                .map("1.2.3").valueOrThrow());
    }

    @Property
    void pseudonyms_anyId_fitVrAndStable(@ForAll @StringLength(max = 64) String issuer,
            @ForAll @StringLength(min = 1, max = 64) String id) {
        IdPseudonymizer ids = new IdPseudonymizer(keys, IdOptions.defaults());
        PatientKey patient = PatientKey.of(issuer, "x" + id);
        String pid = ids.patientId(patient);
        assertTrue(pid.matches("[A-Z2-7]{16}"), pid);
        assertTrue(ids.patientName(patient).matches("PAT\\^[A-Z2-7]{16}"));
        assertEquals(pid, ids.patientId(PatientKey.of(issuer + " ", "x" + id + "\0")));
    }

    @Provide
    Arbitrary<OffsetDateTime> dateTimes() {
        Arbitrary<Integer> days = Arbitraries.integers().between(FROM, TO);
        Arbitrary<Long> micros = Arbitraries.longs().between(0, 86_399_999_999L);
        Arbitrary<Integer> offsetMinutes = Arbitraries.integers().between(-12 * 60, 14 * 60);
        return Combinators.combine(days, micros, offsetMinutes).as((d, us, off) -> OffsetDateTime.of(
                LocalDate.ofEpochDay(d).atStartOfDay().plus(us, ChronoUnit.MICROS),
                ZoneOffset.ofTotalSeconds(off * 60)));
    }

    @Provide
    Arbitrary<String> uids() {
        Arbitrary<String> component = Arbitraries.oneOf(Arbitraries.just("0"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).filter(s -> s.charAt(0) != '0'));
        return component.list().ofMinSize(1).ofMaxSize(20).map(list -> String.join(".", list))
                .filter(s -> s.length() <= 64);
    }

    private static String formatDt(OffsetDateTime t) {
        int offset = t.getOffset().getTotalSeconds() / 60;
        String sign = offset < 0 ? "-" : "+";
        if (offset == 0) {
            sign = "+";
        }
        int abs = Math.abs(offset);
        return t.format(DateTimeFormatter.ofPattern("uuuuMMddHHmmss.SSSSSS")) + sign
                + String.format("%02d%02d", abs / 60, abs % 60);
    }

    private static OffsetDateTime parseDt(String dt) {
        return OffsetDateTime.parse(dt, DateTimeFormatter.ofPattern("uuuuMMddHHmmss.SSSSSSxx"));
    }
}
