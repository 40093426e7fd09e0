package org.veil.verify;

import java.util.Map;
import org.veil.dicom.TagPath;
import org.veil.dicom.data.DataElement;

/**
 * What verification keeps of one input between reading it and checking its output: no identifying value beyond the
 * original UIDs and patient key, which stay in memory only.
 *
 * @param input     path relative to ORIGINAL
 * @param patient   the original patient key (issuer and Patient ID)
 * @param kept      the input's top-level attributes of {@link VerifyConfig#keptTags()} (bulk values stay in the file)
 * @param pixelData the input's top-level Pixel Data, or null
 * @param uids      the original values of every UID the profile replaces, by tag path (backslash-joined)
 */
record InputFacts(String input, String patient, Map<Integer, DataElement> kept, DataElement pixelData,
                  Map<TagPath, String> uids) {
}
