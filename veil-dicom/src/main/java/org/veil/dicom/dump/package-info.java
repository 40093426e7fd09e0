/**
 * A readable text tree of DICOM files ({@link org.veil.dicom.dump.TextDumper}): one line per element with tag, VR,
 * keyword (or private creator), an abbreviated value and the length; items with index and offset; the file meta
 * first and the reader's warnings last.
 *
 * <p>This package writes only: it must never change the data set it shows, load values left in the file, or log
 * values (the dump itself is the user's output, written where the caller says).
 */
package org.veil.dicom.dump;
