/**
 * Recipes: a user's de-identification choices in a small YAML (or JSON) file — options, per attribute, private element
 * and sequence path rules, instance filters, strict mode with an allow-list, pseudonym patterns, the date policy and
 * user private dictionaries (CSV, {@link org.veil.deid.recipe.PrivateDictionaryParser}) —
 * parsed into a {@link org.veil.deid.recipe.Recipe} that layers them onto a
 * {@link org.veil.deid.engine.DeidConfig.Builder}. The format is described in {@code docs/recipes.md}.
 *
 * <p>Parsing works on the YAML node tree ({@code Yaml.compose}), never on constructed objects, so that every problem
 * names the file, line and column of the offending node; all problems of a file are reported together. Must never
 * accept a recipe it only partly understands: unknown keys, keywords, actions and options are errors, not warnings,
 * because a typo that silently does nothing leaves identifiers in the output. Must never instantiate classes named in
 * the YAML (no constructor is used) and never log values from a recipe.
 */
package org.veil.deid.recipe;
