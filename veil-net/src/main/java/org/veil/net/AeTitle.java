package org.veil.net;

/** AE titles (PS3.5 VR AE): 1 to 16 characters of the default repertoire, no backslash, not all spaces. */
public final class AeTitle {
    private AeTitle() {
    }

    public static String check(String title) {
        if (title == null || title.isBlank() || title.length() > 16) {
            throw new IllegalArgumentException("an AE title has 1 to 16 characters, got '" + title + "'");
        }
        for (char c : title.toCharArray()) {
            if (c < 0x20 || c > 0x7E || c == '\\') {
                throw new IllegalArgumentException("an AE title has printable ASCII characters and no backslash: '"
                        + title + "'");
            }
        }
        return title.trim();
    }
}
