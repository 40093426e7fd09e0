package org.veil.pixel.codec.jpeg;

/** Marker codes of ITU-T T.81 Table B.1 (the byte after 0xFF) and their names for messages. */
final class JpegMarker {
    static final int SOF0 = 0xC0;
    static final int SOF1 = 0xC1;
    static final int SOF2 = 0xC2;
    static final int SOF3 = 0xC3;
    static final int DHT = 0xC4;
    static final int DAC = 0xCC;
    static final int RST0 = 0xD0;
    static final int RST7 = 0xD7;
    static final int SOI = 0xD8;
    static final int EOI = 0xD9;
    static final int SOS = 0xDA;
    static final int DQT = 0xDB;
    static final int DNL = 0xDC;
    static final int DRI = 0xDD;
    static final int DHP = 0xDE;
    static final int EXP = 0xDF;
    static final int APP0 = 0xE0;
    static final int APP15 = 0xEF;
    static final int COM = 0xFE;

    private JpegMarker() {
    }

    /** True for RST0..RST7. */
    static boolean isRestart(int marker) {
        return marker >= RST0 && marker <= RST7;
    }

    /** True for SOF0..SOF15 (excluding DHT, JPG and DAC, which share the range). */
    static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != DHT && marker != 0xC8 && marker != DAC;
    }

    /** The standard name, e.g. {@code SOF3}, {@code RST5}, {@code APP14}, or {@code 0xFF01} when unnamed. */
    static String name(int marker) {
        if (isStartOfFrame(marker)) {
            return "SOF" + (marker - 0xC0);
        }
        if (isRestart(marker)) {
            return "RST" + (marker - RST0);
        }
        if (marker >= APP0 && marker <= APP15) {
            return "APP" + (marker - APP0);
        }
        return switch (marker) {
            case DHT -> "DHT";
            case DAC -> "DAC";
            case SOI -> "SOI";
            case EOI -> "EOI";
            case SOS -> "SOS";
            case DQT -> "DQT";
            case DNL -> "DNL";
            case DRI -> "DRI";
            case DHP -> "DHP";
            case EXP -> "EXP";
            case COM -> "COM";
            default -> String.format("0xFF%02X", marker);
        };
    }
}
