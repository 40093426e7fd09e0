/**
 * {@code veil verify}: an independent proof that a delivery holds no identifying value of its input. It pairs each
 * output with its input ({@link org.veil.verify.MappingFile}), searches every output byte and file name for every
 * identifying value of the inputs in every plausible encoding (an Aho-Corasick automaton over raw bytes, constant
 * memory per file), and checks kept attributes, pixel data, UIDs and pseudonymous patients.
 *
 * <p>It reads the profile table (PS3.15 Table E.1-1) to know what must have changed, but never calls the
 * de-identification engine or the pipeline: it must not share their mistakes. It never logs or reports an identifying
 * value: findings name the attribute and file a value came from and the encoding it was found in.
 */
package org.veil.verify;
