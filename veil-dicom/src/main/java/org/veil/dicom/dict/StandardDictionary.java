package org.veil.dicom.dict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.dicom.VR;

/** TEMPORARY stub until the generated dictionary lands. */
public final class StandardDictionary {
    private static final Map<Integer, DictionaryEntry> EXACT = new HashMap<>();
    private static final List<DictionaryEntry> MASKED = new ArrayList<>();
    private static final Map<String, Integer> BY_KEYWORD = new HashMap<>();

    static {
        try {
            String json = Files.readString(Path.of("/work/shared/standard/json/attributes.json"));
            Matcher obj = Pattern.compile("\\{[^}]*\\}").matcher(json);
            while (obj.find()) {
                String o = obj.group();
                String t = field(o, "tag");
                String hex = (t.substring(1, 5) + t.substring(6, 10)).toUpperCase();
                int tag = (int) Long.parseLong(hex.replace('X', '0'), 16);
                int mask = 0;
                for (int i = 0; i < 8; i++) {
                    mask = mask << 4 | (hex.charAt(i) == 'X' ? 0 : 0xF);
                }
                List<VR> vrs = new ArrayList<>();
                for (String v : field(o, "valueRepresentation").split(" or ")) {
                    if (v.length() == 2) {
                        vrs.add(VR.of(v));
                    }
                }
                DictionaryEntry e = new DictionaryEntry(tag, mask, field(o, "keyword"), field(o, "name"),
                        List.copyOf(vrs), field(o, "valueMultiplicity"), field(o, "retired").equals("Y"));
                if (mask == -1) {
                    EXACT.put(tag, e);
                } else {
                    MASKED.add(e);
                }
                BY_KEYWORD.put(e.keyword(), tag);
            }
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static String field(String o, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(o);
        return m.find() ? m.group(1) : "";
    }

    private StandardDictionary() {
    }

    public static DictionaryEntry entry(int tag) {
        DictionaryEntry e = EXACT.get(tag);
        if (e != null) {
            return e;
        }
        for (DictionaryEntry m : MASKED) {
            if (m.matches(tag)) {
                return m;
            }
        }
        return null;
    }

    public static VR vr(int tag) {
        if ((tag & 0xFFFF) == 0) {
            return VR.UL;
        }
        DictionaryEntry e = entry(tag);
        return e == null || e.vrs().isEmpty() ? VR.UN : e.vrs().get(0);
    }

    public static String keyword(int tag) {
        DictionaryEntry e = entry(tag);
        return e == null ? "" : e.keyword();
    }

    public static int tag(String keyword) {
        return BY_KEYWORD.getOrDefault(keyword, -1);
    }
}
