"""Test-only reference reader (pydicom) for the JPEG codec tests.

usage: dicom_tool.py frames <in.dcm> <out-prefix>   writes <out-prefix>_<n>.jpg per encapsulated frame
       dicom_tool.py pixels <in.dcm> <out.raw>      writes the raw (native) Pixel Data value
Both print one JSON line describing the image.
"""
import json
import sys

import pydicom
from pydicom.encaps import generate_pixel_data_frame


def describe(ds):
    return {
        "transferSyntax": str(ds.file_meta.TransferSyntaxUID),
        "rows": int(ds.Rows),
        "columns": int(ds.Columns),
        "samplesPerPixel": int(ds.SamplesPerPixel),
        "photometric": str(ds.PhotometricInterpretation),
        "bitsAllocated": int(ds.BitsAllocated),
        "bitsStored": int(ds.BitsStored),
        "planarConfiguration": int(getattr(ds, "PlanarConfiguration", 0) or 0),
        "frames": int(getattr(ds, "NumberOfFrames", 1) or 1),
    }


def main():
    mode, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
    ds = pydicom.dcmread(path)
    info = describe(ds)
    if mode == "frames":
        count = 0
        for i, frame in enumerate(generate_pixel_data_frame(ds.PixelData, info["frames"])):
            with open("%s_%d.jpg" % (out, i), "wb") as f:
                f.write(frame)
            count += 1
        info["written"] = count
    elif mode == "pixels":
        with open(out, "wb") as f:
            f.write(ds.PixelData)
    else:
        raise SystemExit("unknown mode " + mode)
    print(json.dumps(info))


if __name__ == "__main__":
    main()
