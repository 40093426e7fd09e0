package org.veil.deid.imports;

import java.util.Map;

/**
 * The output of one import.
 *
 * @param main      the recipe or pixel rules, YAML
 * @param sideFiles further files the main output names, by file name relative to it (lookup tables, pixel rules)
 * @param report    every line and what became of it
 */
public record Translation(String main, Map<String, String> sideFiles, ImportReport report) {
    public Translation {
        sideFiles = Map.copyOf(sideFiles);
    }
}
