package org.veil.deid.engine;

import org.veil.dicom.data.DataElement;

/**
 * One kind of treatment of an element (PS3.15 E.1.1 action codes and the keyed replacements). Implementations are
 * immutable and thread-safe; per-instance state lives in the {@link ElementScope}.
 */
interface Action {
    /**
     * Decides what happens to {@code e}.
     *
     * @throws DeidException when the action cannot be applied (the instance is then rejected)
     */
    Effect apply(DataElement e, ElementScope scope) throws DeidException;

    /** The code recorded in the change report, e.g. {@code X}, {@code Z}, {@code U}, {@code shift-date}. */
    String code();
}
