package org.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.dicom.Leniency;
import org.veil.dicom.ReadLimits;
import org.veil.dicom.io.DicomReader;

/**
 * Issue 13 item 6: encapsulated pixel data cut off at end of file is read with its complete fragments, and the
 * pipeline's policy decides: quarantined with a sentence by default, written with the complete fragments on request.
 */
@Tag("regression")
class TruncatedPixelDataPolicyTest {
    private final List<QuarantineReason> quarantined = new ArrayList<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    /** JPEG baseline; item 2 says 100 bytes but the file ends 10 bytes later. */
    private static byte[] truncated() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[128]);
        b.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        element(b, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.4.50\0");
        element(b, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7\0");
        element(b, 0x0008, 0x0018, "UI", "1.2.826.0.1.3680043.2.1143.77\0");
        element(b, 0x0010, 0x0020, "LO", "TRUNC-0042");
        le(b, 0x7FE0, 2);
        le(b, 0x0010, 2);
        b.writeBytes("OB".getBytes(StandardCharsets.US_ASCII));
        le(b, 0, 2);
        le(b, 0xFFFFFFFFL, 4);
        item(b, 0);
        item(b, 4);
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        item(b, 100);
        b.writeBytes(new byte[10]);
        return b.toByteArray();
    }

    private static void item(ByteArrayOutputStream b, long length) {
        le(b, 0xFFFE, 2);
        le(b, 0xE000, 2);
        le(b, length, 4);
    }

    private static void element(ByteArrayOutputStream b, int group, int element, String vr, String value) {
        le(b, group, 2);
        le(b, element, 2);
        b.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        le(b, value.length(), 2);
        b.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    }

    private static void le(ByteArrayOutputStream b, long v, int size) {
        for (int i = 0; i < size; i++) {
            b.write((int) (v >>> (8 * i)));
        }
    }

    private Outcome process(PipelineSettings.Builder settings) throws Exception {
        InstanceProcessor p = new InstanceProcessor(settings.build());
        Destination d = new Destination((id, name, body) -> {
            body.writeTo(Channels.newChannel(written));
            return written.size();
        }, (input, reason) -> quarantined.add(reason));
        return p.process(new Input.OfBytes(truncated(), "id-1", "cut.dcm"), d);
    }

    private static PipelineSettings.Builder settings() {
        return PipelineSettings.builder(new Deidentifier(DeidConfig.builder().build()));
    }

    @Test
    void process_truncatedPixelData_quarantinedByDefault() throws Exception {
        Outcome o = process(settings());

        Outcome.Quarantined q = assertInstanceOf(Outcome.Quarantined.class, o);
        assertEquals(QuarantineCategory.PARSE, q.reason().category());
        assertTrue(q.reason().detail().startsWith("input id-1 @0x"), q.reason().detail());
        assertTrue(q.reason().detail().endsWith("(7FE0,0010): encapsulated pixel data truncated at end of file: item 2 "
                + "has length 100 but the file ends first; the 2 complete item(s) before it are kept. The encapsulated "
                + "pixel data is cut off at the end of the file, so the image is incomplete; it is not de-identified "
                + "unless the run is set to write the complete fragments."), q.reason().detail());
        assertEquals(0, written.size());
    }

    @Test
    void process_truncatedPixelDataWhenAllowed_writesTheCompleteFragments() throws Exception {
        Outcome o = process(settings().truncatedPixelData(TruncatedPixelData.WRITE_COMPLETE_FRAGMENTS));

        assertInstanceOf(Outcome.Written.class, o);
        assertEquals(List.of(), quarantined);
        try (DicomReader r = DicomReader.open(new ByteArrayInputStream(written.toByteArray()), "out",
                ReadLimits.builder().leniency(Leniency.STRICT).build())) {
            assertEquals(2, r.readDataset().get(0x7FE00010).fragments().size());
        }
    }
}
