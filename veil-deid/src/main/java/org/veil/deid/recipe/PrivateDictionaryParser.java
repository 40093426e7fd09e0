package org.veil.deid.recipe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.deid.engine.PrivateDictionary;
import org.veil.deid.engine.PrivateDictionary.PrivateAction;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * Reads a user private dictionary: CSV (RFC 4180 quoting), UTF-8, one private element per line after the header
 * line {@code creator,group,element,vr,action}; blank lines and lines starting with {@code #} are ignored.
 *
 * <pre>
 * creator,group,element,vr,action
 * SIEMENS CSA HEADER,0029,10,OB,keep
 * "ACME, Inc.",0009,xx21,DA,shift-date
 * </pre>
 *
 * <p>{@code group} is the odd group (4 hex digits); {@code element} the offset in the creator's block ({@code 10},
 * {@code xx10} or {@code 0x10}); {@code vr} the element's VR (may be empty), used when a file has the element as UN;
 * {@code action} one of keep, remove, clean, shift-date, remap-uid. Every problem of the file is reported, each as
 * {@code file line:column: message}; a dictionary with a problem is never returned.
 */
public final class PrivateDictionaryParser {
    /** The header line's columns. */
    public static final List<String> COLUMNS = List.of("creator", "group", "element", "vr", "action");
    static final Map<String, PrivateAction> ACTIONS = Scalars.spellings(PrivateAction.class);
    private static final Set<VR> DATE_VRS = Set.of(VR.DA, VR.DT, VR.TM, VR.AS);
    private static final int CREATOR_MAX = 64;

    private PrivateDictionaryParser() {
    }

    /** Parses a dictionary file; problems name the path as given. */
    public static PrivateDictionary parse(Path file) throws IOException, RecipeException {
        return parse(file, new HashMap<>());
    }

    /**
     * Parses a dictionary file that must not define the elements in {@code seen} (descriptions to where they are
     * defined), adding its own.
     */
    static PrivateDictionary parse(Path file, Map<String, String> seen) throws IOException, RecipeException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return parse(text, file.toString(), seen);
        } catch (CharacterCodingException e) {
            throw new RecipeException(new RecipeProblem(file.toString(), 1, 1, "not UTF-8 text"));
        }
    }

    /**
     * Parses dictionary text.
     *
     * @param source the name problems give, e.g. {@code siemens.csv}
     */
    public static PrivateDictionary parse(String text, String source) throws RecipeException {
        return parse(text, source, new HashMap<>());
    }

    private static PrivateDictionary parse(String text, String source, Map<String, String> seen)
            throws RecipeException {
        List<RecipeProblem> problems = new ArrayList<>();
        List<PrivateDictionary.Entry> entries = new ArrayList<>();
        boolean header = false;
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Row row = new Row(source, i + 1, problems);
            List<Field> fields = row.split(line);
            if (fields == null) {
                continue;
            }
            if (!header) {
                header = true;
                row.header(fields);
                continue;
            }
            PrivateDictionary.Entry e = row.entry(fields);
            if (e == null) {
                continue;
            }
            String key = e.describe();
            String first = seen.putIfAbsent(key, e.source());
            if (first != null) {
                problems.add(new RecipeProblem(source, i + 1, 1, key + " is already defined at " + first));
            } else {
                entries.add(e);
            }
        }
        if (!header) {
            problems.add(new RecipeProblem(source, 1, 1, "empty dictionary (it needs the header line "
                    + String.join(",", COLUMNS) + ")"));
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return new PrivateDictionary(entries);
    }

    /** One field of a line and the column (from 1) it starts at. */
    private record Field(String text, int column) {
    }

    /** One line of the file. */
    private static final class Row {
        private final String source;
        private final int line;
        private final List<RecipeProblem> problems;

        Row(String source, int line, List<RecipeProblem> problems) {
            this.source = source;
            this.line = line;
            this.problems = problems;
        }

        private void problem(int column, String message) {
            problems.add(new RecipeProblem(source, line, column, message));
        }

        /** The fields of a CSV line (unquoted fields trimmed), or null after a problem. */
        List<Field> split(String text) {
            List<Field> fields = new ArrayList<>();
            int i = 0;
            while (true) {
                int start = i;
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                StringBuilder sb = new StringBuilder();
                int column = i + 1;
                if (i < text.length() && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            problem(column, "unterminated quoted field");
                            return null;
                        }
                        char c = text.charAt(i++);
                        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else if (c == '"') {
                            break;
                        } else {
                            sb.append(c);
                        }
                    }
                    while (i < text.length() && text.charAt(i) == ' ') {
                        i++;
                    }
                    if (i < text.length() && text.charAt(i) != ',') {
                        problem(i + 1, "text after a quoted field (expected ',')");
                        return null;
                    }
                    fields.add(new Field(sb.toString(), column));
                } else {
                    int end = text.indexOf(',', start);
                    end = end < 0 ? text.length() : end;
                    String raw = text.substring(start, end);
                    if (raw.indexOf('"') >= 0) {
                        problem(start + 1 + raw.indexOf('"'), "quote inside an unquoted field (quote the whole field"
                                + " and double the quote)");
                        return null;
                    }
                    fields.add(new Field(raw.strip(), column));
                    i = end;
                }
                if (i >= text.length()) {
                    return fields;
                }
                i++;
            }
        }

        void header(List<Field> fields) {
            List<String> names = fields.stream().map(f -> f.text().toLowerCase(java.util.Locale.ROOT)).toList();
            if (!names.equals(COLUMNS)) {
                problem(1, "expected the header line " + String.join(",", COLUMNS) + ", found "
                        + String.join(",", names));
            }
        }

        PrivateDictionary.Entry entry(List<Field> fields) {
            if (fields.size() != COLUMNS.size()) {
                problem(1, "expected " + COLUMNS.size() + " fields (" + String.join(",", COLUMNS) + "), found "
                        + fields.size());
                return null;
            }
            String creator = creator(fields.get(0));
            Integer group = group(fields.get(1));
            Integer offset = offset(fields.get(2));
            VR vr = vr(fields.get(3));
            PrivateAction action = action(fields.get(4));
            if (creator == null || group == null || offset == null || action == null
                    || vr == null && !fields.get(3).text().isEmpty()) {
                return null;
            }
            if (vr != null && !fits(vr, action, fields.get(4))) {
                return null;
            }
            return new PrivateDictionary.Entry(creator, group, offset, vr, action, source + " " + line + ":1");
        }

        private String creator(Field f) {
            String text = f.text();
            if (text.isEmpty()) {
                problem(f.column(), "empty creator");
            } else if (!text.equals(text.strip())) {
                problem(f.column(), "creator has leading or trailing spaces; creators are compared without them");
            } else if (text.length() > CREATOR_MAX || text.contains("\\")) {
                problem(f.column(), "creator is not a valid LO value (at most 64 characters, no backslash)");
            } else {
                return text;
            }
            return null;
        }

        private Integer group(Field f) {
            String t = f.text();
            if (t.matches("[0-9A-Fa-f]{4}") && Tag.isPrivate(Tag.of(Integer.parseInt(t, 16), 0x1000))) {
                return Integer.parseInt(t, 16);
            }
            problem(f.column(), "group '" + t + "' is not a private group (4 hex digits, odd, 0009-FFFD)");
            return null;
        }

        private Integer offset(Field f) {
            String t = f.text();
            String digits = t.length() == 4 && (t.regionMatches(true, 0, "xx", 0, 2)
                    || t.regionMatches(true, 0, "0x", 0, 2)) ? t.substring(2) : t;
            if (digits.matches("[0-9A-Fa-f]{2}")) {
                return Integer.parseInt(digits, 16);
            }
            problem(f.column(), "element '" + t + "' is not an offset in a private block: give its last two hex "
                    + "digits, 10, xx10 or 0x10 for (gggg,xx10)");
            return null;
        }

        private VR vr(Field f) {
            String t = f.text();
            if (t.isEmpty()) {
                return null;
            }
            VR vr = t.length() == 2 ? VR.ofCode(t.charAt(0) << 8 | t.charAt(1)) : null;
            if (vr == null) {
                problem(f.column(), "unknown VR '" + t + "' (two capital letters from PS3.5, or empty)");
            }
            return vr;
        }

        private PrivateAction action(Field f) {
            PrivateAction a = ACTIONS.get(f.text().toLowerCase(java.util.Locale.ROOT));
            if (a == null) {
                problem(f.column(), "unknown action '" + f.text() + "' (valid: " + String.join(", ", ACTIONS.keySet())
                        + ")" + Suggestion.hint(f.text(), List.copyOf(ACTIONS.keySet())));
            }
            return a;
        }

        /** An action that could never apply to a value of this VR is a mistake, not a silent removal. */
        private boolean fits(VR vr, PrivateAction action, Field f) {
            String wrong = action == PrivateAction.SHIFT_DATE && !DATE_VRS.contains(vr) ? "shift-date applies to DA,"
                    + " DT, TM and AS values"
                    : action == PrivateAction.REMAP_UID && vr != VR.UI ? "remap-uid applies to UI values"
                    : action == PrivateAction.CLEAN && !vr.usesCharacterSet() ? "clean applies to text values"
                    : null;
            if (wrong != null) {
                problem(f.column(), wrong + ", not " + vr);
                return false;
            }
            return true;
        }
    }
}
