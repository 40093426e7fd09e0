/**
 * The de-identification engine: a rule map compiled once per run from PS3.15 Table E.1-1, the selected options and the
 * recipe, applied to every element at every depth of a data set, with keyed pseudonyms, UID remapping and date shifts.
 * Must never log or report original values, never catch and ignore a failure (an instance that cannot be processed
 * fully is rejected with a reason), and never hold per-run mutable state outside {@link org.veil.deid.engine.Deidentifier}'s
 * explicitly thread-safe collaborators.
 */
package org.veil.deid.engine;
