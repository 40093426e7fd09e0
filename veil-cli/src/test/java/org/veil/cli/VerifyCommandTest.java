package org.veil.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.veil.dicom.data.DataElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.io.DicomWriter;
import org.veil.dicom.io.WriteOptions;
import picocli.CommandLine;

class VerifyCommandTest {
    @TempDir
    Path tmp;

    private static Dataset instance() {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        v.putString(0x00080018, VR.UI, "1.2.826.0.1.3680043.2.1125.9.9.1");
        v.putString(0x00100010, VR.PN, "Roe^Richard");
        v.putString(0x00100020, VR.LO, "MRN4455667");
        return ds;
    }

    private static void write(Dataset ds, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            DicomWriter.write(null, new Dataset(), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, ch,
                    WriteOptions.DEFAULT);
        }
    }

    private int run(String... args) {
        return new CommandLine(new VerifyCommand()).execute(args);
    }

    @Test
    void verify_copiedInput_exit1AndJsonNamesLeaks() throws Exception {
        write(instance(), tmp.resolve("in/a.dcm"));
        write(instance(), tmp.resolve("out/a.dcm"));
        Path json = tmp.resolve("report.json");
        assertEquals(Veil.PROBLEMS, run(tmp.resolve("in").toString(), tmp.resolve("out").toString(),
                "--json", json.toString()));
        String j = Files.readString(json);
        assertTrue(j.contains("\"clean\":false") && j.contains("\"LEAK\""), j);
    }

    @Test
    void verify_deidentifiedOutput_exit0() throws Exception {
        write(instance(), tmp.resolve("in/a.dcm"));
        Dataset out = instance();
        new Deidentifier(DeidConfig.builder().build()).deidentify(out);
        write(out, tmp.resolve("out/x/y.dcm"));
        Files.writeString(tmp.resolve("map.tsv"), "#veil-mapping v1\na.dcm\tx/y.dcm\n");
        assertEquals(Veil.OK, run(tmp.resolve("in").toString(), tmp.resolve("out").toString(), "--mapping",
                tmp.resolve("map.tsv").toString()));
    }

    @Test
    void verify_iso2022MultiValuedCharsetAndNonAsciiByteInUid_verdictNotInternalError() throws Exception {
        Dataset ds = instance();
        ds.put(DataElement.of(0x00080005, VR.CS, "ISO 2022 IR 6\\ISO 2022 IR 87".getBytes(StandardCharsets.US_ASCII)));
        ds.put(DataElement.of(0x0020000D, VR.UI, "1.2.826.0.1.3680043.2.1125.77.\u00B01"
                .getBytes(StandardCharsets.ISO_8859_1)));
        write(ds, tmp.resolve("in/a.dcm"));
        Path out = tmp.resolve("out");
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int deid;
        int verify;
        try {
            deid = Veil.run("deid", tmp.resolve("in").toString(), out.toString());
            verify = Veil.run("verify", tmp.resolve("in").toString(), out.toString(), "--mapping",
                    tmp.resolve("out.veil/mapping.tsv").toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(Veil.OK, deid);
        assertEquals(Veil.OK, verify, "a verdict (the UID was replaced), not an internal error");
    }
}
