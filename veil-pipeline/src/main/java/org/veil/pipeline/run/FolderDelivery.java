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
import org.veil.pipeline.report.DeliveryFacts;
import org.veil.pipeline.report.PixelCleaned;

/** A {@link DeidRun} delivered into a folder: plan defacing, open the mapping file, run the folder, report. */
final class FolderDelivery {
    private FolderDelivery() {
    }

    static FolderResult run(DeidRun run, FolderTarget target)
            throws IOException, RunRefusedException, InterruptedException {
        PipelineSettings settings = run.settings(plan(run, target));
        PixelCleaned cleaned = PixelCleaned.before(target.listener());
        DeliveryFacts delivered = DeliveryFacts.before(cleaned);
        FolderRun folder = folderRun(run, settings, target.withListener(delivered));
        run.textTerms().load(folder.directories(target.in(), target.out()).work());
        RunSummary summary = folder.run(target.in(), target.out());
        if (settings.pixels() instanceof DefaceStage deface) {
            DefaceReport.write(deface.plan(), summary.work().resolve("deface"));
        }
        return new FolderResult(summary, target.in(), target.out(), summary.mapping(), cleaned.inputs(), delivered);
    }

    /** The folder run of {@code run} with {@code settings}, as the target asks (progress, listener). */
    static FolderRun folderRun(DeidRun run, PipelineSettings settings, FolderTarget target) {
        FolderRunOptions runOptions = FolderRunOptions.builder()
                .threads(run.threads())
                .durability(run.options().durable() ? Durability.POWER_LOSS : Durability.PROCESS_CRASH)
                .quarantine(run.options().quarantine())
                .work(run.options().work())
                .progress(target.progress())
                .progressOut(target.progressOut())
                .key(run.key().origin(), run.key().description())
                .settingsNote(run.settingsNote())
                .listener(target.listener())
                .records(run.key().records())
                .build();
        return new FolderRun(new InstanceProcessor(settings), runOptions);
    }

    /** The defacing plan over the whole input, made before the first instance; none when the run does not deface. */
    static DefacePlan plan(DeidRun run, FolderTarget target) {
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
