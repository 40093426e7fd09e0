/**
 * DICOMDIR in a delivery (PS3.10 8.5, PS3.3 F): the de-identified directory is rewritten so that every Referenced
 * File ID names the output file its record describes, records of files not in the delivery are removed (and records
 * left without any lower-level record with them), and every record carries the values of the output files it stands
 * for (the same pseudonyms, UIDs and dates). Must never put an input path or an original value into an output.
 */
package org.veil.pipeline.dicomdir;
