package org.veil.verify;

import org.veil.dicom.TagPath;
import org.veil.dicom.data.BulkData;

/**
 * What verification keeps of one input between reading it (pass 1) and checking its output (pass 2), in a few hundred
 * bytes whatever the size of its bulk values: digests of the values to compare, 8-byte keys of the spellings of its
 * identifying values (to tell its own values from other inputs'), and no identifying value beyond the original UIDs
 * and patient key (shared between inputs that have the same ones), which stay in memory only.
 *
 * @param input       path relative to ORIGINAL
 * @param patient     the original patient key (issuer and Patient ID)
 * @param keptTags    the input's top-level attributes of {@link VerifyConfig#keptTags()}, ascending
 * @param keptPads    the padding byte of each kept attribute's VR in the input
 * @param keptDigests the {@link ValueDigest} of each kept attribute, {@link ValueDigest#LENGTH} bytes each, in order
 * @param pixelDigest the {@link ValueDigest} of the input's top-level Pixel Data when held in memory, else null
 * @param pixelBulk   where the input's top-level Pixel Data lies in its file when left there: the value (native) or the
 *                    encoded extent of its fragments (encapsulated); compared with the output chunk by chunk, without
 *                    hashing either; else null
 * @param encapsulated whether {@code pixelBulk} is the encoded extent of fragments
 * @param uidPaths    the tag paths of the UIDs the profile replaces
 * @param uidValues   their original values (backslash-joined), in the order of {@code uidPaths}
 * @param ownVariants the {@link NeedleSet#keyOf keys} of every spelling of the input's own identifying values, sorted
 */
record InputFacts(String input, String patient, int[] keptTags, byte[] keptPads, byte[] keptDigests,
                  byte[] pixelDigest, BulkData pixelBulk, boolean encapsulated,
                  TagPath[] uidPaths, String[] uidValues, long[] ownVariants) {

    /** True when the spelling with key {@code variantKey} is one of this input's own identifying values. */
    boolean ownsVariant(long variantKey) {
        return java.util.Arrays.binarySearch(ownVariants, variantKey) >= 0;
    }

    /** The original value of the replaced UID at {@code path}, or null. */
    String uid(TagPath path) {
        for (int i = 0; i < uidPaths.length; i++) {
            if (uidPaths[i].equals(path)) {
                return uidValues[i];
            }
        }
        return null;
    }

    /** True when {@code digest} equals the digest of kept attribute number {@code i}. */
    boolean keptEquals(int i, byte[] digest) {
        return java.util.Arrays.equals(keptDigests, i * ValueDigest.LENGTH, (i + 1) * ValueDigest.LENGTH, digest, 0,
                ValueDigest.LENGTH);
    }
}
