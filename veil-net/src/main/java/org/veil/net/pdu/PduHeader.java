package org.veil.net.pdu;

/**
 * The six bytes that open every PDU: type, a reserved byte, and the length of what follows (unsigned, big endian).
 *
 * @param type   the PDU type
 * @param length bytes that follow the header
 */
public record PduHeader(PduType type, long length) {
}
