/**
 * The DICOM Upper Layer protocol data units of PS3.8 Section 9: A-ASSOCIATE-RQ/AC/RJ, P-DATA-TF, A-RELEASE-RQ/RP and
 * A-ABORT, encoded and decoded with every length checked against what is left and against configured limits.
 *
 * <p>Must never trust a length before checking it, allocate more than a limit allows, or log data (a PDV may carry
 * PHI).
 */
package org.veil.net.pdu;
