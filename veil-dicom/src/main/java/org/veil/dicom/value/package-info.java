/**
 * Element values as text, shared by the text dump and the JSON writer: string values decoded with the Specific
 * Character Set, split and trimmed; binary numbers read one at a time from little endian bytes.
 *
 * <p>Must never log or throw with a value in the message (values may be PHI), and never change a data set.
 */
package org.veil.dicom.value;
