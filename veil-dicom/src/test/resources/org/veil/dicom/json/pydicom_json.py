"""Writes pydicom 2.3's DICOM JSON (Dataset.to_json_dict) of each input file to OUTDIR/<n>.json (n = argument
position from 0); a file pydicom cannot read or convert gets {"error": "..."} instead. Binary values are inline
(no bulk data handler), the file meta is not included, as with dcm2json."""
import json
import sys
import warnings

import pydicom

warnings.simplefilter("ignore")


def main(outdir, paths):
    for n, path in enumerate(paths):
        try:
            ds = pydicom.dcmread(path, force=True)
            result = ds.to_json_dict()
        except Exception as e:  # the caller records the reason and falls back
            result = {"error": type(e).__name__ + ": " + str(e)[:300]}
        with open("%s/%d.json" % (outdir, n), "w", encoding="utf-8") as out:
            json.dump(result, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
