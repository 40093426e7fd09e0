"""Test-only helper for veil-pixel: reads DICOM files with pydicom and writes what the Java tests need.

  extract <outdir> <in.dcm...>   per input, in <outdir>/<index>/: meta.properties, and frame-<i>.bin (encapsulated)
                                or pixeldata.bin (native, as stored); error.txt instead when pydicom cannot read it
  wrap <meta.properties> <out.dcm> <frame files...>   a Secondary Capture file holding the given encapsulated frames

meta.properties holds one key=value per line (the image pixel attributes, transferSyntax, float, vr, bigEndian).
"""
import os
import sys

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, generate_pixel_data_frame
from pydicom.uid import UID

NATIVE = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"}


def extract(path, outdir):
    ds = pydicom.dcmread(path, force=True)
    ts = str(ds.file_meta.TransferSyntaxUID) if "TransferSyntaxUID" in ds.file_meta else "1.2.840.10008.1.2"
    keyword = next(k for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData") if k in ds)
    element = ds[keyword]
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    meta = {
        "transferSyntax": ts,
        "rows": int(ds.Rows), "columns": int(ds.Columns),
        "samplesPerPixel": int(ds.get("SamplesPerPixel", 1)),
        "bitsAllocated": int(ds.BitsAllocated),
        "bitsStored": int(ds.get("BitsStored", ds.BitsAllocated)),
        "highBit": int(ds.get("HighBit", int(ds.get("BitsStored", ds.BitsAllocated)) - 1)),
        "pixelRepresentation": int(ds.get("PixelRepresentation", 0)),
        "planarConfiguration": int(ds.get("PlanarConfiguration", 0) or 0),
        "photometric": str(ds.PhotometricInterpretation).strip(),
        "frames": frames,
        "float": keyword != "PixelData",
        "vr": str(element.VR),
        "bigEndian": not ds.is_little_endian,
    }
    os.makedirs(outdir, exist_ok=True)
    if ts in NATIVE or keyword != "PixelData":
        with open(os.path.join(outdir, "pixeldata.bin"), "wb") as f:
            f.write(element.value)
    else:
        for i, frame in enumerate(generate_pixel_data_frame(element.value, frames)):
            with open(os.path.join(outdir, "frame-%d.bin" % i), "wb") as f:
                f.write(frame)
    with open(os.path.join(outdir, "meta.properties"), "w") as f:
        for key, value in meta.items():
            f.write("%s=%s\n" % (key, str(value).lower() if isinstance(value, bool) else value))


def wrap(meta_path, out, frame_paths):
    meta = {}
    with open(meta_path) as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                meta[key] = int(value) if value.lstrip("-").isdigit() else value
    frames = []
    for p in frame_paths:
        with open(p, "rb") as f:
            frames.append(f.read())
    sop = "1.2.840.10008.5.1.4.1.1.7" if len(frames) == 1 else "1.2.840.10008.5.1.4.1.1.7.4"
    if meta["bitsAllocated"] > 1 and len(frames) > 1 and meta["samplesPerPixel"] == 1:
        sop = "1.2.840.10008.5.1.4.1.1.7.3" if meta["bitsAllocated"] == 16 else "1.2.840.10008.5.1.4.1.1.7.2"
    fm = FileMetaDataset()
    fm.MediaStorageSOPClassUID = sop
    fm.MediaStorageSOPInstanceUID = "2.25.1"
    fm.TransferSyntaxUID = UID(meta["transferSyntax"])
    fm.ImplementationClassUID = "2.25.2"
    ds = Dataset()
    ds.file_meta = fm
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.SOPClassUID = sop
    ds.SOPInstanceUID = "2.25.1"
    ds.StudyInstanceUID = "2.25.3"
    ds.SeriesInstanceUID = "2.25.4"
    ds.Modality = "OT"
    ds.ConversionType = "WSD"
    ds.SamplesPerPixel = meta["samplesPerPixel"]
    ds.PhotometricInterpretation = meta["photometric"]
    if meta["samplesPerPixel"] > 1:
        ds.PlanarConfiguration = meta["planarConfiguration"]
    ds.Rows = meta["rows"]
    ds.Columns = meta["columns"]
    if len(frames) > 1:
        ds.NumberOfFrames = len(frames)
    ds.BitsAllocated = meta["bitsAllocated"]
    ds.BitsStored = meta["bitsStored"]
    ds.HighBit = meta["highBit"]
    ds.PixelRepresentation = meta["pixelRepresentation"]
    ds.PixelData = encapsulate(frames, has_bot=True)
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    ds.save_as(out, write_like_original=False)


if __name__ == "__main__":
    if sys.argv[1] == "extract":
        for index, path in enumerate(sys.argv[3:]):
            target = os.path.join(sys.argv[2], str(index))
            try:
                extract(path, target)
            except Exception as e:  # reported to the Java test, which decides
                os.makedirs(target, exist_ok=True)
                with open(os.path.join(target, "error.txt"), "w") as f:
                    f.write("%s: %s" % (type(e).__name__, e))
    elif sys.argv[1] == "wrap":
        wrap(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit("unknown command " + sys.argv[1])
