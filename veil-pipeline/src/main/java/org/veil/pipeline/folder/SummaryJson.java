package org.veil.pipeline.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.dicom.Implementation;

/**
 * Writes a {@link RunSummary} as {@code summary.json} in the work folder (atomically), with {@link PrettyJson}: the
 * bytes Jackson's indented output wrote before, without setting up Jackson.
 */
final class SummaryJson {
    static final String FILE = "summary.json";

    private SummaryJson() {
    }

    static void write(RunSummary s, Path file, Durability durability) throws IOException {
        byte[] bytes = bytes(s);
        new AtomicFileWriter(durability).write(file, out -> {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                out.write(b);
            }
        });
    }

    static byte[] bytes(RunSummary s) throws com.fasterxml.jackson.core.JsonProcessingException {
        return PrettyJson.bytes(tree(s));
    }

    private static Map<String, Object> group(long total, Map<String, Long> reasons) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("reasons", reasons);
        return m;
    }

    static Map<String, Object> tree(RunSummary s) {
        RunCounts c = s.counts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("veil", Implementation.VERSION_NAME);
        m.put("started", s.started().toString());
        m.put("seconds", s.elapsed().toMillis() / 1000.0);
        m.put("inputs", c.inputs());
        m.put("resumed", c.resumed());
        m.put("written", c.written());
        m.put("skipped", group(c.skipped(), c.skipReasons()));
        m.put("quarantined", group(c.quarantined(), c.quarantineReasons()));
        m.put("actions", c.actions());
        m.put("warnings", c.warnings());
        m.put("studyPatientConflicts", c.reassigned());
        m.put("bytesIn", c.bytesIn());
        m.put("bytesOut", c.bytesOut());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("fingerprint", s.keyFingerprint());
        key.put("origin", s.keyOrigin().name().toLowerCase(java.util.Locale.ROOT));
        key.put("source", s.keySource());
        m.put("key", key);
        m.put("options", s.options());
        m.put("naming", s.naming());
        m.put("output", s.output().toString());
        m.put("quarantine", s.quarantine().toString());
        m.put("work", s.work().toString());
        m.put("durability", s.durability().name().toLowerCase(java.util.Locale.ROOT));
        m.put("threads", s.threads());
        Map<String, Object> patients = new LinkedHashMap<>();
        patients.put("idsWithSeveralIssuers", s.patients().severalIssuers());
        patients.put("idsWithConflictingNameOrBirthDate", s.patients().conflictingNameOrBirth());
        m.put("patientIdChecks", patients);
        m.put("notes", s.notes());
        return m;
    }
}
