package org.veil.deid.engine;

import org.veil.deid.pseudo.IdKind;
import org.veil.dicom.Tag;
import org.veil.dicom.data.DataElement;

/**
 * Replaces each value of a string element with what a {@link LookupTable} gives for it. A value the table lacks
 * follows the table's policy: a keyed pseudonym, quarantine, or a fixed value. An empty element stays empty. Messages
 * name the table and the tag path, never a value.
 */
final class LookupAction implements Action {
    private final LookupTable table;
    private final Action identifierPseudonym;

    /**
     * @param identifierPseudonym the run's pseudonym action when the rule selects an identifier Veil pseudonymizes
     *                            (so a miss gets the same pseudonym as elsewhere), else null
     */
    LookupAction(LookupTable table, Action identifierPseudonym) {
        this.table = table;
        this.identifierPseudonym = identifierPseudonym;
    }

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (e.isSequence() || e.bytes() == null || !e.vr().isString()) {
            throw new DeidException(scope.path() + ": a lookup table applies to string elements, not " + e.vr());
        }
        String text = ElementValues.read(e, scope);
        if (text == null || text.isBlank()) {
            return Effect.KEEP;
        }
        String[] values = text.split("\\\\", -1);
        boolean missed = false;
        for (int i = 0; i < values.length; i++) {
            String found = values[i].isBlank() ? values[i] : table.get(values[i]);
            if (found == null) {
                missed = true;
                values[i] = miss(values[i], e, scope);
            } else {
                values[i] = found;
            }
        }
        if (missed && table.miss() == LookupTable.Miss.PSEUDONYM && identifierPseudonym != null) {
            return identifierPseudonym.apply(e, scope);
        }
        return Effect.replace(ElementValues.text(e, String.join("\\", values), scope));
    }

    private String miss(String value, DataElement e, ElementScope scope) throws DeidException {
        switch (table.miss()) {
            case QUARANTINE:
                throw new DeidException(scope.path() + ": the value is not in lookup table " + table.name()
                        + " and the recipe quarantines misses");
            case VALUE:
                return table.missValue();
            default:
                return scope.instance().run.ids.pseudonym(IdKind.OTHER_PATIENT_ID, "lookup " + Tag.format(e.tag()),
                        value);
        }
    }

    @Override
    public String code() {
        return "lookup";
    }
}
