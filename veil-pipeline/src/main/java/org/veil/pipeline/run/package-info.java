/**
 * The run: one immutable {@link org.veil.pipeline.run.DeidRun}, built from plain values (a
 * {@link org.veil.pipeline.run.DeidRunOptions} a front end fills from its own arguments, a
 * {@link org.veil.pipeline.run.KeySource}), that decides every domain default (text cleaner, pixel stage, rule order,
 * OCR, defacing, read budget, naming, duplicates) and delivers through a sink: a folder
 * ({@link org.veil.pipeline.run.DeidRun#toFolder}) or the front end's own sinks, one instance at a time
 * ({@link org.veil.pipeline.run.InstanceRun}). The command line, the gateway, the Spark job and the web review all
 * build their run here, so one set of options gives the same bytes through every front end.
 *
 * <p>May depend on the engines below it (deid, pixel, volume, verify); never on the broker (the front end opens the
 * linkage store and hands in its listener) nor on a front end.
 */
package org.veil.pipeline.run;
