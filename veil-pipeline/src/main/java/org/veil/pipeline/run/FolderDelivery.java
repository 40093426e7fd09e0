package org.veil.pipeline.run;

import java.io.IOException;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.deface.DefacePlan;
import org.veil.pipeline.deface.DefaceReport;
import org.veil.pipeline.deface.DefaceStage;
import org.veil.pipeline.folder.Durability;
import org.veil.pipeline.folder.FolderRun;
import org.veil.pipeline.folder.FolderRunOptions;
import org.veil.pipeline.folder.RunRefusedException;
import org.veil.pipeline.folder.RunSummary;

/** A {@link DeidRun} delivered into a folder: plan defacing, open the mapping file, run the folder, report. */
final class FolderDelivery {
    private FolderDelivery() {
    }

    static FolderResult run(DeidRun run, FolderTarget target)
            throws IOException, RunRefusedException, InterruptedException {
        PipelineSettings settings = run.settings(plan(run, target));
        try (OutputMapping mapping = OutputMapping.open(target.in(), target.out())) {
            FolderRunOptions runOptions = FolderRunOptions.builder()
                    .threads(run.threads())
                    .durability(run.options().durable() ? Durability.POWER_LOSS : Durability.PROCESS_CRASH)
                    .quarantine(run.options().quarantine())
                    .progress(target.progress())
                    .progressOut(target.progressOut())
                    .key(run.key().origin(), run.key().description())
                    .settingsNote(run.settingsNote())
                    .listener((input, outcome) -> {
                        mapping.completed(input, outcome);
                        target.listener().completed(input, outcome);
                    })
                    .records(run.key().records())
                    .build();
            RunSummary summary = new FolderRun(new InstanceProcessor(settings), runOptions)
                    .run(target.in(), target.out());
            if (settings.pixels() instanceof DefaceStage deface) {
                DefaceReport.write(deface.plan(), target.out().resolve(".veil").resolve("deface"));
            }
            return new FolderResult(summary, target.in(), target.out(), mapping.file());
        }
    }

    /** The defacing plan over the whole input, made before the first instance; none when the run does not deface. */
    private static DefacePlan plan(DeidRun run, FolderTarget target) {
        if (!run.defaces()) {
            return DefacePlan.empty();
        }
        try {
            return run.planDeface(target.in());
        } catch (IOException e) {
            throw new InvalidRunException("cannot read " + e.getMessage(), e);
        }
    }
}
