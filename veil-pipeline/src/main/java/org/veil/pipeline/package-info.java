/**
 * The one de-identification flow for a single instance, independent of where instances come from: read, classify
 * (DICOM or not, filters), de-identify the header, clean pixels, name and write to a sink, or quarantine with a located
 * reason. The command line (folders), the gateway (network) and the Spark job (partitions) feed {@link
 * org.veil.pipeline.Input}s into an {@link org.veil.pipeline.InstanceProcessor} and give it their sinks.
 *
 * <p>Must never modify an input, write an instance that was not fully processed (fail closed: doubt means quarantine),
 * put an original value into an output name, a report or a log line, or hold state shared between instances other
 * than the thread-safe {@link org.veil.deid.engine.Deidentifier}.
 */
package org.veil.pipeline;
