/**
 * The series-level step of Clean Recognizable Visual Features: before the run, {@link
 * org.veil.pipeline.deface.DefacePlanner} reads the headers of the input, groups CT and MR instances by series, loads
 * each candidate series as one volume (one at a time) and finds its face cut; during the run, {@link
 * org.veil.pipeline.deface.DefaceStage} applies the cut to each instance of a planned series as its pixel step, or
 * refuses (quarantine) the instances of a series that looks like a head but could not be defaced. Series that are not
 * heads are left untouched. Never logs file names, identifiers or values.
 */
package org.veil.pipeline.deface;
