package org.veil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The module dependency rule of the build, checked on the POMs themselves: a module's compile and runtime
 * dependencies on other Veil modules point down only (to a strictly lower layer), front ends never depend on one
 * another, the generator is nobody's dependency, and heavy engines (Spark, Javalin, OCR bindings, ...) stay out of the
 * core. A module missing from {@link #LAYERS} fails the test, so a new module has to say where it stands.
 */
class ModuleLayeringTest {

    /** Layer of every module: a module may depend (outside test scope) only on modules of a lower layer. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("veil-testkit", 0),
            Map.entry("veil-codegen", 0),
            Map.entry("veil-dicom", 1),
            Map.entry("veil-synth", 2),
            Map.entry("veil-deid", 2),
            Map.entry("veil-pixel", 2),
            Map.entry("veil-text", 2),
            Map.entry("veil-profile", 1),
            Map.entry("veil-net", 2),
            Map.entry("veil-volume", 3),
            Map.entry("veil-ocr", 3),
            Map.entry("veil-broker", 3),
            Map.entry("veil-verify", 3),
            Map.entry("veil-pipeline", 4),
            Map.entry("veil-cli", 5),
            Map.entry("veil-spark", 5),
            Map.entry("veil-web", 5),
            Map.entry("veil-fuzz", 6));

    /** Group ids of heavy engines that only a module of their own (layer 3 and up, never the core) may use. */
    static final List<String> HEAVY_GROUPS = List.of(
            "org.apache.spark", "io.javalin", "net.sourceforge.tess4j", "org.bytedeco", "org.openpnp");

    /** The highest layer still counted as core (codec, engines, pipeline). */
    static final int CORE_TOP = 2;

    record Dependency(String groupId, String artifactId, String scope) {
        boolean testOnly() {
            return "test".equals(scope);
        }

        boolean veil() {
            return "org.veil".equals(groupId);
        }
    }

    @Test
    void everyModule_hasALayer() throws Exception {
        List<String> unknown = new ArrayList<>();
        for (String module : modules()) {
            if (!LAYERS.containsKey(module)) {
                unknown.add(module);
            }
        }
        assertEquals(List.of(), unknown, "modules without a layer in ModuleLayeringTest.LAYERS");
    }

    @Test
    void dependencies_pointDownOnly() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String module : modules()) {
            violations.addAll(upwardDependencies(module, dependencies(module)));
        }
        assertEquals(List.of(), violations, "dependencies that do not point down");
    }

    @Test
    void upwardDependencies_pipelineIntoCodec_isAccepted_codecIntoPipeline_isReported() {
        var pipeline = new Dependency("org.veil", "veil-pipeline", "");
        var codec = new Dependency("org.veil", "veil-dicom", "");
        assertEquals(List.of(), upwardDependencies("veil-pipeline", List.of(codec)));
        assertEquals(List.of("veil-dicom (layer 1) -> veil-pipeline (layer 4)"),
                upwardDependencies("veil-dicom", List.of(pipeline)));
        assertEquals(List.of("veil-cli (layer 5) -> veil-web (layer 5)"),
                upwardDependencies("veil-cli", List.of(new Dependency("org.veil", "veil-web", "compile"))));
        assertEquals(List.of(), upwardDependencies("veil-dicom",
                List.of(new Dependency("org.veil", "veil-pipeline", "test"))), "test scope is not layered");
    }

    static List<String> upwardDependencies(String module, List<Dependency> dependencies) {
        List<String> violations = new ArrayList<>();
        int layer = LAYERS.getOrDefault(module, Integer.MAX_VALUE);
        for (Dependency d : dependencies) {
            if (!d.veil() || d.testOnly()) {
                continue;
            }
            int target = LAYERS.getOrDefault(d.artifactId(), Integer.MAX_VALUE);
            if (target >= layer) {
                violations.add(module + " (layer " + layer + ") -> " + d.artifactId() + " (layer " + target + ")");
            }
            if (d.artifactId().equals("veil-codegen")) {
                violations.add(module + " -> veil-codegen (the generator is a build tool, never a dependency)");
            }
        }
        return violations;
    }

    @Test
    void core_neverUsesHeavyEngines() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String module : modules()) {
            if (LAYERS.getOrDefault(module, Integer.MAX_VALUE) > CORE_TOP) {
                continue;
            }
            for (Dependency d : dependencies(module)) {
                if (HEAVY_GROUPS.stream().anyMatch(g -> d.groupId().startsWith(g))) {
                    violations.add(module + " -> " + d.groupId() + ":" + d.artifactId());
                }
            }
        }
        assertEquals(List.of(), violations, "core modules that depend on a heavy engine");
    }

    @Test
    void everyModule_hasAReadme() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String module : modules()) {
            if (!Files.isRegularFile(root().resolve(module).resolve("README.md"))) {
                missing.add(module);
            }
        }
        assertEquals(List.of(), missing, "modules without README.md");
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("veil-dicom/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (a folder holding veil-dicom/pom.xml)");
        }
        return dir;
    }

    static List<String> modules() throws Exception {
        Element project = parse(root().resolve("pom.xml"));
        List<String> modules = new ArrayList<>();
        for (Element m : children(child(project, "modules"), "module")) {
            modules.add(m.getTextContent().trim());
        }
        return modules;
    }

    static List<Dependency> dependencies(String module) throws Exception {
        Element project = parse(root().resolve(module).resolve("pom.xml"));
        List<Dependency> out = new ArrayList<>();
        Element deps = child(project, "dependencies");
        if (deps == null) {
            return out;
        }
        for (Element d : children(deps, "dependency")) {
            out.add(new Dependency(text(d, "groupId"), text(d, "artifactId"), text(d, "scope")));
        }
        return out;
    }

    private static Element parse(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
