"""Reference oracle for CharsetCorpusTest: prints every text value of DICOM files as pydicom 2.3 decodes it.

Usage: python3 pydicom_text_values.py FILE...
One line per SH, LO, UC, ST, LT, UT or PN element, tab separated, all but the first two fields in hex so that no
value can break the format:
  file  tag-path  VR  hex(effective (0008,0005) raw value)  hex(raw value bytes)  hex(UTF-8 of pydicom's decoding)
A file that pydicom cannot read gives one line: file  ERROR  message.
"""
import sys
import warnings

import pydicom
from pydicom.multival import MultiValue

TEXT_VRS = {"SH", "LO", "UC", "ST", "LT", "UT", "PN"}


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, MultiValue):
        return "\\".join("" if v is None else str(v) for v in value)
    return str(value)


def walk(ds, charset, path, out):
    own = ds.get_item(0x00080005)
    if own is not None and own.value is not None:
        value = own.value if isinstance(own.value, bytes) else text_of(ds.SpecificCharacterSet).encode("ascii")
        charset = value.decode("ascii", "replace").strip(" \0")
    for tag in sorted(ds.keys()):
        raw = ds.get_item(tag)
        raw_bytes = raw.value if isinstance(getattr(raw, "value", None), bytes) else None
        elem = ds[tag]
        where = f"{path}({tag.group:04X},{tag.element:04X})"
        if elem.VR == "SQ":
            for i, item in enumerate(elem.value or []):
                walk(item, charset, f"{where}[{i}]>", out)
        elif elem.VR in TEXT_VRS and raw_bytes is not None:
            out.append("\t".join([where, elem.VR, charset.encode("ascii", "replace").hex(), raw_bytes.hex(),
                                  text_of(elem.value).encode("utf-8", "surrogatepass").hex()]))


def main(files):
    warnings.simplefilter("ignore")
    for name in files:
        try:
            ds = pydicom.dcmread(name, stop_before_pixels=True, force=True)
            lines = []
            walk(ds, "", "", lines)
            for line in lines:
                print(name + "\t" + line)
        except Exception as e:  # report and go on: one bad file must not hide the others
            print(name + "\tERROR\t" + type(e).__name__ + ": " + str(e).replace("\t", " ").replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv[1:])
