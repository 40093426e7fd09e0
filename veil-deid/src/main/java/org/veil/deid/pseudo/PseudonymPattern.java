package org.veil.deid.pseudo;

/**
 * The shape of a pseudonym: literal text around exactly one hash placeholder, written {@code {hash}} (16 Base32
 * characters, 80 bits) or {@code {hash:N}} (N = 1..51 characters, 5N bits), e.g. {@code ANON-{hash:8}} or
 * {@code PAT^{hash}}. The hash is the start of the unpadded Base32 (RFC 4648) of the HMAC.
 *
 * <p>Literal text is printable ASCII (the default character repertoire, so it fits any Specific Character Set)
 * without backslash or braces. Counters such as {@code {counter}} cannot exist: a counter needs shared state, and
 * pseudonyms here are derived from the key alone so that any machine produces the same one.
 *
 * @param prefix     literal text before the hash
 * @param hashLength number of Base32 characters of the hash
 * @param suffix     literal text after the hash
 */
public record PseudonymPattern(String prefix, int hashLength, String suffix) {
    /** Hash characters of {@code {hash}}: 16, i.e. 80 bits. */
    public static final int DEFAULT_HASH_LENGTH = 16;
    /** The most hash characters: 51 full 5-bit groups of the 256-bit HMAC. */
    public static final int MAX_HASH_LENGTH = 51;
    private static final String HASH = "{hash}";
    private static final String HASH_N = "{hash:";

    public PseudonymPattern {
        checkLiteral(prefix, "prefix");
        checkLiteral(suffix, "suffix");
        if (hashLength < 1 || hashLength > MAX_HASH_LENGTH) {
            throw new IllegalArgumentException("pseudonym hash length must be 1.." + MAX_HASH_LENGTH + ", got "
                    + hashLength);
        }
    }

    /** A prefix followed by a hash of the given length. */
    public static PseudonymPattern prefixed(String prefix, int hashLength) {
        return new PseudonymPattern(prefix, hashLength, "");
    }

    /**
     * Parses {@code text{hash}text} or {@code text{hash:N}text}.
     *
     * @throws IllegalArgumentException naming the position when there is no placeholder, more than one, an unknown
     *                                  one, or a bad length
     */
    public static PseudonymPattern parse(String pattern) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            throw new IllegalArgumentException("pseudonym pattern '" + pattern + "' has no {hash} placeholder");
        }
        int close = pattern.indexOf('}', open);
        if (close < 0) {
            throw new IllegalArgumentException("pseudonym pattern '" + pattern + "': '{' at " + open
                    + " is not closed");
        }
        String placeholder = pattern.substring(open, close + 1);
        int length = hashLength(pattern, placeholder, open);
        String suffix = pattern.substring(close + 1);
        if (suffix.indexOf('{') >= 0) {
            throw new IllegalArgumentException("pseudonym pattern '" + pattern + "' has more than one placeholder"
                    + " (second at " + (close + 1 + suffix.indexOf('{')) + ")");
        }
        return new PseudonymPattern(pattern.substring(0, open), length, suffix);
    }

    /** The number of characters of every pseudonym made with this pattern. */
    public int length() {
        return prefix.length() + hashLength + suffix.length();
    }

    /** The pseudonym for an HMAC output of at least 32 bytes. */
    public String format(byte[] mac) {
        return prefix + Base32.encode(mac).substring(0, hashLength) + suffix;
    }

    /** The pattern in its textual form, e.g. {@code PAT^{hash:16}}. */
    public String text() {
        return prefix + HASH_N + hashLength + "}" + suffix;
    }

    private static int hashLength(String pattern, String placeholder, int at) {
        if (placeholder.equals(HASH)) {
            return DEFAULT_HASH_LENGTH;
        }
        if (placeholder.startsWith(HASH_N)) {
            String digits = placeholder.substring(HASH_N.length(), placeholder.length() - 1);
            if (!digits.isEmpty() && digits.length() <= 2 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Integer.parseInt(digits);
            }
            throw new IllegalArgumentException("pseudonym pattern '" + pattern + "': " + placeholder + " at " + at
                    + " needs a length 1.." + MAX_HASH_LENGTH);
        }
        throw new IllegalArgumentException("pseudonym pattern '" + pattern + "': unknown placeholder "
                + placeholder + " at " + at + "; only {hash} and {hash:N} exist, because pseudonyms are derived"
                + " from the key alone and a counter would need shared state");
    }

    private static void checkLiteral(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\' || c == '{' || c == '}') {
                throw new IllegalArgumentException("pseudonym pattern " + what + " may hold printable ASCII without"
                        + " backslash or braces; character " + i + " is not");
            }
        }
    }
}
