/**
 * The generator that turns the DICOM standard extracts of {@code shared/standard} into committed Java sources:
 * the data dictionary and UID registry of veil-dicom and the PS3.15 tables of veil-profile ({@link Regen}).
 *
 * <p>One reader per source table checks every row's shape and throws, naming the file and row, on anything it does
 * not know; one generator per output family writes deterministic text. This package is a build tool: it must never
 * be a runtime dependency of another module, skip a row silently, or read anything outside the standard folder.
 */
package org.veil.codegen;
