"""Reference tables for GraphicSetTablesTest: how Python's codecs (the ones pydicom 2.3 uses) decode every code of
the graphic character sets of DICOM.

Prints one line per code: set name, code in hex (GR byte, or the two GL bytes of a double-byte set), and the
decoded code point in hex, or "-" when Python has no character for it (or decodes it to more than one).
"""
import sys

ESC = b"\x1b"
SINGLE = {
    "LATIN1": "latin_1", "LATIN2": "iso8859_2", "LATIN3": "iso8859_3", "LATIN4": "iso8859_4",
    "CYRILLIC": "iso8859_5", "ARABIC": "iso8859_6", "GREEK": "iso8859_7", "HEBREW": "iso8859_8",
    "LATIN5": "iso8859_9", "LATIN9": "iso8859_15", "THAI": "iso8859_11", "KATAKANA": "shift_jis",
}
DOUBLE = {
    "JIS_X0208": lambda p: (ESC + b"$B" + p + ESC + b"(B", "iso2022_jp"),
    "JIS_X0212": lambda p: (ESC + b"$(D" + p + ESC + b"(B", "iso2022_jp_2"),
    "KS_X1001": lambda p: (bytes(b | 0x80 for b in p), "euc_kr"),
    "GB2312": lambda p: (bytes(b | 0x80 for b in p), "gb2312"),
}


def show(name, code, raw, encoding):
    try:
        text = raw.decode(encoding)
        cp = "%04X" % ord(text) if len(text) == 1 else "-"
    except UnicodeDecodeError:
        cp = "-"
    print("%s\t%s\t%s" % (name, code, cp))


for name, encoding in SINGLE.items():
    for b in range(0xA0, 0x100):
        show(name, "%02X" % b, bytes([b]), encoding)
for name, form in DOUBLE.items():
    for first in range(0x21, 0x7F):
        for second in range(0x21, 0x7F):
            raw, encoding = form(bytes([first, second]))
            show(name, "%02X%02X" % (first, second), raw, encoding)
sys.stdout.flush()
