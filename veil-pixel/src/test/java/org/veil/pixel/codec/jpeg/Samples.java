package org.veil.pixel.codec.jpeg;

/** Comparisons of pixel data byte arrays (8-bit, or 16-bit little endian) for tests. */
final class Samples {
    private Samples() {
    }

    /**
     * Largest absolute difference between corresponding samples of ours and a reference; fails when the lengths
     * differ by more than the reference's one byte of DICOM padding to even length.
     */
    static int maxDifference(byte[] ours, byte[] reference, int bytesPerSample) {
        boolean padded = reference.length == ours.length + 1 && ours.length % 2 == 1;
        if (ours.length != reference.length && !padded) {
            throw new AssertionError("pixel data lengths differ: " + ours.length + " vs " + reference.length);
        }
        byte[] a = ours;
        byte[] b = reference;
        int max = 0;
        for (int i = 0; i < a.length; i += bytesPerSample) {
            max = Math.max(max, Math.abs(sample(a, i, bytesPerSample) - sample(b, i, bytesPerSample)));
        }
        return max;
    }

    static int sample(byte[] data, int i, int bytesPerSample) {
        return bytesPerSample == 1 ? data[i] & 0xFF : (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8;
    }
}
