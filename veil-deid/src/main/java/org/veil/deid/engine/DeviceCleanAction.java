package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/**
 * C under Retain Device Identity for AE titles: each value becomes a keyed code, so the same device keeps the same
 * name across instances without revealing it.
 */
final class DeviceCleanAction implements Action {
    static final DeviceCleanAction INSTANCE = new DeviceCleanAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) {
        String text = ElementValues.read(e, scope);
        if (text == null || text.isEmpty()) {
            return Effect.KEEP;
        }
        RunServices run = scope.instance().run;
        return Effect.replace(ElementValues.text(e, ElementValues.eachValue(text, run::deviceCode), scope));
    }

    @Override
    public String code() {
        return "C";
    }
}
