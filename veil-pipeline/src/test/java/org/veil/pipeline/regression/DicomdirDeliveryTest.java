package org.veil.pipeline.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.data.Sequence;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.pipeline.Input;
import org.veil.pipeline.InstanceProcessor;
import org.veil.pipeline.Outcome;
import org.veil.pipeline.OutputNaming;
import org.veil.pipeline.PipelineSettings;
import org.veil.pipeline.folder.FolderRun;
import org.veil.pipeline.folder.FolderRunOptions;
import org.veil.pipeline.folder.RunSummary;
import org.veil.testkit.Corpus;
import org.veil.verify.Finding;
import org.veil.verify.MappingFile;
import org.veil.verify.VerifyConfig;
import org.veil.verify.VerifyReport;
import org.veil.verify.Verifier;

/**
 * Issue 13 item 3: a DICOMDIR was written as {@code none/none/none/<uid>.dcm}, its Referenced File IDs still named the
 * input paths (one component the original Patient ID, which verify missed), and PRESENTATION records lost Type 1
 * keys. It must be written at the output root as {@code DICOMDIR}, name the output files, drop (and count) records of
 * files not delivered, carry the values of its files, and verify must check it.
 */
@Tag("regression")
class DicomdirDeliveryTest {
    private static final int RECORDS = 0x00041220;
    private static final int FILE_ID = 0x00041500;
    private static final List<String> PATIENT_FOLDERS = List.of("77654033", "98892001", "98892003");

    @TempDir
    Path tmp;

    @Test
    void dicomdir_atRootNamingOutputs_missingFilesDropped_recordsMatchFiles_verifyChecksIt() throws Exception {
        Path in = copyFileSet();
        Files.delete(in.resolve("77654033/CR1/6154"));
        Path out = tmp.resolve("out");
        Map<String, String> mapping = new ConcurrentHashMap<>();
        RunSummary s = new FolderRun(new InstanceProcessor(PipelineSettings.builder(new Deidentifier(
                DeidConfig.builder().key(ProjectKey.random()).build())).build()), FolderRunOptions.builder()
                .threads(2).listener((input, outcome) -> remember(mapping, input, outcome)).build()).run(in, out);
        List<String> names = Delivery.outputs(out);
        assertTrue(names.contains("DICOMDIR"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("none/")), names.toString());
        assertTrue(s.counts().actions().getOrDefault("dicomdir-record-removed", 0L) >= 2,
                "the image record and its emptied series record: " + s.counts().actions());

        Dataset dir = Delivery.read(out.resolve("DICOMDIR")).dataset();
        Sequence records = dir.get(RECORDS).sequence();
        Set<String> patientIds = new HashSet<>();
        int files = 0;
        for (Dataset r : records) {
            if ("PATIENT".equals(Delivery.string(r, 0x00041430))) {
                patientIds.add(Delivery.string(r, 0x00100020));
            }
            String[] parts = DatasetView.of(r).strings(FILE_ID);
            if (parts.length == 0) {
                continue;
            }
            files++;
            for (String p : parts) {
                assertFalse(PATIENT_FOLDERS.contains(p.strip()), "an input folder name (a Patient ID) is left");
            }
            Path target = out.resolve(String.join("/", parts));
            assertTrue(Files.isRegularFile(target), "names a delivered file: " + target);
            Dataset file = Delivery.read(target).dataset();
            assertEquals(Delivery.string(file, 0x00080018), Delivery.string(r, 0x00041511));
            assertTrue(patientIds.contains(Delivery.string(file, 0x00100020)), "same patient pseudonym");
        }
        assertEquals(30, files, "31 images referenced, one not delivered");

        Path map = writeMapping(mapping, in, out);
        VerifyReport clean = Verifier.verify(in, out, VerifyConfig.builder().mappingFile(map).build());
        assertTrue(clean.findings().stream().noneMatch(f -> f.output().equals("DICOMDIR")), clean.toText());

        tamper(out.resolve("DICOMDIR"));
        VerifyReport leak = Verifier.verify(in, out, VerifyConfig.builder().mappingFile(map).build());
        assertTrue(leak.findings().stream().anyMatch(f -> f.output().equals("DICOMDIR")
                && f.kind() == Finding.Kind.DIRECTORY_MISMATCH), leak.toText());
        assertTrue(leak.findings().stream().anyMatch(f -> f.output().equals("DICOMDIR")
                && f.kind() == Finding.Kind.LEAK), "the Patient ID in a file ID is a leak: " + leak.toText());
    }

    @Test
    void fileSetNaming_everyReferencedFileIdIsAValidDicomFileId() throws Exception {
        Path in = copyFileSet();
        Path out = tmp.resolve("fs");
        PipelineSettings settings = PipelineSettings.builder(new Deidentifier(DeidConfig.builder().build()))
                .naming(OutputNaming.compile(OutputNaming.FILE_SET_PATTERN)).build();
        new FolderRun(new InstanceProcessor(settings), FolderRunOptions.builder().threads(2).build()).run(in, out);
        int files = 0;
        for (Dataset r : Delivery.read(out.resolve("DICOMDIR")).dataset().get(RECORDS).sequence()) {
            String[] parts = DatasetView.of(r).strings(FILE_ID);
            for (String p : parts) {
                assertTrue(p.matches("[A-Z0-9_]{1,8}"), "PS3.10 File ID component: " + p);
            }
            files += parts.length == 0 ? 0 : 1;
        }
        assertEquals(31, files);
    }

    @Test
    void presentationRecord_creationDateAndTimeKept() throws Exception {
        Dataset ds = new Dataset();
        Sequence seq = new Sequence(ds);
        Dataset r = seq.addItem();
        DatasetView v = DatasetView.of(r);
        v.putString(0x00041430, VR.CS, "PRESENTATION");
        v.putString(0x00700082, VR.DA, "20230415");
        v.putString(0x00700083, VR.TM, "101500");
        v.putString(0x00700080, VR.CS, "LABEL");
        v.putString(0x00200013, VR.IS, "1");
        ds.put(DataElement.of(RECORDS, VR.SQ, seq));
        new Deidentifier(DeidConfig.builder().build()).deidentify(ds);
        Dataset after = ds.get(RECORDS).sequence().get(0);
        assertNotNull(Delivery.string(after, 0x00700082), "Presentation Creation Date is Type 1 in the record");
        assertNotNull(Delivery.string(after, 0x00700083), "Presentation Creation Time is Type 1 in the record");
    }

    private Path copyFileSet() throws Exception {
        Path src = Corpus.root().resolve("pydicom/test_files/dicomdirtests");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(src.resolve("DICOMDIR"), in.resolve("DICOMDIR"));
        for (String folder : PATIENT_FOLDERS) {
            try (Stream<Path> s = Files.walk(src.resolve(folder))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Path target = in.resolve(src.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return in;
    }

    private static void remember(Map<String, String> mapping, Input input, Outcome outcome) {
        if (outcome instanceof Outcome.Written w && input instanceof Input.OfFile f) {
            mapping.put(f.file().toString(), w.name());
        }
    }

    private Path writeMapping(Map<String, String> mapping, Path in, Path out) throws Exception {
        Path file = tmp.resolve("map.tsv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            MappingFile.writeHeader(w);
            for (Map.Entry<String, String> e : new ArrayList<>(mapping.entrySet())) {
                MappingFile.append(w, in.toRealPath(), Path.of(e.getKey()).toRealPath(), out.toRealPath(),
                        out.toRealPath().resolve(e.getValue()));
            }
        }
        return file;
    }

    /** Puts an input path back into the first file record, as the old output had it. */
    private static void tamper(Path dicomdir) throws Exception {
        DicomFile f = Delivery.read(dicomdir);
        for (Dataset r : f.dataset().get(RECORDS).sequence()) {
            if (r.contains(FILE_ID)) {
                DatasetView.of(r).putString(FILE_ID, VR.CS, "77654033\\CR2\\6247");
                break;
            }
        }
        DicomWriter.write(f, dicomdir, WriteOptions.AS_READ);
    }
}
