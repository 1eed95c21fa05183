#!/usr/bin/python3
"""Independent reference values for radiomics4j's Lbp2DFilter and Lbp3DFilter (provenance only; never run by tests).

Run from the repository root with Debian 12's python3 (3.11.2), python3-numpy 1.24.2, python3-scipy 1.10.1 and
python3-skimage 0.19.3:

    /usr/bin/python3 testdata/lbp-reference/make_lbp_reference.py

LBP2D: skimage.feature.local_binary_pattern itself, called per slice as PyRadiomics' getLBP2DImage calls it.
LBP3D: numpy/scipy (scipy.ndimage.map_coordinates order=3, scipy.special.sph_harm, scipy.stats.kurtosis) following
the arithmetic of PyRadiomics' getLBP3DImage (commit 8ed5793), written out here; the icosphere vertices are built
here from trimesh's documented algorithm (icosahedron of trimesh/resources/creation.json, edge midpoints in
trimesh.remesh.subdivide's order, re-projection onto the sphere after every subdivision) and checked against
trimesh.creation.icosphere when trimesh is importable (it was: trimesh 5.1.0, pure Python, with PYTHONPATH set).
"""
import gzip
import os
import sys

import numpy as np
import scipy
import skimage
from scipy.ndimage import map_coordinates
from scipy.special import sph_harm
from scipy.stats import kurtosis
from skimage.feature import local_binary_pattern

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read_nrrd(path):
    """Minimal reader for the gzip NRRD files of testdata/pyradiomics/images: returns a numpy (z, y, x) array."""
    raw = open(path, 'rb').read()
    head, body = raw.split(b'\n\n', 1)
    fields = {}
    for line in head.decode().splitlines()[1:]:
        if line.startswith('#') or ':' not in line:
            continue
        k, v = line.split(':', 1)
        fields[k.strip()] = v.strip()
    dtype = {'short': '<i2', 'int': '<i4', 'float': '<f4', 'double': '<f8', 'unsigned char': 'u1'}[fields['type']]
    sizes = [int(s) for s in fields['sizes'].split()]
    assert fields['encoding'] == 'gzip'
    data = np.frombuffer(gzip.decompress(body), dtype=dtype)
    return data.reshape(sizes[::-1]).copy(), head.decode()


def write_nrrd_int16(path, arr, header_lines):
    """gzip NRRD of an int16 (z, y, x) array."""
    head = ['NRRD0004', 'type: short', 'dimension: 3', 'space: left-posterior-superior',
            'sizes: %d %d %d' % (arr.shape[2], arr.shape[1], arr.shape[0])] + header_lines + \
           ['kinds: domain domain domain', 'endian: little', 'encoding: gzip']
    with open(path, 'wb') as f:
        f.write(('\n'.join(head) + '\n\n').encode())
        f.write(gzip.compress(arr.astype('<i2').tobytes(), 9, mtime=0))


def lbp2d(im_arr, P, R, method, dim):
    """PyRadiomics getLBP2DImage for a 3-D array: per slice along dim, written back into the array's dtype."""
    out = im_arr.copy().swapaxes(0, dim)
    for idx in range(out.shape[0]):
        out[idx, ...] = local_binary_pattern(out[idx, ...], P=P, R=R, method=method)
    return out.swapaxes(0, dim)


# ---- icosphere -----------------------------------------------------------------------------------------------------

ICO_A = 0.5257311121191336   # trimesh/resources/creation.json, icosahedron vertices
ICO_B = 0.85065080835204
ICO_VERTICES = [[-ICO_A, ICO_B, 0.0], [ICO_A, ICO_B, 0.0], [-ICO_A, -ICO_B, 0.0], [ICO_A, -ICO_B, 0.0],
                [0.0, -ICO_A, ICO_B], [0.0, ICO_A, ICO_B], [0.0, -ICO_A, -ICO_B], [0.0, ICO_A, -ICO_B],
                [ICO_B, 0.0, -ICO_A], [ICO_B, 0.0, ICO_A], [-ICO_B, 0.0, -ICO_A], [-ICO_B, 0.0, ICO_A]]
ICO_FACES = [[0, 11, 5], [0, 5, 1], [0, 1, 7], [0, 7, 10], [0, 10, 11], [1, 5, 9], [5, 11, 4], [11, 10, 2],
             [10, 7, 6], [7, 1, 8], [3, 9, 4], [3, 4, 2], [3, 2, 6], [3, 6, 8], [3, 8, 9], [4, 9, 5], [2, 4, 11],
             [6, 2, 10], [8, 6, 7], [9, 8, 1]]


def project(v, radius):
    s = np.sqrt(np.dot(v ** 2, [1, 1, 1]))
    return v + (v / s.reshape((-1, 1))) * (radius - s).reshape((-1, 1))


def icosphere(subdivisions, radius):
    v = np.array(ICO_VERTICES, dtype=np.float64)
    f = np.array(ICO_FACES, dtype=np.int64)
    for _ in range(subdivisions):
        edges = np.sort(f[:, [0, 1, 1, 2, 2, 0]].reshape((-1, 2)), axis=1)
        # unique edges ordered by (larger index, smaller index), as trimesh's packed row hash sorts them
        keys = edges[:, 1] * (1 << 32) + edges[:, 0]
        uniq, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        mid = (v[edges[first, 0]] + v[edges[first, 1]]) / 2
        m = inverse.reshape((-1, 3)) + len(v)
        f = np.column_stack([f[:, 0], m[:, 0], m[:, 2], m[:, 0], f[:, 1], m[:, 1],
                             m[:, 2], m[:, 1], f[:, 2], m[:, 0], m[:, 1], m[:, 2]]).reshape((-1, 3))
        v = project(np.vstack((v, mid)), radius)
    if subdivisions <= 0:
        v = project(v, radius)
    return v


def lbp3d(im_arr, ma_arr, levels, radius, subdivision, vertices):
    """PyRadiomics getLBP3DImage's arithmetic; returns (ROI coords, [m1..m_levels], k)."""
    theta = np.arccos(np.true_divide(vertices[:, 2], radius))
    phi = np.arctan2(vertices[:, 1], vertices[:, 0])
    Y = sph_harm(0, 0, theta, phi)
    n_ix = np.array(0)
    for n in range(1, levels):
        for m in range(-n, n + 1):
            n_ix = np.append(n_ix, n)
            Y = np.column_stack((Y, sph_harm(m, n, theta, phi)))
    if Y.ndim == 1:
        Y = Y[:, None]
    roi = np.where(ma_arr != 0)
    coords = np.array(roi).T[None, :, :] + vertices[:, None, :]
    f = map_coordinates(im_arr, coords.T, order=3)
    k = kurtosis(f, axis=1)
    centre = im_arr[roi]
    f = np.greater_equal(f, centre[:, None]).astype(int)
    c = np.multiply(f[:, :, None], Y[None, :, :]).sum(axis=1)
    g = np.multiply(c[:, None, n_ix == 0], Y[None, :, n_ix == 0])
    for n in range(1, levels):
        g = np.concatenate((g, np.sum(np.multiply(c[:, None, n_ix == n], Y[None, :, n_ix == n]), axis=2,
                                      keepdims=True)), axis=2)
    g = np.real(np.sqrt(np.sum(g ** 2, axis=1)))
    return roi, [g[:, l] for l in range(levels)], np.real(k)


def values(a):
    return ' '.join(repr(float(x)) for x in np.asarray(a).ravel())


def main():
    print('numpy', np.__version__, 'scipy', scipy.__version__, 'skimage', skimage.__version__, file=sys.stderr)
    brain, _ = read_nrrd(os.path.join(ROOT, 'testdata/pyradiomics/images/brain1_image.nrrd'))
    label, _ = read_nrrd(os.path.join(ROOT, 'testdata/pyradiomics/images/brain1_label.nrrd'))
    # crop x 157..213, y 79..158, z 6..22 (the region of testdata/pyradiomics-filters/filtered)
    crop = (slice(6, 23), slice(79, 159), slice(157, 214))
    geo = ['space directions: (0.7812499999999999,0.0,0.0) (0.0,-0.7812499999999999,0.0) (0.0,0.0,6.499999999999998)',
           'space origin: (23.046875,37.89062499999999,-38.99999999999997)']
    write_nrrd_int16(os.path.join(HERE, 'brain1_lbp-2D_crop.nrrd'), lbp2d(brain, 8, 1, 'uniform', 0)[crop], geo)

    # synthetic images: 9x8x7 (x, y, z) int16 and float64, fixed seed
    rng = np.random.default_rng(20261202)
    syn16 = rng.integers(-60, 200, size=(7, 8, 9)).astype(np.int16)
    syn64 = syn16.astype(np.float64) / 7.0 + rng.normal(0, 0.5, size=syn16.shape)
    with open(os.path.join(HERE, 'synthetic_images.csv'), 'w') as out:
        out.write('name,dtype,nx,ny,nz,values\n')
        for name, arr in (('syn16', syn16), ('syn64', syn64)):
            out.write('%s,%s,9,8,7,%s\n' % (name, arr.dtype, values(arr)))
    with open(os.path.join(HERE, 'lbp2d_synthetic.csv'), 'w') as out:
        out.write('image,method,P,R,force2Ddimension,values\n')
        for name, arr in (('syn16', syn16), ('syn64', syn64)):
            for method in ('default', 'ror', 'uniform', 'nri_uniform', 'var'):
                for P, R in ((8, 1), (12, 2.5), (5, 1.3)):
                    for dim in (0, 1, 2):
                        out.write('%s,%s,%d,%r,%d,%s\n' % (name, method, P, float(R), dim,
                                                            values(lbp2d(arr, P, R, method, dim))))

    # LBP3D: brain1 ROI with the defaults; synthetic images with a mask touching the image border
    with open(os.path.join(HERE, 'lbp3d_brain1.csv'), 'w') as out:
        v = icosphere(1, 1)
        roi, ms, k = lbp3d(brain, label, 2, 1, 1, v)
        out.write('x,y,z,lbp-3D-m1,lbp-3D-m2,lbp-3D-k\n')
        for i in range(len(roi[0])):
            out.write('%d,%d,%d,%r,%r,%r\n' % (roi[2][i], roi[1][i], roi[0][i], float(ms[0][i]), float(ms[1][i]),
                                                float(k[i])))
    mask = np.zeros(syn16.shape, dtype=np.int16)
    mask[0:3, 0:3, 0:3] = 1
    mask[2:5, 3:6, 4:8] = 1
    mask[6, 7, 8] = 1
    with open(os.path.join(HERE, 'lbp3d_synthetic.csv'), 'w') as out:
        out.write('mask,%s\n' % values(mask))
        out.write('image,levels,radius,subdivision,output,values\n')
        for name, arr in (('syn16', syn16), ('syn64', syn64)):
            for levels, radius, sub in ((2, 1.0, 1), (3, 1.5, 0), (4, 2.0, 2), (1, 0.8, 1)):
                v = icosphere(sub, radius)
                roi, ms, k = lbp3d(arr, mask, levels, radius, sub, v)
                for l in range(levels):
                    out.write('%s,%d,%r,%d,lbp-3D-m%d,%s\n' % (name, levels, radius, sub, l + 1, values(ms[l])))
                out.write('%s,%d,%r,%d,lbp-3D-k,%s\n' % (name, levels, radius, sub, values(k)))

    with open(os.path.join(HERE, 'icosphere_vertices.csv'), 'w') as out:
        out.write('subdivision,radius,index,x,y,z\n')
        for sub, radius in ((0, 1.0), (1, 1.0), (2, 1.0), (1, 1.5), (2, 2.0), (1, 0.8), (0, 1.5)):
            v = icosphere(sub, radius)
            for i, p in enumerate(v):
                out.write('%d,%r,%d,%r,%r,%r\n' % (sub, radius, i, p[0], p[1], p[2]))
    try:
        from trimesh.creation import icosphere as trimesh_icosphere
        import trimesh
        for sub, radius in ((0, 1.0), (1, 1.0), (2, 1.0), (3, 1.0), (1, 1.5), (2, 2.0), (1, 0.8)):
            t = np.asarray(trimesh_icosphere(sub, radius).vertices)
            mine = icosphere(sub, radius)
            assert t.shape == mine.shape and np.array_equal(t, mine), (sub, radius, np.abs(t - mine).max())
        print('icosphere vertices identical to trimesh', trimesh.__version__, file=sys.stderr)
    except ImportError:
        print('trimesh not importable: icosphere not cross-checked', file=sys.stderr)


if __name__ == '__main__':
    main()
