package org.veil.deid.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;

/** The private creator memo gives what decoding the creator element again would, however the data set changed. */
class InstanceContextCreatorTest {
    private static final int CREATOR = 0x00090010;
    private static final int OTHER_CREATOR = 0x00090011;

    private static InstanceContext context() {
        return new InstanceContext(null, null, null, null, null, null, null);
    }

    private static DataElement lo(int tag, String value) {
        return DataElement.of(tag, VR.LO, value.getBytes(StandardCharsets.US_ASCII));
    }

    private static Dataset dataset() {
        Dataset ds = new Dataset();
        ds.put(lo(0x00080070, "MAKER "));
        ds.put(lo(0x00080080, "HOSPITAL"));
        ds.put(lo(CREATOR, "ACME 1.0"));
        ds.put(lo(OTHER_CREATOR, "OTHER "));
        for (int e = 0; e < 15; e++) {
            ds.put(lo(0x00091000 + e, "v" + e));
            ds.put(lo(0x00091100 + e, "w" + e));
        }
        return ds;
    }

    @Test
    void privateCreator_blockWalkedWithRemovals_sameValueEachTime() {
        InstanceContext ctx = context();
        Dataset ds = dataset();
        for (int e = 0; e < 15; e++) {
            assertEquals("ACME 1.0", ctx.privateCreator(ds, CREATOR));
            ds.remove(0x00091000 + e);
        }
        assertEquals("OTHER", ctx.privateCreator(ds, OTHER_CREATOR));
        assertEquals("ACME 1.0", ctx.privateCreator(ds, CREATOR));
    }

    @Test
    void privateCreator_creatorReplaced_newValue() {
        InstanceContext ctx = context();
        Dataset ds = dataset();
        assertEquals("ACME 1.0", ctx.privateCreator(ds, CREATOR));

        ds.put(lo(CREATOR, "NEWCO"));

        assertEquals("NEWCO", ctx.privateCreator(ds, CREATOR));
    }

    @Test
    void privateCreator_elementsBeforeRemovedOrAdded_followsTheCreator() {
        InstanceContext ctx = context();
        Dataset ds = dataset();
        assertEquals("ACME 1.0", ctx.privateCreator(ds, CREATOR));

        ds.remove(0x00080070);
        assertEquals("ACME 1.0", ctx.privateCreator(ds, CREATOR));
        ds.remove(CREATOR);
        ds.put(lo(0x00080090, "DOCTOR"));
        assertNull(ctx.privateCreator(ds, CREATOR));
        ds.put(lo(CREATOR, "LATER"));
        assertEquals("LATER", ctx.privateCreator(ds, CREATOR));
        ds.remove(0x00080080);
        ds.remove(0x00080090);
        assertEquals("LATER", ctx.privateCreator(ds, CREATOR));
    }

    @Test
    void privateCreator_anotherDataSet_itsOwnCreator() {
        InstanceContext ctx = context();
        Dataset first = dataset();
        Dataset second = dataset();
        second.put(lo(CREATOR, "SECOND"));

        assertEquals("ACME 1.0", ctx.privateCreator(first, CREATOR));
        assertEquals("SECOND", ctx.privateCreator(second, CREATOR));
        assertEquals("ACME 1.0", ctx.privateCreator(first, CREATOR));
    }
}
