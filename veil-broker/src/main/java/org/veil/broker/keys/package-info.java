/**
 * The project key at rest: a PKCS#12 keystore holding the 256-bit secret as a secret-key entry, opened with a
 * password from the environment, a file or the console; or the key inside a PKCS#11 token ({@code Pkcs11Token}), which
 * holds HKDF's PRK and the per-purpose subkeys as sensitive, non-extractable objects and computes every MAC, opened
 * with a PIN from {@code VEIL_PKCS11_PIN}, a file or the console.
 *
 * <p>Must never: take a password or PIN as a command-line argument, print or log a password or key bytes, overwrite an
 * existing keystore, or leave a keystore readable by others where the file system has POSIX permissions.
 */
package org.veil.broker.keys;
