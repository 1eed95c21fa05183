#!/usr/bin/python3
"""Writes expected/multiframe/<file>.txt: pydicom's pixel_array of every frame of the multi-frame RT dose samples.
Run from testdata/dicom:  /usr/bin/python3 make_expected_multiframe.py
"""
import os
import pydicom
os.makedirs("expected/multiframe", exist_ok=True)
for name in ("rtdose.dcm", "rtdose_rle.dcm", "rtdose_expb.dcm"):
    ds = pydicom.dcmread("pydicom/" + name)
    arr = ds.pixel_array.astype("int64")
    with open("expected/multiframe/" + name[:-4] + ".txt", "w") as f:
        f.write("# pydicom %s; source %s\n" % (pydicom.__version__, name))
        f.write("transferSyntax %s\nframes %d\nrows %d\ncolumns %d\n" % (ds.file_meta.TransferSyntaxUID,
                arr.shape[0], ds.Rows, ds.Columns))
        for k in range(arr.shape[0]):
            f.write("frame%d %s\n" % (k, " ".join(str(int(v)) for v in arr[k].ravel())))
