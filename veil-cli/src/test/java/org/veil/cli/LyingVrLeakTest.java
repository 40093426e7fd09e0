package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.io.DicomFile;
import org.veil.dicom.io.DicomReader;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import org.veil.testkit.Corpus;

/**
 * Issue 14 item 1, end to end: an MR corpus file (explicit VR little endian) with one identifying attribute rewritten
 * under a binary VR (SL, SS, UL, US, FL, FD, AT, OB) — Patient Name, Patient ID, Study ID, Study, Series and Frame of
 * Reference UIDs and Instance Creator UID: {@code veil deid} leaves no original value in any output (each is written,
 * or quarantined), {@code veil verify} passes the outputs, and finds an original value planted back under a lying VR.
 * Before the fix, 14 of such mutations leaked and verify said CLEAN.
 */
class LyingVrLeakTest {
    private static final String SOURCE = "heudiconv/phantom.dcm";
    private static final int INSTANCE_CREATOR_UID = 0x00080014;
    private static final int PATIENT_NAME = 0x00100010;
    private static final int SOP_INSTANCE_UID = 0x00080018;
    private static final int[] TAGS = {PATIENT_NAME, 0x00100020, 0x00200010, 0x0020000D, 0x0020000E, 0x00200052,
        INSTANCE_CREATOR_UID};
    private static final VR[] BINARY = {VR.SL, VR.SS, VR.UL, VR.US, VR.FL, VR.FD, VR.AT, VR.OB};

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int veil(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Veil.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void deidAndVerify_identifyingValuesUnderBinaryVrs_noneLeaksAndAPlantedOneIsFound() throws Exception {
        DicomFile source = DicomReader.read(Corpus.file(SOURCE).path());
        Dataset ds = source.dataset();
        ds.put(DataElement.of(INSTANCE_CREATOR_UID, VR.UI, "1.2.826.0.1.3680043.9.7133.1.4\0".getBytes(
                StandardCharsets.US_ASCII)));
        Map<Integer, byte[]> originals = new LinkedHashMap<>();
        for (int tag : TAGS) {
            originals.put(tag, ds.get(tag).bytes());
        }
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        int mutations = 0;
        for (int tag : TAGS) {
            for (VR vr : BINARY) {
                ds.put(DataElement.of(tag, vr, originals.get(tag)));
                DatasetView.of(ds).putString(SOP_INSTANCE_UID, VR.UI, "1.2.826.0.1.3680043.9.7133.2." + mutations);
                DicomWriter.write(source, in.resolve(String.format("m%08X-%s.dcm", tag, vr)), WriteOptions.AS_READ);
                mutations++;
            }
            ds.put(DataElement.of(tag, StandardDictionary.vr(tag), originals.get(tag)));
        }
        Path outDir = dir.resolve("out");
        int code = veil("deid", in.toString(), outDir.toString(), "--threads", "2");
        assertTrue(code == Veil.OK || code == Veil.PROBLEMS, "exit " + code + "\n" + out + err);

        List<Path> outputs = DeidReferencesTest.outputs(outDir);
        int quarantined = count(dir.resolve("out.quarantine"), ".dcm");
        assertEquals(mutations, outputs.size() + quarantined, out.toString());
        assertTrue(outputs.size() >= mutations * 3 / 4, "most mutations are written: " + outputs.size() + "\n" + out);
        List<String> leaks = new ArrayList<>();
        for (Path p : outputs) {
            leaks.addAll(leaks(p, DicomReader.read(p).dataset(), originals));
        }
        assertEquals(List.of(), leaks, leaks.size() + " original values in " + outputs.size() + " outputs");

        assertEquals(Veil.OK, veil("verify", in.toString(), outDir.toString()), "verify passes the outputs: " + out);

        // verify alone: one input whose Patient Name is under SL, its output with that value planted back
        Path one = dir.resolve("one");
        Files.createDirectories(one);
        String name = String.format("m%08X-SL.dcm", PATIENT_NAME);
        Files.copy(in.resolve(name), one.resolve(name));
        Path oneOut = dir.resolve("one-out");
        assertEquals(Veil.OK, veil("deid", one.toString(), oneOut.toString()), out.toString());
        assertEquals(Veil.OK, veil("verify", one.toString(), oneOut.toString()), out.toString());
        Path planted = DeidReferencesTest.outputs(oneOut).get(0);
        DicomFile f = DicomReader.read(planted);
        f.dataset().put(DataElement.of(PATIENT_NAME, VR.SL, originals.get(PATIENT_NAME)));
        Path copy = dir.resolve("planted.dcm");
        DicomWriter.write(f, copy, WriteOptions.AS_READ);
        Files.move(copy, planted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Veil.PROBLEMS, veil("verify", one.toString(), oneOut.toString()), out.toString());
        assertTrue(out.toString().startsWith("NOT CLEAN"), out.toString());
        assertTrue(out.toString().contains("LEAK " + oneOut.relativize(planted)), out.toString());
    }

    /** Where a mutated attribute kept its value or VR, or an original value is in the file's bytes. */
    private static List<String> leaks(Path p, Dataset ds, Map<Integer, byte[]> originals) throws Exception {
        List<String> found = new ArrayList<>();
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        for (Map.Entry<Integer, byte[]> o : originals.entrySet()) {
            String value = new String(o.getValue(), StandardCharsets.ISO_8859_1).replace("\0", "").strip();
            DataElement e = ds.get(o.getKey());
            String name = p.getFileName() + " " + Tag.format(o.getKey());
            if (e != null && e.bytes() != null && !e.isEmpty()) {
                String kept = new String(e.bytes(), StandardCharsets.ISO_8859_1).replace("\0", "").strip();
                if (kept.equals(value)) {
                    found.add(name + " kept its value under " + e.vr());
                } else if (e.vr() != StandardDictionary.vr(o.getKey())) {
                    found.add(name + " is written with VR " + e.vr());
                }
            }
            if (value.length() >= 4 && bytes.contains(value)) {
                found.add(name + ": the original value is in the output");
            }
        }
        return found;
    }

    private static int count(Path folder, String suffix) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return (int) s.filter(q -> q.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
