package org.veil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.verify.MappingFile;

/** Everything the server knows about one delivery: its files, the run's report, and the review's state. */
public final class Review {
    private final RunPaths paths;
    private final Delivery delivery;
    private final ChangeLines changes;
    private final KAnonymityLines kAnonymity;
    private final Decisions decisions;
    private final BoxList boxes;
    private final RestoredText restoredText;
    private final ReviewAudit audit;
    private final WebUsers users;
    private final Map<String, Path> originals = new HashMap<>();

    private Review(RunPaths paths, Path input) throws IOException {
        this.paths = paths;
        this.delivery = Delivery.scan(paths.out());
        this.changes = ChangeLines.read(paths.changes());
        this.kAnonymity = KAnonymityLines.read(paths.kAnonymity());
        this.decisions = new Decisions(paths.review());
        this.boxes = new BoxList(paths.review());
        this.restoredText = new RestoredText(paths.review());
        this.audit = new ReviewAudit(paths.review());
        this.users = users(paths);
        if (input != null && Files.exists(paths.mapping())) {
            for (MappingFile.Entry e : MappingFile.read(paths.mapping())) {
                originals.put(e.output(), input.resolve(e.input()));
            }
        }
    }

    /**
     * Opens the review of the delivery in {@code out}.
     *
     * @param input the run's input folder (for originals side by side and original values), or null
     */
    public static Review open(Path out, Path input) throws IOException {
        if (!Files.isDirectory(out)) {
            throw new IOException("the delivery folder " + out + " does not exist");
        }
        return new Review(RunPaths.of(out), input == null ? null : input.toAbsolutePath().normalize());
    }

    /** The users file of the delivery in OUT. */
    public static WebUsers users(RunPaths paths) {
        return new WebUsers(paths.review().resolve("users.tsv"));
    }

    public RunPaths paths() {
        return paths;
    }

    public Delivery delivery() {
        return delivery;
    }

    public ChangeLines changes() {
        return changes;
    }

    /** What the run's k-anonymity step rewrote or withheld, per output. */
    KAnonymityLines kAnonymity() {
        return kAnonymity;
    }

    public Decisions decisions() {
        return decisions;
    }

    public BoxList boxes() {
        return boxes;
    }

    /** The boxes of an instance now (those the run detected until the review changes them). */
    public List<ReviewBox> boxes(Instance i) {
        return boxes.of(i.id(), changes.boxes(i.name()));
    }

    public RestoredText restoredText() {
        return restoredText;
    }

    /** The option names of the run, from its summary (empty when it has none). */
    public List<String> runOptions() throws IOException {
        if (!Files.isRegularFile(paths.summary())) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(paths.summary().toFile()).path("options").forEach(n -> names.add(n.asText()));
        return names;
    }

    /**
     * An instance of the study changed: a study that was approved is pending again and its released copies are
     * withdrawn (audited), so only what a reviewer approved last leaves.
     */
    public void changed(String user, Instance i) throws IOException {
        if (decisions.of(i.study()) == StudyStatus.APPROVED) {
            int n = new Release(paths.out(), paths.release()).withdraw(delivery.study(i.study()));
            decisions.set(i.study(), StudyStatus.PENDING);
            audit.record(user, "withdraw-study", i.study(), "an image changed after approval: " + n
                    + " released instance(s) withdrawn, the study is pending again");
        }
    }

    public ReviewAudit audit() {
        return audit;
    }

    public WebUsers users() {
        return users;
    }

    /** The original input of a delivered instance, when the input folder was given and still holds it. */
    public Optional<Path> original(Instance i) {
        Path p = originals.get(i.name());
        return p != null && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
