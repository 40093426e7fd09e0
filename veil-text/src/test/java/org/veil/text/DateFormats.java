package org.veil.text;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The date formats the evaluation set writes dates in (independent of the scrubber's date code). */
final class DateFormats {

    static final int COUNT = 19;
    private static final String[] GERMAN = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"};
    private static final String[] FRENCH = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    private DateFormats() {
    }

    static String render(LocalDate d, int format, int hour, int minute) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        String full = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String abbr = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return switch (format) {
            case 0 -> String.format("%04d%02d%02d", y, m, day);
            case 1 -> String.format("%02d/%02d/%04d", day, m, y);
            case 2 -> String.format("%02d/%02d/%04d", m, day, y);
            case 3 -> String.format("%02d-%02d-%02d", m, day, y % 100);
            case 4 -> String.format("%04d-%02d-%02d", y, m, day);
            case 5 -> full + " " + day + ", " + y;
            case 6 -> day + " " + abbr + " " + String.format("%02d", y % 100);
            case 7 -> String.format("%02d.%02d.%04d", day, m, y);
            case 8 -> abbr + " " + y;
            case 9 -> day + ordinal(day) + " " + full + " " + y;
            case 10 -> String.format("%04d/%02d/%02d", y, m, day);
            case 11 -> String.format("%02d-%s-%04d", day, abbr.toUpperCase(Locale.ROOT), y);
            case 12 -> String.format("%04d%02d%02d%02d%02d%02d", y, m, day, hour, minute, (hour * 7) % 60);
            case 13 -> full + " " + y;
            case 14 -> abbr + " " + day;
            case 15 -> day + ". " + GERMAN[m - 1] + " " + y;
            case 16 -> day + " " + FRENCH[m - 1] + " " + y;
            case 17 -> m + "/" + day + "/" + y;
            default -> String.format("%04d.%02d.%02d", y, m, day);
        };
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
