package org.veil.verify;

/** A range of bytes of a file not to search: [{@code from}, {@code from + length}). */
record ByteRange(long from, long length) {
}
