package org.veil.dicom.json;

/**
 * The documented ways in which the reference tools' DICOM JSON may differ from Veil's, applied by rule (never by file
 * name). Each is counted per element where it was needed; the cross-check test prints the counts.
 */
enum Tolerance {
    NUMBER_FORMAT("numbers compared as numbers, not text: FL as float, others as double or exact decimal "
            + "(dcm2json prints FL with 9 significant digits, pydicom DS 5 as 5.0, doubles in 17 or fewest digits)"),
    DCMTK_FD_LAST_BIT("dcm2json's own double-to-text conversion can miss by one unit in the last place "
            + "(bytes 3F9ADBB824E336F7 print as 0.026228787661969975); FD from dcm2json compared within one ulp"),
    GROUP_LENGTH("pydicom keeps group length elements (gggg,0000); Veil and dcm2json leave them out (PS3.19 A.1)"),
    DCMTK_UTF8_CHARSET("dcm2json converts every text to UTF-8 and so writes (0008,0005) as ISO_IR 192"),
    PYDICOM_EMPTY_STRING("pydicom writes an empty value among several as \"\", the standard and the others as null "
            + "(F.2.5)"),
    PYDICOM_VALUE_PADDING("pydicom strips padding from the end of the whole string, not from each of several "
            + "values; strings compared without leading and trailing spaces"),
    EMPTY_SEQUENCE("pydicom writes an empty sequence as \"Value\": [], the others leave \"Value\" out (F.2.5)"),
    PYDICOM_EMPTY_NAME("a name of nothing but \"^\" delimiters is empty (PS3.5 6.2.1.1); Veil and dcm2json write "
            + "no Value, pydicom writes the delimiters"),
    PN_TRAILING_CARETS("dcm2json drops trailing empty name components (\"^^\"); names compared without them"),
    PRIVATE_VR("pydicom types private elements read as UN (implicit VR, or explicit UN) from its private "
            + "dictionary; Veil and dcmtk know none and keep UN: neither VR nor value compared"),
    UN_VR("one side has UN (an explicit UN in the file, or an implicit VR element of dictionary VR SQ that holds no "
            + "items), the other re-reads it with the dictionary VR: value not compared"),
    OB_OW("OB versus OW for the same bytes (implicit VR, or dictionary 'OB or OW'); bytes compared"),
    ODD_LENGTH_PADDING("a binary value of odd length is padded to even length with a zero byte by one side"),
    TRUNCATED_PIXEL_DATA("pydicom leaves out encapsulated pixel data cut off at end of file; Veil reads it leniently "
            + "with its complete fragments and a warning (issue 13)");

    private final String reason;

    Tolerance(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
