#!/usr/bin/python3
"""Icosphere vertex angles rounded to nearest, and the evidence why LBP3D needs them (provenance; tests never run it).

Run from the repository root with Debian 12's python3 (3.11.2), python3-numpy 1.24.2, python3-scipy 1.10.1,
python3-mpmath 1.2.1 and libc6 2.36:

    /usr/bin/python3 testdata/lbp-reference/make_angle_reference.py

1. Writes icosphere_angles.csv: for every vertex of icosphere_vertices.csv, theta = acos(z/r) and phi = atan2(y, x)
   evaluated by mpmath at 200 bits and rounded to the nearest double (float(mpf)); asserts that glibc's acos/atan2
   (Python's math module calls libm) give the same doubles. numpy_theta/numpy_phi are numpy's np.arccos/np.arctan2
   on the machine that ran the script (informational: numpy 1.24 uses SIMD (SVML) code for them on AVX-512 CPUs,
   whose results are not always the nearest double).
2. Prints, for brain1 and PyRadiomics' LBP3D defaults, lbp-3D-m2's 10th percentile and PyRadiomics' robust mean
   absolute deviation (firstorder formula, numpy) when the LBP3D arithmetic of make_lbp_reference.py is fed with
   numpy's, libm's (nearest) and fdlibm's (Java StrictMath, values given below) angles.
"""
import math
import os
import sys

import mpmath
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_lbp_reference as R  # noqa: E402

mpmath.mp.prec = 200


def nearest_acos(x):
    return float(mpmath.acos(mpmath.mpf(float(x))))


def nearest_atan2(y, x):
    return float(mpmath.atan2(mpmath.mpf(float(y)), mpmath.mpf(float(x))))


def robust_mad(a):
    """PyRadiomics firstorder getRobustMeanAbsoluteDeviationFeatureValue for one image."""
    p10, p90 = np.percentile(a, 10), np.percentile(a, 90)
    x = a.copy()
    x[((x - p10) < 0) | ((x - p90) > 0)] = np.nan
    return np.nanmean(np.absolute(x - np.nanmean(x))), p10


def main():
    print('numpy', np.__version__, 'mpmath', mpmath.__version__, file=sys.stderr)
    with open(os.path.join(HERE, 'icosphere_angles.csv'), 'w') as out:
        out.write('subdivision,radius,index,theta,phi,numpy_theta,numpy_phi\n')
        for sub, radius in ((0, 1.0), (1, 1.0), (2, 1.0), (1, 1.5), (2, 2.0), (1, 0.8), (0, 1.5)):
            v = R.icosphere(sub, radius)
            nt = np.arccos(np.true_divide(v[:, 2], radius))
            nphi = np.arctan2(v[:, 1], v[:, 0])
            for i, p in enumerate(v):
                z = float(np.true_divide(p[2], radius))
                t, f = nearest_acos(z), nearest_atan2(p[1], p[0])
                assert t == math.acos(z) and f == math.atan2(p[1], p[0]), (sub, radius, i)
                out.write('%d,%r,%d,%r,%r,%r,%r\n' % (sub, radius, i, t, f, float(nt[i]), float(nphi[i])))

    brain, _ = R.read_nrrd(os.path.join(ROOT, 'testdata/pyradiomics/images/brain1_image.nrrd'))
    label, _ = R.read_nrrd(os.path.join(ROOT, 'testdata/pyradiomics/images/brain1_label.nrrd'))
    v = R.icosphere(1, 1)
    nearest = (np.array([nearest_acos(z) for z in v[:, 2]]), np.array([nearest_atan2(y, x) for x, y, _ in v]))
    # Java 17 StrictMath.acos/atan2 (fdlibm) differ from the nearest double at 4 of the 84 angles:
    fdlibm = (nearest[0].copy(), nearest[1].copy())
    fdlibm[1][0], fdlibm[1][2] = 2.124370685691942, -2.124370685691942      # atan2, vertices 0 and 2
    fdlibm[0][6] = fdlibm[0][7] = 2.5880182946927484                       # acos, vertices 6 and 7
    for name, angles in (('numpy', None), ('nearest (libm)', nearest), ('fdlibm', fdlibm)):
        saved = (np.arccos, np.arctan2)
        if angles is not None:
            np.arccos = lambda a, t=angles[0]: t.copy()
            np.arctan2 = lambda y, x, p=angles[1]: p.copy()
        try:
            _, ms, _ = R.lbp3d(brain, label, 2, 1, 1, v)
        finally:
            np.arccos, np.arctan2 = saved
        rmad, p10 = robust_mad(ms[1])
        print('%-15s lbp-3D-m2 10th percentile %r, RobustMeanAbsoluteDeviation %r' % (name, float(p10), float(rmad)))


if __name__ == '__main__':
    main()
