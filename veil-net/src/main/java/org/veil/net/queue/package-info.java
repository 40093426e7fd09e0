/**
 * A store-and-forward queue on disk for a gateway: instances pass through the states of {@link
 * org.veil.net.queue.SpoolQueue} (received, processed, refused) by atomic renames, and {@link
 * org.veil.net.queue.Forwarder} sends processed instances to a peer by C-STORE with retries and back-off. Everything the
 * queue holds survives a killed process.
 */
package org.veil.net.queue;
