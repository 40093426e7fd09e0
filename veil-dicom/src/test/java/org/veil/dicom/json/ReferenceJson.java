package org.veil.dicom.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.veil.testkit.Ci;
import org.veil.testkit.Tool;

/**
 * The reference tools' DICOM JSON of a file: dcmtk's {@code dcm2json}, or pydicom 2.3's {@code to_json_dict()} where
 * dcm2json gives none. dcm2json 3.6.7 refuses encapsulated pixel data ("InlineBinary encoding not supported for
 * compressed pixel data", exit 81), character sets its iconv lacks (ISO 2022 IR 87 and misspelt or unsupported terms
 * such as "ISO 2022 IR 100", exit 80), text with bytes above 0x7F but no (0008,0005) (exit 80), files it cannot parse
 * (exit 20) and crashes on very deep nesting; for one ISO 2022 Japanese file it writes invalid UTF-8. pydicom's
 * output for the whole corpus is computed once, in one process.
 */
final class ReferenceJson {
    /** Which tool answered. */
    enum Source { DCM2JSON, PYDICOM }

    /** Whether a file is a bare data set, without preamble and file meta (from the corpus manifest). */
    enum BareDataset { YES, NO }

    /** A reference document, or the reasons why there is none. */
    record Answer(Source tool, JsonNode json, String dcm2jsonFailure, String pydicomFailure) {
    }

    static final ObjectMapper MAPPER = mapper();
    private static final String DEBIAN_PYTHON = "/usr/bin/python3";
    private static Map<Path, Path> pydicomOutputs;
    private static Path workDir;
    private static String python;

    private ReferenceJson() {
    }

    /** A mapper that accepts the long base64 strings of pixel data (the default limit is 20 million characters). */
    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
        return m;
    }

    static void requireTools() {
        Tool.require("dcm2json");
        python();
    }

    /**
     * The reference for a file. {@code bareDataset} (no preamble, no file meta) makes dcm2json read it as a data set
     * ({@code -f}); otherwise the text "DICM" inside element data can make it look for a file meta that is not there.
     */
    static synchronized Answer of(Path file, BareDataset bareDataset, List<Path> corpus) {
        String failure = dcm2jsonFailure(file, bareDataset);
        JsonNode dcm = failure == null ? dcm2json(file) : null;
        if (dcm != null) {
            return new Answer(Source.DCM2JSON, dcm, null, null);
        }
        if (failure == null) {
            failure = "output is not valid UTF-8 JSON";
        }
        JsonNode py = pydicom(file, corpus);
        if (py.has("error")) {
            return new Answer(null, null, failure, py.get("error").asText());
        }
        return new Answer(Source.PYDICOM, py, failure, null);
    }

    private static String dcm2jsonFailure(Path file, BareDataset bareDataset) {
        Path out = work().resolve("dcm2json.json");
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of("dcm2json", "-fc"));
        if (bareDataset == BareDataset.YES) {
            command.add("-f");
        }
        command.addAll(List.of(file.toString(), out.toString()));
        Tool.Result r = Tool.run(Duration.ofMinutes(2), command);
        if (r.ok()) {
            return null;
        }
        String[] lines = r.stderr().strip().split("\n");
        return "exit " + r.exitCode() + (lines[lines.length - 1].isBlank() ? "" : ": " + lines[lines.length - 1]);
    }

    private static JsonNode dcm2json(Path file) {
        try (var in = Files.newInputStream(work().resolve("dcm2json.json"))) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode pydicom(Path file, List<Path> corpus) {
        if (pydicomOutputs == null) {
            pydicomOutputs = runPydicom(corpus);
        }
        Path out = pydicomOutputs.get(file);
        if (out == null) {
            throw new IllegalStateException("pydicom was not run on " + file);
        }
        try {
            return MAPPER.readTree(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, Path> runPydicom(List<Path> files) {
        Path dir = work().resolve("pydicom");
        List<String> command = new ArrayList<>(List.of(python(), script().toString(), dir.toString()));
        files.forEach(f -> command.add(f.toString()));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tool.Result r = Tool.run(Duration.ofMinutes(10), command);
        if (!r.ok()) {
            throw new IllegalStateException("pydicom JSON script failed: " + r.stderr());
        }
        Map<Path, Path> out = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i), dir.resolve(i + ".json"));
        }
        return out;
    }

    private static Path work() {
        if (workDir == null) {
            try {
                workDir = Files.createTempDirectory("veil-json-crosscheck");
                workDir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workDir;
    }

    static void cleanUp() throws IOException {
        if (workDir != null) {
            try (var walk = Files.walk(workDir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            workDir = null;
            pydicomOutputs = null;
        }
    }

    private static String python() {
        if (python == null) {
            python = probePython();
        }
        return python;
    }

    private static String probePython() {
        String candidate = Files.isExecutable(Path.of(DEBIAN_PYTHON)) ? DEBIAN_PYTHON : "python3";
        if (candidate.equals("python3")) {
            Tool.require("python3");
        }
        Tool.Result probe = Tool.run(Duration.ofSeconds(30), candidate, "-c",
                "import pydicom; assert pydicom.__version__.startswith('2.3'), pydicom.__version__");
        if (!probe.ok()) {
            String reason = "pydicom 2.3 not importable by " + candidate + ": " + probe.stderr();
            if (Ci.active()) {
                throw new IllegalStateException(reason + " (required on CI)");
            }
            Assumptions.abort(reason);
        }
        return candidate;
    }

    private static Path script() {
        try {
            return Path.of(ReferenceJson.class.getResource("pydicom_json.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
