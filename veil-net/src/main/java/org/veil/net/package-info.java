/**
 * The DICOM network for Veil: associations over TCP (optionally TLS) as requestor and acceptor, DIMSE C-ECHO,
 * C-STORE (SCP and SCU), C-FIND and C-MOVE (SCU, Study Root), with data sets streamed between the socket and disk in
 * PDV-sized pieces. {@link org.veil.net.DicomServer} accepts associations; {@link org.veil.net.Requestor} opens them.
 *
 * <p>Must never hold a whole data set in memory, log a data set or a value from one (only AE titles, counts and
 * command fields), or answer success for an instance before its handler has made it durable.
 */
package org.veil.net;
