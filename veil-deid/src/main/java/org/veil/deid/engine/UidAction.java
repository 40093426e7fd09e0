package org.veil.deid.engine;

import org.veil.deid.pseudo.Outcome;
import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;

/**
 * U: replace each UID value with {@code 2.25.} + 128 bits of HMAC(UID subkey, uid), consistently across instances,
 * runs and machines; registered UIDs are kept. A sequence is kept and its items processed.
 */
final class UidAction implements Action {
    static final UidAction INSTANCE = new UidAction();

    @Override
    public Effect apply(DataElement e, ElementScope scope) throws DeidException {
        if (e.isSequence()) {
            return Effect.RECURSE;
        }
        String text = ElementValues.read(e, scope);
        if (text == null || text.isEmpty()) {
            return Effect.KEEP;
        }
        String[] values = text.split("\\\\", -1);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\\');
            }
            String v = spacesTrimmed(values[i]);
            if (v.isEmpty()) {
                continue;
            }
            Outcome o = scope.instance().run.uids.map(v);
            if (!(o instanceof Outcome.Ok ok)) {
                throw new DeidException(scope.path() + ": UID cannot be remapped: " + ((Outcome.Invalid) o).reason());
            }
            out.append(ok.value());
        }
        DataElement ui = e.vr() == VR.UI ? e : DataElement.of(e.tag(), VR.UI, e.bytes());
        return Effect.replace(ElementValues.text(ui, out.toString(), scope));
    }

    /** Trims spaces only: a UID attribute holding other bytes must still be replaced, not kept. */
    private static String spacesTrimmed(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == ' ') {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    @Override
    public String code() {
        return "U";
    }
}
