package org.veil.dicom.io;

import org.veil.dicom.TransferSyntax;

/** The two facts of a transfer syntax that shape element headers and values. */
record Encoding(boolean explicitVr, boolean bigEndian) {
    static final Encoding IMPLICIT_LE = new Encoding(false, false);
    static final Encoding EXPLICIT_LE = new Encoding(true, false);

    static Encoding of(TransferSyntax ts) {
        return new Encoding(ts.explicitVr(), ts.bigEndian());
    }
}
