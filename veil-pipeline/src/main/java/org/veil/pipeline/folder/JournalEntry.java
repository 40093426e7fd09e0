package org.veil.pipeline.folder;

import java.util.Map;
import java.util.TreeMap;

/**
 * One completed input in the journal. Holds no PHI: the input is a keyed id, the text is an output name (pseudonyms),
 * a skip reason or a location-free quarantine group.
 *
 * @param status     what became of the input
 * @param input      its keyed id
 * @param bytesIn    its size
 * @param bytesOut   the output's size (written only)
 * @param warnings   recoveries and de-identification warnings (written only)
 * @param changesEnd the change report's length after this input's line (written only, else -1)
 * @param actions    count per action code (written only); the reserved code {@value #REASSIGNED} marks an instance
 *                   de-identified under its study's first patient instead of its own (dirty input)
 * @param text       output name, skip reason or quarantine group
 */
record JournalEntry(Status status, Id128 input, long bytesIn, long bytesOut, int warnings, long changesEnd,
                    Map<String, Integer> actions, String text) {

    /** Reserved action code: the instance's patient was replaced by its study's (not an action of the profile). */
    static final String REASSIGNED = "!study-patient";

    /** The fate of one input. */
    enum Status {
        WRITTEN('W'), SKIPPED('S'), QUARANTINED('Q');

        private final char code;

        Status(char code) {
            this.code = code;
        }

        static Status of(String code) {
            for (Status s : values()) {
                if (code.length() == 1 && code.charAt(0) == s.code) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown status '" + code + "'");
        }
    }

    JournalEntry {
        actions = Map.copyOf(actions);
        text = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    String line() {
        StringBuilder sb = new StringBuilder(96 + text.length());
        sb.append(status.code).append('\t').append(input.hex()).append('\t').append(bytesIn).append('\t')
                .append(bytesOut).append('\t').append(warnings).append('\t').append(changesEnd).append('\t');
        if (actions.isEmpty()) {
            sb.append('-');
        } else {
            boolean first = true;
            for (Map.Entry<String, Integer> a : new TreeMap<>(actions).entrySet()) {
                sb.append(first ? "" : ",").append(a.getKey().replace(',', '_').replace('=', '_')).append('=')
                        .append(a.getValue());
                first = false;
            }
        }
        return sb.append('\t').append(text).append('\n').toString();
    }

    /**
     * Parses a line (without its newline).
     *
     * @throws IllegalArgumentException when the line is malformed
     */
    static JournalEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException(f.length + " fields instead of 8");
        }
        Map<String, Integer> actions = new TreeMap<>();
        if (!f[6].equals("-")) {
            for (String pair : f[6].split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("bad action count '" + pair + "'");
                }
                actions.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return new JournalEntry(Status.of(f[0]), Id128.parse(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Integer.parseInt(f[4]), Long.parseLong(f[5]), actions, f[7]);
    }
}
