/**
 * Reproducible synthetic DICOM carrying fake PHI: the benchmark workloads, the demo set and studies for tests. Every
 * output is a pure function of a seed, so two machines generate byte-identical files. Must never embed real people or
 * copied files.
 */
package org.veil.synth;
