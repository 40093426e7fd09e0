package org.veil.web;

import java.nio.file.Path;

/**
 * One delivered file. {@code id} is a short keyed-free hash of its name inside OUT (output names hold no PHI, but ids
 * keep URLs short and uniform).
 *
 * @param id     the id used in URLs
 * @param name   the path inside OUT, with forward slashes
 * @param file   the file
 * @param study  the (de-identified) Study Instance UID
 * @param series the (de-identified) Series Instance UID
 * @param modality the modality, or empty
 * @param frames the number of frames (1 when absent)
 */
public record Instance(String id, String name, Path file, String study, String series, String modality, int frames) {
}
