package org.veil.pipeline.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.broker.linkage.LinkageOptions;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.data.Dataset;
import org.veil.pipeline.folder.RunSummary;

/**
 * Issue 13 item 1: with a key and a linkage store, a file without Patient ID was quarantined as an internal error (the
 * study link refused an empty patient pseudonym), and a file without SOP Instance UID had no output name. Both must
 * be written: the first under a pseudonym keyed on its study, the second under a name keyed on its content.
 */
@Tag("regression")
class KeyedRunWithoutIdentifiersTest {
    @TempDir
    Path tmp;

    @Test
    void keyedRun_missingPatientIdAndMissingSopUid_bothWrittenUnderKeyedNames() throws Exception {
        Path in = tmp.resolve("in");
        Delivery.write(Delivery.ct(null, null, "1.2.3.100", "1.2.3.100.1.1"), in.resolve("no-id-1.dcm"));
        Delivery.write(Delivery.ct("", null, "1.2.3.100", "1.2.3.100.1.2"), in.resolve("no-id-2.dcm"));
        Delivery.write(Delivery.ct(null, null, "1.2.3.200", "1.2.3.200.1.1"), in.resolve("no-id-other.dcm"));
        Delivery.write(Delivery.ct("PID9", null, "1.2.3.300", null), in.resolve("no-uid.dcm"));
        ProjectKey key = ProjectKey.random();
        RunSummary first;
        try (LinkageStore store = LinkageStore.openH2(tmp.resolve("linkage"), LinkageOptions.of(key.fingerprint()))) {
            DeidConfig config = DeidConfig.builder().key(key).mappings(new LinkageRecorder(store)).build();
            first = Delivery.run(in, tmp.resolve("out"), config);
        }
        assertEquals(4, first.counts().written(), Delivery.text(first));
        assertEquals(0, first.counts().quarantined(), Delivery.text(first));
        List<String> names = Delivery.outputs(tmp.resolve("out"));
        long patients = names.stream().map(n -> n.substring(0, n.indexOf('/'))).distinct().count();
        assertEquals(3, patients, "one keyed pseudonym per study without Patient ID, one for PID9: " + names);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("none/")), names.toString());

        RunSummary again = Delivery.run(in, tmp.resolve("out2"), DeidConfig.builder().key(key).build());
        assertEquals(names, Delivery.outputs(tmp.resolve("out2")), "the same key gives the same names");
        assertEquals(4, again.counts().written());
        Dataset noUid = null;
        for (String n : names) {
            Dataset ds = Delivery.read(tmp.resolve("out").resolve(n)).dataset();
            if (!ds.contains(0x00080018)) {
                noUid = ds;
                assertTrue(n.matches("[A-Z2-7]+/2\\.25\\.[0-9]+/2\\.25\\.[0-9]+/2\\.25\\.[0-9]+\\.dcm"), n);
            }
        }
        assertNotNull(noUid, "the instance without SOP Instance UID is in the delivery");
    }
}
