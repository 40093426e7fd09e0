package org.veil.verify;

/**
 * Where a needle came from, without its value (reports never print identifying values).
 *
 * @param category  the kind of value
 * @param attribute the tag path of the attribute in the input, e.g. {@code (0040,0275)[0]>(0010,0010)}, or a
 *                  description for values not taken from one attribute
 * @param input     the input file, relative to ORIGINAL
 */
public record NeedleSource(Category category, String attribute, String input) {
}
