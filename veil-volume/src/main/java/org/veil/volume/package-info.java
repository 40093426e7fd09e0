/**
 * Series as volumes: reads the geometry of every frame (Image Position/Orientation (Patient), Pixel Spacing, Rescale;
 * from the top level of single-frame instances or the functional groups of Enhanced multi-frame ones), checks that the
 * frames stack into one regular grid ({@link org.veil.volume.SeriesLayout}) and loads the stored values into a
 * {@link org.veil.volume.Volume}. Never changes the data sets it reads and never logs values or file names.
 */
package org.veil.volume;
