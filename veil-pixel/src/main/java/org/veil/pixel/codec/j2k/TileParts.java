package org.veil.pixel.codec.j2k;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.pixel.CorruptPixelDataException;

/**
 * The tile-parts of a codestream (SOT marker segments, ISO/IEC 15444-1 A.4.2). JJ2000 decodes wrong samples, without
 * any error, when the tile-parts of different tiles interleave and a tile-part header undercounts its tile's parts
 * (TNsot), as some encoders write. Such codestreams are rewritten into an equivalent one: each tile's parts together,
 * in their original order, with TNsot set to the number of parts found.
 */
final class TileParts {
    private static final int SOT = 0xFF90;

    private TileParts() {
    }

    /** One tile-part: its tile index, declared part count (TNsot) and bytes [from, to) in the data. */
    private record Part(int tile, int declared, int from, int to) {
    }

    /**
     * The codestream {@code data[start, end)} with each tile's parts contiguous and counted right; {@code data} itself
     * (the same array) when it already is.
     */
    static byte[] contiguous(byte[] data, int start, int end, String codec) throws CorruptPixelDataException {
        int first = firstSot(data, start, end, codec);
        List<Part> parts = parts(data, first, end, codec);
        Map<Integer, List<Part>> byTile = new LinkedHashMap<>();
        for (Part p : parts) {
            byTile.computeIfAbsent(p.tile(), t -> new ArrayList<>()).add(p);
        }
        if (!interleaved(parts) && counted(byTile)) {
            return data;
        }
        byte[] out = new byte[first - start + (end - 2 - first) + 2];
        System.arraycopy(data, start, out, 0, first - start);
        int at = first - start;
        for (List<Part> tile : byTile.values()) {
            for (Part p : tile) {
                System.arraycopy(data, p.from(), out, at, p.to() - p.from());
                if (tile.size() < 256) {
                    out[at + 11] = (byte) tile.size();
                }
                at += p.to() - p.from();
            }
        }
        out[at] = (byte) 0xFF;
        out[at + 1] = (byte) 0xD9;
        return out;
    }

    /** The tile-parts from the first SOT to the EOC that ends at {@code end}. */
    private static List<Part> parts(byte[] data, int first, int end, String codec) throws CorruptPixelDataException {
        List<Part> parts = new ArrayList<>();
        int pos = first;
        while (pos < end - 2) {
            if (u16(codec, data, pos) != SOT) {
                throw corrupt(codec, pos, "expected SOT (FF90) or EOC");
            }
            long psot = (long) u16(codec, data, pos + 6) << 16 | u16(codec, data, pos + 8);
            long to = psot == 0 ? end - 2 : pos + psot;
            if (to > end - 2 || to < pos + 14) {
                throw corrupt(codec, pos, "tile-part length " + psot + " passes the end of the codestream");
            }
            parts.add(new Part(u16(codec, data, pos + 4), data[pos + 11] & 0xFF, pos, (int) to));
            pos = (int) to;
        }
        return parts;
    }

    /** True when every tile-part states its tile's real number of parts, or 0 (unknown). */
    private static boolean counted(Map<Integer, List<Part>> byTile) {
        for (List<Part> tile : byTile.values()) {
            for (Part p : tile) {
                if (p.declared() != 0 && p.declared() != tile.size()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean interleaved(List<Part> parts) {
        for (int i = 1; i < parts.size(); i++) {
            int tile = parts.get(i).tile();
            if (tile != parts.get(i - 1).tile()) {
                for (int j = 0; j < i - 1; j++) {
                    if (parts.get(j).tile() == tile) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int firstSot(byte[] data, int start, int end, String codec) throws CorruptPixelDataException {
        int pos = start + 2;
        while (pos + 4 <= end) {
            int marker = u16(codec, data, pos);
            if (marker == SOT) {
                return pos;
            }
            pos += 2 + u16(codec, data, pos + 2);
        }
        throw corrupt(codec, start, "codestream without a tile-part (SOT)");
    }

    private static int u16(String codec, byte[] b, int at) throws CorruptPixelDataException {
        if (at < 0 || at + 2 > b.length) {
            throw corrupt(codec, at, "codestream ends inside a marker segment");
        }
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static CorruptPixelDataException corrupt(String codec, long offset, String reason) {
        return new CorruptPixelDataException(codec, offset, reason);
    }
}
