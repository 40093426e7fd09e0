package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.deid.engine.Change;
import org.veil.deid.pseudo.PatientKey;
import org.veil.dicom.io.FailureText;
import org.veil.pipeline.Destination;
import org.veil.pipeline.DuplicateOutputException;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceBody;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.InstanceSink;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.QuarantineSink;
import org.veil.pipeline.StudyPatients;

/**
 * A folder run that writes nothing anywhere: every input is read and de-identified as the real run would (one at a
 * time), each output encoded into a byte counter and dropped, quarantined inputs only noted. Inputs an interrupted run
 * already journaled are passed over, as a resume would. What it saw goes to a {@link DryRunReport}.
 */
final class DryRun implements InputVisitor {
    private final InstanceProcessor processor;
    private final InputIds ids;
    private final IdTable done = new IdTable();
    private final DryRunReport.Builder report;
    private final ConcurrentHashMap<String, String> claims = new ConcurrentHashMap<>();
    private final Destination destination;

    DryRun(InstanceProcessor processor, InputIds ids, DryRunReport.Builder report) {
        this.processor = processor;
        this.ids = ids;
        this.report = report;
        QuarantineSink noted = (input, reason) -> { };
        this.destination = new Destination(new CountingSink(), noted);
    }

    /** Walks and processes the input of {@code dirs}; reads the journal of an interrupted run, writes nothing. */
    void run(RunDirectories dirs, JournalHeader header, boolean resume) throws IOException, RunRefusedException,
            InterruptedException {
        if (resume) {
            Journal.replay(dirs.journal(), header, e -> done.putIfAbsent(e.input(), e.input()));
            report.resumed(done.size());
        }
        new InputWalker(dirs.in(), Set.of(dirs.out(), dirs.quarantine(), dirs.work())).walk(this);
    }

    /** The dirty input rule in memory: the first patient seen for a study wins. */
    static StudyPatients studyPatients() {
        ConcurrentHashMap<String, PatientKey> first = new ConcurrentHashMap<>();
        return (studyUid, own) -> studyUid == null ? own : first.computeIfAbsent(studyUid, k -> own);
    }

    @Override
    public void file(Path file, String relative, long size) {
        Id128 id = ids.of(relative);
        if (done.contains(id)) {
            return;
        }
        Outcome outcome;
        try {
            outcome = processor.process(new Input.OfFile(file, id.hex(), relative, size), destination);
        } catch (IOException e) {
            outcome = null;
            report.quarantined(id.hex(), FailureText.withoutDetail(e));
        }
        if (outcome instanceof Outcome.Written w) {
            report.written(id.hex(), w.name());
            for (Change c : w.result().changes()) {
                report.fired(c.action(), c.rule());
            }
        } else if (outcome instanceof Outcome.Skipped s) {
            report.skipped(id.hex(), s.reason());
        } else if (outcome instanceof Outcome.Quarantined q) {
            report.quarantined(id.hex(), q.reason().group());
        } else if (outcome instanceof Outcome.Deferred) {
            report.written(id.hex(), "DICOMDIR (rebuilt after the files it references)");
        }
    }

    @Override
    public void skipped(String relative, String reason) {
        report.skipped(ids.of(relative).hex(), reason);
    }

    @Override
    public void unreadable(String relative, String detail) {
        report.quarantined(ids.of(relative).hex(), "folder or entry cannot be read");
    }

    /** Encodes each output into a counter; a second input claiming a name is refused as the folder sink would. */
    private final class CountingSink implements InstanceSink {
        @Override
        public long store(String inputId, String name, InstanceBody body) throws IOException,
                DuplicateOutputException {
            String first = claims.putIfAbsent(name, inputId);
            if (first != null && !first.equals(inputId)) {
                throw new DuplicateOutputException(name, first);
            }
            ByteCounter counter = new ByteCounter();
            body.writeTo(counter);
            return counter.count;
        }
    }

    /** A channel that only counts. */
    private static final class ByteCounter implements WritableByteChannel {
        long count;

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            src.position(src.limit());
            count += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
