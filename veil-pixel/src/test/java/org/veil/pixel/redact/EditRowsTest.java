package org.veil.pixel.redact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.VR;
import org.veil.dicom.data.BulkData;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.DetectorSettings;
import org.veil.pixel.text.EraseMethod;
import org.veil.pixel.text.TextDetector;
import org.veil.pixel.text.TextEraser;

/**
 * An erase and second pass that decode only the rows they read and encode only the rows they change write exactly
 * the Pixel Data of whole-frame decoding and encoding, for values in memory and values streamed from a file.
 */
class EditRowsTest {
    private static final int W = 64;
    private static final int H = 48;
    private static final int FRAMES = 4;
    private static final List<Rect> AREAS = List.of(new Rect(3, 2, 20, 8), new Rect(40, 30, 15, 6));

    @TempDir
    Path dir;

    private static Dataset rgb(byte[] pixels) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putUnsignedShorts(Tags.SamplesPerPixel, 3);
        v.putString(Tags.PhotometricInterpretation, VR.CS, "RGB");
        v.putUnsignedShorts(Tags.PlanarConfiguration, 0);
        v.putString(Tags.NumberOfFrames, VR.IS, Integer.toString(FRAMES));
        v.putUnsignedShorts(Tags.Rows, H);
        v.putUnsignedShorts(Tags.Columns, W);
        v.putUnsignedShorts(Tags.BitsAllocated, 8);
        v.putUnsignedShorts(Tags.BitsStored, 8);
        v.putUnsignedShorts(Tags.HighBit, 7);
        v.putUnsignedShorts(Tags.PixelRepresentation, 0);
        ds.put(DataElement.of(Tags.PixelData, VR.OB, pixels));
        return ds;
    }

    private byte[] erased(byte[] pixels, boolean byRows, boolean streamed) throws Exception {
        Dataset ds = rgb(pixels.clone());
        RedactionOptions opts = RedactionOptions.DEFAULT.withTempDirectory(dir);
        if (streamed) {
            Path f = Files.createTempFile(dir, "px", ".raw");
            Files.write(f, pixels);
            ds.put(DataElement.of(Tags.PixelData, VR.OB, new BulkData(f, 0, pixels.length, false, 1)));
            opts = opts.withInMemoryLimit(0);
        }
        ImageDescriptor d = PixelRedactor.describe(ds);
        RowRanges rows = RowRanges.of(d);
        new PixelRedactor().scanReusing(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, (fr, i) -> {
            int[] work = new int[W * H];
            org.veil.pixel.text.Luminance.of(fr, d, work, null);
            rows.add(work);
        });
        TextEraser eraser = TextEraser.of(d, AREAS, EraseMethod.INPAINT);
        LeftoverSearch search = new LeftoverSearch(new TextDetector(DetectorSettings.DEFAULT), d, AREAS, rows,
                new KeptAreas());
        FrameEdit edit = (fr, i) -> {
            boolean any = eraser.erase(fr);
            search.frame(fr, i);
            return any;
        };
        PixelRedactor redactor = new PixelRedactor();
        RedactionResult r = byRows
                ? redactor.editReusing(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, edit,
                        new EditRows(search.rowsRead(), search.rowsWritten()), opts)
                : redactor.editReusing(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, edit, opts);
        assertEquals(FRAMES, r.framesChanged());
        DataElement pd = ds.get(Tags.PixelData);
        return pd.bulk() != null ? pd.bulk().readAll() : pd.bytes();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void editReusing_onlyRowsReadAndWritten_sameBytesAsWholeFrames(boolean streamed) throws Exception {
        byte[] pixels = new byte[W * H * 3 * FRAMES];
        new Random(7).nextBytes(pixels);
        byte[] whole = erased(pixels, false, streamed);
        byte[] rows = erased(pixels, true, streamed);
        assertArrayEquals(whole, rows);
        int changed = 0;
        for (int i = 0; i < pixels.length; i++) {
            changed += pixels[i] != rows[i] ? 1 : 0;
        }
        assertEquals(true, changed > 0, "the erase changed nothing");
    }

    @Test
    void constructor_rowWrittenButNotRead_refused() {
        assertThrows(IllegalArgumentException.class, () -> new EditRows(new boolean[] {true, false},
                new boolean[] {false, true}));
    }
}
