package org.veil.pipeline.pixel;

/**
 * Folds text so that characters OCR confuses compare equal: upper case, letters and digits only, and O/Q/D -> 0,
 * I/L/| -> 1, S -> 5, B -> 8, Z -> 2, G -> 6.
 */
final class OcrConfusion {
    private OcrConfusion() {
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            switch (c) {
                case 'O', 'Q', 'D' -> b.append('0');
                case 'I', 'L', '|', '!' -> b.append('1');
                case 'S' -> b.append('5');
                case 'B' -> b.append('8');
                case 'Z' -> b.append('2');
                case 'G' -> b.append('6');
                default -> {
                    if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
