package org.veil.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every registered UID: Table A-1, then the rows of the other Annex A tables that Table A-1 lacks (a frame of
 * reference listed in both must agree on name and type), then the SOP Classes of {@code sops.json} that PS3.6 lacks
 * (a newer edition), as current SOP Classes. Sorted by UID, with a keyword for every named row.
 *
 * @param rows      the rows, sorted numerically by UID
 * @param keywords  the keyword by UID, for named rows only
 * @param sopSource the {@code sops.json} rows
 */
record UidCatalog(List<UidRow> rows, Map<String, String> keywords, List<SopClassRow> sopSource) {

    static UidCatalog build(SourceFile annexA, SourceFile sops) {
        Map<String, UidRow> byUid = new LinkedHashMap<>();
        for (UidRow row : UidTableReader.uidValues(annexA)) {
            add(byUid, row);
        }
        for (UidRow row : UidTableReader.framesOfReference(annexA)) {
            UidRow known = byUid.get(row.uid());
            if (known == null) {
                add(byUid, row);
            } else if (!known.name().equals(row.name()) || !known.type().equals(row.type())) {
                throw new IllegalStateException(row.where() + ": " + row.uid() + " '" + row.name() + "' disagrees with "
                        + known.where() + " '" + known.name() + "' (" + known.type() + ")");
            }
        }
        for (UidRow row : UidTableReader.contextGroups(annexA)) {
            add(byUid, row);
        }
        for (UidRow row : UidTableReader.templates(annexA)) {
            add(byUid, row);
        }
        List<SopClassRow> sopRows = SopClassReader.read(sops);
        for (SopClassRow sop : sopRows) {
            UidRow known = byUid.get(sop.uid());
            if (known == null) {
                add(byUid, new UidRow(sop.uid(), sop.name(), UidTypes.SOP_CLASS, false, sops.name()));
            } else if (!known.type().equals(UidTypes.SOP_CLASS)) {
                throw new IllegalStateException(sops.name() + ": " + sop.uid() + " is a " + known.type() + " in "
                        + known.where());
            }
        }
        List<UidRow> rows = new ArrayList<>(byUid.values());
        rows.sort((a, b) -> UidRow.compareUids(a.uid(), b.uid()));
        return new UidCatalog(List.copyOf(rows), Map.copyOf(UidKeywords.assign(rows)), sopRows);
    }

    /** The keyword of a row, {@code ""} when it has none. */
    String keyword(UidRow row) {
        return keywords.getOrDefault(row.uid(), "");
    }

    private static void add(Map<String, UidRow> byUid, UidRow row) {
        UidRow previous = byUid.putIfAbsent(row.uid(), row);
        if (previous != null) {
            throw new IllegalStateException(row.where() + ": UID " + row.uid() + " already listed at "
                    + previous.where());
        }
    }
}
