package org.veil.spark;

import org.apache.hadoop.fs.Path;

/**
 * The job's state beside the output ({@code OUT.veil/spark}): claims of output names, one record per finished input
 * (what makes a resubmitted job resume), temporary files and the manifest: no PHI, inputs are named by their keyed
 * ids; and the tasks' linkage records until the driver merges them, sealed under the project key.
 */
record WorkFolder(Path root) {

    static WorkFolder beside(Path out) {
        return new WorkFolder(new Path(out.getParent(), out.getName() + ".veil/spark"));
    }

    Path claims() {
        return new Path(root, "claims");
    }

    Path done() {
        return new Path(root, "done");
    }

    Path temp() {
        return new Path(root, "tmp");
    }

    Path manifest() {
        return new Path(root, "manifest.parquet");
    }

    /** The mapping file, where a folder run keeps it: in the run's work folder {@code OUT.veil}. */
    Path mapping() {
        return new Path(root.getParent(), "mapping.tsv");
    }

    /** The sealed linkage records of the tasks, until the driver merges them into the store. */
    Path links() {
        return new Path(root, "links");
    }

    /** The run summary, where a folder run writes it: {@code OUT.veil/summary.json}. */
    Path summary() {
        return new Path(root.getParent(), "summary.json");
    }

    /** The folder a folder run calls its work folder ({@code OUT.veil}). */
    Path runWork() {
        return root.getParent();
    }
}
