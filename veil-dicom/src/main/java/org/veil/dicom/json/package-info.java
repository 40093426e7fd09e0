/**
 * The DICOM JSON Model (PS3.18 Annex F): {@link org.veil.dicom.json.JsonModelWriter} streams a data set (and, on
 * request, its file meta) as one JSON object, with binary values inline (base64) or as bulk data URIs that name the
 * file, offset and length ({@link org.veil.dicom.json.BulkDataUri}).
 *
 * <p>This package writes only; it must never change the data set it writes, hold a whole binary value or document in
 * memory, or log values (they may be PHI).
 */
package org.veil.dicom.json;
