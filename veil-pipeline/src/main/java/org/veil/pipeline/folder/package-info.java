/**
 * The folder adapter of the pipeline: walks an input folder, feeds each file to the {@link
 * org.veil.pipeline.InstanceProcessor} on a bounded pool of workers, stores outputs atomically (temporary file in the
 * destination folder, then rename), keeps failing inputs in a quarantine folder beside the output, and journals each
 * completed input in a work folder beside the output ({@code OUT.veil}: journal, lock, change report, summary, mapping)
 * so an interrupted run resumes without losing, duplicating or half-writing a file. Every refusal is checked before
 * anything is written ({@code RunPreflight}); a dry run ({@code FolderRun.dryRun}) writes nothing at all.
 *
 * <p>Must never modify or delete anything under the input folder, write PHI into the output folder (input paths
 * appear only as keyed ids; reason texts with locations stay in the quarantine), put quarantined copies inside the
 * output folder, put run state or the mapping inside the output folder, or resume a run with a different key, input
 * folder or settings.
 */
package org.veil.pipeline.folder;
