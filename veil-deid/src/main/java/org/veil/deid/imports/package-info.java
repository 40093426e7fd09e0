/**
 * Translation of other tools' de-identification scripts into Veil recipes: CTP DicomAnonymizer scripts
 * ({@link org.veil.deid.imports.CtpScriptImport}) and pydicom/deid recipes' {@code %header} sections
 * ({@link org.veil.deid.imports.DeidHeaderImport}), with a line-by-line {@link org.veil.deid.imports.ImportReport}.
 * Each translator works from the formats as their projects document them; none copies their code. A construct that
 * cannot be expressed is reported, never silently dropped or widened into something weaker.
 */
package org.veil.deid.imports;
