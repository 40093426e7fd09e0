/**
 * Coverage-guided fuzz targets (Jazzer's JUnit integration): the reader in every transfer syntax (deflate included),
 * de-identification of a parsed data set with the property that no value of an identifying attribute survives
 * whatever VR the file claims, the JSON writer, the recipe parser and the pixel decoders. Without
 * {@code JAZZER_FUZZ} each target runs on its seeds (from the shared corpus) and on the findings kept under
 * {@code src/test/resources/org/veil/fuzz/<Target>Inputs/}; with it, Jazzer fuzzes one target for a bounded time.
 * A target fails on any exception other than the documented refusal of bad input, on a hang and on
 * OutOfMemoryError. Never used by production code.
 */
package org.veil.fuzz;
