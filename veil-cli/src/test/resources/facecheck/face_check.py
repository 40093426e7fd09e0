#!/usr/bin/python3
"""Face visibility check for defaced head series (method of ../shared/deface/README.md).

Usage: face_check.py BEFORE_DIR AFTER_DIR [PNG_DIR]
Reads both series (single-frame files or one Enhanced multi-frame file), renders the skin surface of each from 11
views and runs OpenCV's frontal and profile face cascades on every render and its mirror image. Prints one JSON
object: {"before": {view: faces}, "after": {view: faces}}.
Needs python3-numpy, python3-scipy, python3-opencv, opencv-data, python3-pydicom.
"""
import glob
import json
import os
import sys

import cv2
import numpy as np
import pydicom
import scipy.ndimage as nd

CASCADES = '/usr/share/opencv4'
FRONTAL = ['haarcascades/haarcascade_frontalface_default.xml', 'haarcascades/haarcascade_frontalface_alt.xml',
           'haarcascades/haarcascade_frontalface_alt2.xml', 'lbpcascades/lbpcascade_frontalface_improved.xml']
PROFILE = ['haarcascades/haarcascade_profileface.xml', 'lbpcascades/lbpcascade_profileface.xml']
ALL_VIEWS = [(0, 0), (0, -15), (0, -25), (30, -15), (-30, -15), (30, -25), (-30, -25), (60, 0), (-60, 0), (90, 0),
             (-90, 0)]
# the front and three-quarter views (the profiles at 60 and 90 degrees are left out unless --all-views)
VIEWS = ALL_VIEWS[:7]
BORDER = 40


def frames(directory):
    """(position, row cosines, column cosines, spacing (row, col), image) per frame, in modality units."""
    out = []
    for f in sorted(glob.glob(os.path.join(directory, '**', '*.dcm'), recursive=True)):
        ds = pydicom.dcmread(f)
        px = ds.pixel_array.astype(np.float32)
        if 'PerFrameFunctionalGroupsSequence' in ds:
            shared = ds.SharedFunctionalGroupsSequence[0]
            for i, fg in enumerate(ds.PerFrameFunctionalGroupsSequence):
                def pick(seq, attr):
                    for g in (fg, shared):
                        if seq in g:
                            item = getattr(g, seq)[0]
                            if attr in item:
                                return getattr(item, attr)
                    return None
                slope = float(pick('PixelValueTransformationSequence', 'RescaleSlope') or 1)
                icpt = float(pick('PixelValueTransformationSequence', 'RescaleIntercept') or 0)
                out.append((np.array(pick('PlanePositionSequence', 'ImagePositionPatient'), float),
                            np.array(pick('PlaneOrientationSequence', 'ImageOrientationPatient'), float),
                            np.array(pick('PixelMeasuresSequence', 'PixelSpacing'), float), px[i] * slope + icpt))
        else:
            slope = float(getattr(ds, 'RescaleSlope', 1) or 1)
            icpt = float(getattr(ds, 'RescaleIntercept', 0) or 0)
            out.append((np.array(ds.ImagePositionPatient, float), np.array(ds.ImageOrientationPatient, float),
                        np.array(ds.PixelSpacing, float), px * slope + icpt))
    return out, ds.Modality


def volume(directory):
    """The series resampled to 1 mm on axes (S->I, A->P, R->L), and its modality."""
    fr, modality = frames(directory)
    iop = fr[0][1]
    rowc, colc = iop[:3], iop[3:]
    normal = np.cross(rowc, colc)
    fr.sort(key=lambda t: float(np.dot(t[0], normal)))
    data = np.stack([t[3] for t in fr])
    dz = float(np.dot(fr[1][0] - fr[0][0], normal)) if len(fr) > 1 else 1.0
    sp = fr[0][2]
    # voxel (k, r, c) -> LPS = p0 + c*sp[1]*rowc + r*sp[0]*colc + k*dz*normal
    m = np.stack([normal * dz, colc * sp[0], rowc * sp[1]], axis=1)
    p0 = fr[0][0]
    corners = [p0 + m @ np.array([k, r, c]) for k in (0, data.shape[0] - 1) for r in (0, data.shape[1] - 1)
               for c in (0, data.shape[2] - 1)]
    lo, hi = np.min(corners, axis=0), np.max(corners, axis=0)
    shape = (int(hi[2] - lo[2]) + 1, int(hi[1] - lo[1]) + 1, int(hi[0] - lo[0]) + 1)
    # target (i0, i1, i2) -> LPS (lo.x + i2, lo.y + i1, hi.z - i0)
    t = np.array([[0, 0, 1], [0, 1, 0], [-1, 0, 0]], float)
    origin = np.array([lo[0], lo[1], hi[2]])
    minv = np.linalg.inv(m)
    matrix = minv @ t
    offset = minv @ (origin - p0)
    background = float(np.median(np.concatenate([data[0].ravel(), data[-1].ravel()])))
    if modality == 'CT':
        background = -1000.0
    vol = nd.affine_transform(data, matrix, offset=offset, output_shape=shape, order=1, cval=background)
    return vol.astype(np.float32), modality


def threshold(vol, modality):
    if modality == 'CT':
        return -400.0
    b = np.concatenate([vol[0].ravel(), vol[-1].ravel(), vol[:, 0].ravel(), vol[:, -1].ravel(),
                        vol[:, :, 0].ravel(), vol[:, :, -1].ravel()])
    bg = float(np.median(b))
    return bg + 0.15 * (float(np.percentile(vol, 98)) - bg)


def skin(vol, t):
    m = nd.binary_opening(vol > t, iterations=1)
    lab, n = nd.label(m)
    if n == 0:
        return np.zeros(vol.shape, np.float32)
    sizes = nd.sum(m, lab, range(1, n + 1))
    m = lab == (int(np.argmax(sizes)) + 1)
    return nd.gaussian_filter(m.astype(np.float32), 0.8)


def crop(a, b):
    """Both fields cut to the box around the first one's head, plus a margin."""
    idx = np.nonzero(a > 0.01)
    lo = [max(int(i.min()) - 4, 0) for i in idx]
    hi = [int(i.max()) + 5 for i in idx]
    sl = tuple(slice(l, h) for l, h in zip(lo, hi))
    return a[sl], b[sl]


def rotate(field, yaw, pitch):
    pad = 30
    f = np.pad(field, pad)
    c = (np.array(f.shape) - 1) / 2.0
    y, p = np.radians(yaw), -np.radians(pitch)
    # axes (0: S->I, 1: A->P, 2: R->L); yaw turns about axis 0, pitch about axis 2
    ry = np.array([[1, 0, 0], [0, np.cos(y), -np.sin(y)], [0, np.sin(y), np.cos(y)]])
    rp = np.array([[np.cos(p), -np.sin(p), 0], [np.sin(p), np.cos(p), 0], [0, 0, 1]])
    r = ry @ rp
    return nd.affine_transform(f, r, offset=c - r @ c, order=1)


def depth_map(f):
    """First crossing of 0.5 along axis 1 (front to back), sub-voxel; inf where no crossing."""
    inside = f >= 0.5
    hit = inside.any(axis=1)
    first = np.argmax(inside, axis=1)
    i0, i2 = np.nonzero(hit)
    k = first[i0, i2]
    prev = np.maximum(k - 1, 0)
    a = f[i0, prev, i2]
    b = f[i0, k, i2]
    frac = np.where((k > 0) & (b > a), (0.5 - a) / np.maximum(b - a, 1e-6), 0.0)
    d = np.full(hit.shape, np.inf, np.float32)
    d[i0, i2] = prev + frac
    d[i0[k == 0], i2[k == 0]] = 0
    return d


def shade(depth, grey=None):
    h = np.isfinite(depth)
    d = np.where(h, depth, np.nanmax(np.where(h, depth, np.nan)) if h.any() else 0)
    g0, g2 = np.gradient(d)
    n = np.stack([-g2, -np.ones_like(d), -g0], axis=-1)  # (x right, towards viewer, y down)
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    light = np.array([-0.4, -0.8, -0.45])
    light /= np.linalg.norm(light)
    lam = np.clip((n * light).sum(-1), 0, 1)
    dmin = d[h].min() if h.any() else 0
    fade = np.clip(1.0 - (d - dmin) / 200.0, 0.3, 1.0)
    img = np.where(h, 255 * (0.15 + 0.85 * lam) * fade, 0)
    if grey is not None:
        img = np.where(h & grey, 128, img)
    img = np.pad(img, BORDER)
    return np.clip(img, 0, 255).astype(np.uint8), np.pad(h, BORDER)


def detect(img, head, yaw, classifiers):
    names = FRONTAL if abs(yaw) < 30 else PROFILE
    found = []
    for flip in (False, True):
        im = img[:, ::-1] if flip else img
        hd = head[:, ::-1] if flip else head
        for name in names:
            for (x, y, w, h) in classifiers[name].detectMultiScale(np.ascontiguousarray(im), scaleFactor=1.05,
                                                                 minNeighbors=5, minSize=(80, 80)):
                if hd[y:y + h, x:x + w].mean() >= 0.7:
                    found.append((int(x), int(y), int(w), int(h), flip))
    return found


def main():
    before, modality = volume(sys.argv[1])
    after, _ = volume(sys.argv[2])
    args = [a for a in sys.argv[3:] if a != '--all-views']
    png = args[0] if args else None
    views = ALL_VIEWS if '--all-views' in sys.argv else VIEWS
    if after.shape != before.shape:
        raise SystemExit('before and after have different grids')
    t = threshold(before, modality)
    fb, fa = crop(skin(before, t), skin(after, t))
    classifiers = {n: cv2.CascadeClassifier(os.path.join(CASCADES, n)) for n in FRONTAL + PROFILE}
    result = {'before': {}, 'after': {}}
    for yaw, pitch in views:
        view = '%d/%d' % (yaw, pitch)
        db = depth_map(rotate(fb, yaw, pitch)).transpose()
        da = depth_map(rotate(fa, yaw, pitch)).transpose()
        # rows of the image: S->I (axis 0); columns: R->L seen from the front means the patient's right on the left
        db, da = db.T, da.T
        ib, hb = shade(db)
        with np.errstate(invalid='ignore'):
            exposed = np.isfinite(da) & (~np.isfinite(db) | (da - db > 8))
        ia, ha = shade(da, grey=exposed)
        result['before'][view] = len(detect(ib, hb, yaw, classifiers))
        result['after'][view] = len(detect(ia, ha, yaw, classifiers))
        if png:
            os.makedirs(png, exist_ok=True)
            cv2.imwrite(os.path.join(png, 'before_%s.png' % view.replace('/', '_')), ib)
            cv2.imwrite(os.path.join(png, 'after_%s.png' % view.replace('/', '_')), ia)
    print(json.dumps(result))


if __name__ == '__main__':
    main()
