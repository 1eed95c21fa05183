# Generates the reference files of this folder with Debian 12's python3-pywt 1.1.1 and python3-numpy 1.24.2.
# Run: /usr/bin/python3 generate.py   (in this folder)
# The PyRadiomics-style wavelet steps (wrap-pad odd dimensions, one swtn level at a time, trim) and the intensity
# formulas transcribe radiomics/imageoperations.py (_swt3, getSquareImage, ...) at PyRadiomics commit 8ed5793.
import numpy as np
import pywt

def arr_line(a):
    return ' '.join(repr(float(v)) for v in np.asarray(a, dtype=np.float64).ravel(order='C'))

with open('pywt-banks.txt', 'w') as f:
    f.write('# name dec_lo... | dec_hi...   (pywt %s)\n' % pywt.__version__)
    for n in ['coif1', 'haar', 'db1', 'db2', 'db3', 'db4', 'db5', 'db6', 'db7', 'db8', 'db9', 'db10', 'sym2', 'sym3']:
        w = pywt.Wavelet(n)
        f.write('%s %s | %s\n' % (n, arr_line(w.dec_lo), arr_line(w.dec_hi)))

def swt3(data, wavelet, level, start_level, axes):
    original_shape = data.shape
    padding = tuple([(0, 1 if dim % 2 != 0 else 0) for dim in original_shape])
    data = np.pad(data.astype(np.float64), padding, 'wrap')
    w = pywt.Wavelet(wavelet)
    for i in range(0, start_level):
        data = pywt.swtn(data, w, level=1, start_level=0, axes=axes)[0]['a' * len(axes)].copy()
    out = []
    trim = tuple(slice(None, -1 if dim % 2 != 0 else None) for dim in original_shape)
    for i in range(start_level, start_level + level):
        dec = pywt.swtn(data, w, level=1, start_level=0, axes=axes)[0]
        data = dec['a' * len(axes)].copy()
        for name, im in dec.items():
            if name == 'a' * len(axes):
                continue
            out.append((i - start_level + 1, name.replace('a', 'L').replace('d', 'H'), im[trim]))
    out.append((level, 'L' * len(axes), data[trim]))
    return out

rs = np.random.RandomState(20261202)
cases = [
    # (case, shape (z, y, x), wavelet, level, start_level, axes)
    ('even_coif1', (4, 6, 8), 'coif1', 1, 0, (2, 1, 0)),
    ('odd_coif1', (5, 7, 9), 'coif1', 1, 0, (2, 1, 0)),
    ('odd_haar_l2_s1', (3, 6, 5), 'haar', 2, 1, (2, 1, 0)),
    ('odd_db2_l2', (5, 4, 7), 'db2', 2, 0, (2, 1, 0)),
    ('db3_short', (3, 3, 3), 'db3', 1, 0, (2, 1, 0)),
    ('sym3', (4, 5, 6), 'sym3', 1, 0, (2, 1, 0)),
    ('coif1_force2D_z', (3, 5, 6), 'coif1', 1, 0, (2, 1)),
    ('coif1_force2D_x', (3, 5, 6), 'coif1', 1, 0, (1, 0)),
]
with open('pywt-swt3.txt', 'w') as f:
    f.write('# case wavelet level start_level axes nz ny nx, then "input" values, then one line per output:\n')
    f.write('# <k> <decomposition> values (numpy C order = x fastest). pywt %s, numpy %s\n'
            % (pywt.__version__, np.__version__))
    for case, shape, wav, level, start, axes in cases:
        data = np.round(rs.uniform(-1000, 1000, size=shape), 3)
        f.write('case %s %s %d %d %s %d %d %d\n' % (case, wav, level, start, ','.join(map(str, axes)), *shape))
        f.write('input %s\n' % arr_line(data))
        for k, name, im in swt3(data, wav, level, start, axes):
            f.write('%d %s %s\n' % (k, name, arr_line(im)))
    # also one plain pywt.swtn call on an even array, as the library documents it
    data = np.round(rs.uniform(-1000, 1000, size=(4, 6, 8)), 3)
    f.write('case plain_swtn coif1 1 0 2,1,0 4 6 8\n')
    f.write('input %s\n' % arr_line(data))
    dec = pywt.swtn(data, 'coif1', level=1, start_level=0, axes=(2, 1, 0), trim_approx=False, norm=False)[0]
    for name in ['aad', 'ada', 'add', 'daa', 'dad', 'dda', 'ddd', 'aaa']:
        f.write('1 %s %s\n' % (name.replace('a', 'L').replace('d', 'H'), arr_line(dec[name])))

# intensity filters: PyRadiomics' formulas in numpy on a small int16 array with negatives and zeros
x = np.array([-1000, -37, -1, 0, 0, 1, 2, 55, 300, 1500, -1499, 7], dtype=np.int16)
with open('numpy-intensity.txt', 'w') as f:
    f.write('# numpy %s; rows: input, square, squareroot, logarithm, exponential\n' % np.__version__)
    im = x.astype('float64')
    f.write('input %s\n' % arr_line(im))
    coeff = 1 / np.sqrt(np.max(np.abs(im)))
    f.write('square %s\n' % arr_line((coeff * im) ** 2))
    im = x.astype('float64'); coeff = np.max(np.abs(im))
    im[im > 0] = np.sqrt(im[im > 0] * coeff); im[im < 0] = - np.sqrt(-im[im < 0] * coeff)
    f.write('squareroot %s\n' % arr_line(im))
    im = x.astype('float64'); im_max = np.max(np.abs(im))
    im[im > 0] = np.log(im[im > 0] + 1); im[im < 0] = - np.log(- (im[im < 0] - 1))
    im = im * (im_max / np.max(np.abs(im)))
    f.write('logarithm %s\n' % arr_line(im))
    im = x.astype('float64'); im_max = np.max(np.abs(im)); coeff = np.log(im_max) / im_max
    f.write('exponential %s\n' % arr_line(np.exp(coeff * im)))
