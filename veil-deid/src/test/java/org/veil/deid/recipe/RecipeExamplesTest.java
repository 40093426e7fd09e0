package org.veil.deid.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.deid.engine.DeidConfig;
import org.veil.deid.engine.Deidentifier;
import org.veil.deid.engine.PrivateDictionary;
import org.veil.deid.pseudo.ProjectKey;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.profile.ProfileOption;

/** The examples shipped in {@code docs/recipes} parse, and the Siemens one keeps the CSA headers it names. */
class RecipeExamplesTest {
    private static final ProjectKey KEY = ProjectKey.of("recipe examples test key 32 byte".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/recipes"))) {
                return p.resolve("docs/recipes");
            }
        }
        throw new IllegalStateException("docs/recipes not found above " + Path.of("").toAbsolutePath());
    }

    static Stream<Path> recipes() throws IOException {
        try (Stream<Path> s = Files.list(examples())) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void example_parsesAndApplies(Path recipe) throws Exception {
        DeidConfig c = RecipeParser.parse(recipe).applyTo(DeidConfig.builder().key(KEY)).build();
        new Deidentifier(c);
    }

    @Test
    void examples_includeEveryFormat() throws Exception {
        List<String> names = recipes().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".json")), names.toString());
        assertTrue(names.size() >= 3, names.toString());
    }

    @Test
    void siemensExample_keepsCsaHeaders_removesOtherPrivateElements() throws Exception {
        Recipe r = RecipeParser.parse(examples().resolve("siemens-mr-research.yaml"));
        PrivateDictionary d = r.privateDictionary();
        assertEquals(6, d.entries().size());
        assertTrue(r.options().containsKey(ProfileOption.RETAIN_SAFE_PRIVATE));
        byte[] csa = {'S', 'V', '1', '0', 4, 3, 2, 1};
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.4");
        v.putString(0x00290010, VR.LO, "SIEMENS CSA HEADER");
        v.putString(0x00290011, VR.LO, "SIEMENS MEDCOM HEADER");
        ds.put(DataElement.of(0x00291010, VR.UN, csa.clone()));
        ds.put(DataElement.of(0x00291020, VR.UN, csa.clone()));
        ds.put(DataElement.of(0x00291110, VR.UN, csa.clone()));
        new Deidentifier(r.applyTo(DeidConfig.builder().key(KEY).filters(List.of())).build()).deidentify(ds);
        assertArrayEquals(csa, ds.get(0x00291010).bytes());
        assertArrayEquals(csa, ds.get(0x00291020).bytes());
        assertNull(ds.get(0x00291110));
        assertNull(ds.get(0x00290011));
        assertFalse(DatasetView.of(ds).string(0x00290010) == null);
    }
}
