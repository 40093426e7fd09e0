package org.veil.spark;

import java.io.Serializable;

/**
 * One input of the job.
 *
 * @param order    its position in the listing (the order a folder run meets inputs in; decides the dirty input rule)
 * @param relative its path relative to the input root, {@code /} separators (may hold PHI: never logged)
 * @param size     its size in bytes
 */
public record InputFile(long order, String relative, long size) implements Serializable {
}
