package org.veil.deid.engine;

/**
 * Encrypts the Encrypted Attributes Data Set (PS3.15 E.1.1 items 1 and 4) for the recipient that may re-identify;
 * implemented with CMS by the honest broker module. Thread-safe.
 */
public interface AttributeProtector {
    /** The CMS EnvelopedData (DER) of {@code encoded}, a data set encoded in Explicit VR Little Endian. */
    byte[] encrypt(byte[] encoded);
}
