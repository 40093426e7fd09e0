package org.veil.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Fragments;

class ValueDigestTest {
    private static final int TAG = 0x00280030;
    private final ValueDigest digest = new ValueDigest();

    @TempDir
    Path tmp;

    private byte[] of(byte[] v, byte pad) throws Exception {
        return digest.of(DataElement.of(TAG, VR.DS, v), pad);
    }

    @Test
    void of_oddLengthAndItsPaddedForm_equal() throws Exception {
        assertArrayEquals(of(new byte[] {'1', '2', '3'}, (byte) ' '), of(new byte[] {'1', '2', '3', ' '}, (byte) ' '));
        assertArrayEquals(of(new byte[] {'1', '2'}, (byte) ' '), of(new byte[] {'1', '2'}, (byte) ' '));
    }

    @Test
    void of_differentByteOrLength_differ() throws Exception {
        assertFalse(Arrays.equals(of(new byte[] {'1', '2', '3'}, (byte) ' '), of(new byte[] {'1', '2', '3', 0},
                (byte) ' ')));
        assertFalse(Arrays.equals(of(new byte[] {'1', '2'}, (byte) ' '), of(new byte[] {'1', '3'}, (byte) ' ')));
        assertFalse(Arrays.equals(of(new byte[] {'1', '2'}, (byte) ' '), of(new byte[] {'1', '2', '3', '4'},
                (byte) ' ')));
    }

    @Test
    void of_valueInFileAndSameBytesInMemory_equalAcrossChunksAndByteOrders() throws Exception {
        byte[] le = new byte[200_001];
        for (int i = 0; i < le.length; i++) {
            le[i] = (byte) (i * 31 + i / 7);
        }
        byte[] be = le.clone();
        for (int i = 0; i + 1 < be.length; i += 2) {
            be[i] = le[i + 1];
            be[i + 1] = le[i];
        }
        Path f = Files.write(tmp.resolve("v.bin"), concat(new byte[] {9, 9, 9}, le, be));
        byte[] memory = digest.of(DataElement.of(0x7FE00010, VR.OW, le), (byte) 0);
        byte[] inFileLe = digest.of(DataElement.of(0x7FE00010, VR.OW, new BulkData(f, 3, le.length, false, 2)),
                (byte) 0);
        byte[] inFileBe = digest.of(DataElement.of(0x7FE00010, VR.OW, new BulkData(f, 3 + le.length, be.length, true,
                2)), (byte) 0);
        assertArrayEquals(memory, inFileLe);
        assertArrayEquals(memory, inFileBe);
        le[150_000]++;
        assertFalse(Arrays.equals(memory, digest.of(DataElement.of(0x7FE00010, VR.OW, le), (byte) 0)));
    }

    @Test
    void of_fragments_itemByItem() throws Exception {
        Path f = Files.write(tmp.resolve("frags.bin"), new byte[] {1, 2, 3, 4, 5, 6});
        Fragments inFile = new Fragments();
        inFile.add(new byte[0]);
        inFile.add(new BulkData(f, 0, 4, false, 1));
        inFile.add(new BulkData(f, 4, 2, false, 1));
        Fragments inMemory = new Fragments();
        inMemory.add(new byte[0]);
        inMemory.add(new byte[] {1, 2, 3, 4});
        inMemory.add(new byte[] {5, 6});
        Fragments joined = new Fragments();
        joined.add(new byte[0]);
        joined.add(new byte[] {1, 2, 3, 4, 5, 6});
        byte[] a = digest.of(DataElement.of(0x7FE00010, VR.OB, inFile), (byte) 0);
        assertArrayEquals(a, digest.of(DataElement.of(0x7FE00010, VR.OB, inMemory), (byte) 0));
        assertFalse(Arrays.equals(a, digest.of(DataElement.of(0x7FE00010, VR.OB, joined), (byte) 0)));
    }

    @Test
    void ofRegion_encodedFragments_sameAsItems() throws Exception {
        byte[] region = {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, 0, 0, 0, 0,
            (byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, 4, 0, 0, 0, 1, 2, 3, 4,
            (byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0};
        Path f = Files.write(tmp.resolve("region.bin"), concat(new byte[] {7}, region));
        Fragments items = new Fragments();
        items.add(new byte[0]);
        items.add(new byte[] {1, 2, 3, 4});
        byte[] expected = digest.of(DataElement.of(0x7FE00010, VR.OB, items), (byte) 0);
        assertArrayEquals(expected, digest.ofRegion(new BulkData(f, 1, region.length, false, 1)));
        items.set(1, new byte[] {1, 2, 3, 5});
        assertFalse(Arrays.equals(expected, digest.of(DataElement.of(0x7FE00010, VR.OB, items), (byte) 0)));
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
