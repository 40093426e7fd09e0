package org.veil.dicom.io;

import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;

/**
 * A file read into memory (bulk values as references): preamble (or null), file meta, transfer syntax and data set.
 *
 * @param explicitVr true when the data set was found in explicit VR (it may contradict a mislabelled transfer syntax)
 */
public record DicomFile(String source, byte[] preamble, Dataset fileMeta, TransferSyntax transferSyntax,
                        boolean explicitVr, Dataset dataset, ReadWarnings warnings) {
}
