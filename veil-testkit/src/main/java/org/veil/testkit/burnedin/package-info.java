/**
 * Test data for burned-in text: draws identifiers and harmless overlay words (several fonts, sizes, positions, both
 * polarities) into sample planes and remembers exactly which pixels each word set, so that tests can measure whether
 * text was found, kept or hidden. Needs a headless AWT with fonts (fontconfig and a font package such as
 * fonts-dejavu-core); it never writes files.
 */
package org.veil.testkit.burnedin;
