/**
 * {@code veil recipe import}: translation of CTP and pydicom/deid scripts into Veil recipes and pixel rules.
 * {@link org.veil.pipeline.imports.RecipeImport} picks the translator for a format; the pixel filter translators
 * ({@link org.veil.pipeline.imports.CtpPixelScript}, {@link org.veil.pipeline.imports.DeidFilterSections}) write pixel
 * rules in the format of docs/pixel-rules.md through {@link org.veil.pipeline.imports.PixelRuleYaml}. Nothing here
 * runs a de-identification; the output is checked by parsing it with the same parsers {@code veil deid} uses.
 */
package org.veil.pipeline.imports;
