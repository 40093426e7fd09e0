/**
 * PS3.15 E.1.1 Encrypted Attributes: the encoded Modified Attributes Sequence item is encrypted as CMS
 * EnvelopedData (RFC 5652) to a recipient's X.509 certificate, with RSA key transport (RFC 3370 section 4.2) and
 * AES-CBC content encryption (RFC 3565), the bytes that go into Encrypted Content (0400,0520); and decrypted again
 * with the recipient's private key (E.1.2).
 *
 * <p>Must never: encode or decode DICOM (the caller supplies and receives the bytes of the data set); log plaintext
 * or keys; register a JCE provider globally (Bouncy Castle is used as a private provider instance).
 */
package org.veil.broker.cms;
