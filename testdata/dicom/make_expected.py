#!/usr/bin/python3
"""Writes expected/<file>.txt for each DICOM test file: pydicom's reading of its header and stored pixel values.

For JPEG Lossless files (pydicom 2.3.1 has no JPEG lossless decoder installed here), the file is first decoded
with dcmtk's dcmdjpeg into a temporary explicit VR little endian file, which pydicom then reads.
Run from testdata/dicom:  /usr/bin/python3 make_expected.py
"""
import glob, os, subprocess, tempfile
import pydicom

def describe(path, out):
    ds = pydicom.dcmread(path)
    ts = ds.file_meta.TransferSyntaxUID
    src = path
    note = "pydicom %s" % pydicom.__version__
    if ts in ("1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.57"):
        tmp = tempfile.NamedTemporaryFile(suffix=".dcm", delete=False).name
        subprocess.run(["dcmdjpeg", path, tmp], check=True)
        ds = pydicom.dcmread(tmp)
        note += " after dcmdjpeg (dcmtk 3.6.7)"
        os.unlink(tmp)
    arr = ds.pixel_array.astype("int64").ravel()
    with open(out, "w") as f:
        f.write("# %s; source %s; transfer syntax %s\n" % (note, os.path.basename(src), ts))
        f.write("transferSyntax %s\n" % ts)
        f.write("rows %d\ncolumns %d\n" % (ds.Rows, ds.Columns))
        for kw in ("ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing"):
            if kw in ds:
                f.write("%s %s\n" % (kw, " ".join(repr(float(v)) for v in ds.data_element(kw).value)))
        f.write("RescaleSlope %r\n" % float(ds.get("RescaleSlope", 1)))
        f.write("RescaleIntercept %r\n" % float(ds.get("RescaleIntercept", 0)))
        f.write("pixels %s\n" % " ".join(str(int(v)) for v in arr))

for p in sorted(glob.glob("pydicom/*.dcm") + glob.glob("dcmtk/*.dcm")):
    name = os.path.basename(p)
    if name in ("MR_small_jp2klossless.dcm", "rtstruct.dcm", "liver_1frame.dcm"):
        continue
    describe(p, os.path.join("expected", name[:-4] + ".txt"))
    print("ok", p)
