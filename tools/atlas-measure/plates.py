"""Depth-plate measurements of a scanned plate-like bone (the hip bone, the sacrum), for the generator's
DepthPlate (measuring only).

The bone is looked at along one direction (the plate's normal). On a coarse grid in the plate's plane we
measure, at each node inside the bone, the depth of the mid-surface between the bone's front and back along
the normal and the half thickness there (window means over the node's cell); the bone's outline and its holes
are closed curves in the plane, simplified to their corners (Douglas-Peucker). Millimetres.
Needs Debian's python3-vtk9 and python3-numpy.
"""
import numpy as np
import vtk
from vtk.util.numpy_support import numpy_to_vtk, vtk_to_numpy

from scan_frame import points
from sections import basis, polygon_area_centroid, rounded


def depth_maps(polydata, origin, normal, e1, e2, a0, b0, step, na, nb):
    """Parallel rays along the normal through a raster (a0 + i step, b0 + j step): per pixel the first and
    last depth where a ray crosses the surface (NaN where it misses) and how many times it crosses."""
    xyz = points(polydata) - origin
    tri = vtk_to_numpy(polydata.GetPolys().GetData()).reshape(-1, 4)[:, 1:]
    pa, pb, pt = xyz @ e1, xyz @ e2, xyz @ normal
    lo = np.full((nb, na), np.inf)
    hi = np.full((nb, na), -np.inf)
    count = np.zeros((nb, na), int)
    for t in tri:
        xa, xb, xt = pa[t], pb[t], pt[t]
        i0 = max(0, int(np.ceil((xa.min() - a0) / step)))
        i1 = min(na - 1, int(np.floor((xa.max() - a0) / step)))
        j0 = max(0, int(np.ceil((xb.min() - b0) / step)))
        j1 = min(nb - 1, int(np.floor((xb.max() - b0) / step)))
        if i1 < i0 or j1 < j0:
            continue
        det = (xb[1] - xb[2]) * (xa[0] - xa[2]) + (xa[2] - xa[1]) * (xb[0] - xb[2])
        if abs(det) < 1e-12:
            continue
        jj, ii = np.mgrid[j0:j1 + 1, i0:i1 + 1]
        qa, qb = a0 + ii * step, b0 + jj * step
        l0 = ((xb[1] - xb[2]) * (qa - xa[2]) + (xa[2] - xa[1]) * (qb - xb[2])) / det
        l1 = ((xb[2] - xb[0]) * (qa - xa[2]) + (xa[0] - xa[2]) * (qb - xb[2])) / det
        l2 = 1 - l0 - l1
        hit = (l0 >= 0) & (l1 >= 0) & (l2 > 0)
        if not hit.any():
            continue
        z = (l0 * xt[0] + l1 * xt[1] + l2 * xt[2])[hit]
        idx = (jj[hit], ii[hit])
        np.minimum.at(lo, idx, z)
        np.maximum.at(hi, idx, z)
        np.add.at(count, idx, 1)
    lo[count < 2] = np.nan
    hi[count < 2] = np.nan
    return lo, hi, count


def mask_loops(mask, a0, b0, step):
    """Closed outlines (in plane coordinates) of the True region of a raster mask."""
    nb, na = mask.shape
    img = vtk.vtkImageData()
    img.SetDimensions(na, nb, 1)
    img.SetOrigin(a0, b0, 0)
    img.SetSpacing(step, step, 1)
    img.GetPointData().SetScalars(numpy_to_vtk(mask.astype(np.float32).ravel(), deep=True))
    contour = vtk.vtkContourFilter()
    contour.SetInputData(img)
    contour.SetValue(0, 0.5)
    stripper = vtk.vtkStripper()
    stripper.SetInputConnection(contour.GetOutputPort())
    stripper.JoinContiguousSegmentsOn()
    stripper.Update()
    out = stripper.GetOutput()
    xyz = points(out)
    loops = []
    lines = out.GetLines()
    lines.InitTraversal()
    ids = vtk.vtkIdList()
    while lines.GetNextCell(ids):
        idx = [ids.GetId(i) for i in range(ids.GetNumberOfIds())]
        if len(idx) > 2 and idx[0] == idx[-1]:
            idx = idx[:-1]
        if len(idx) >= 3:
            loops.append(xyz[idx, :2])
    return loops


def simplify_closed(loop, tolerance):
    """Douglas-Peucker on a closed loop: its corners, within `tolerance` mm of the loop."""
    def dp(pts):
        a, b = pts[0], pts[-1]
        ab = b - a
        L = np.linalg.norm(ab)
        if L < 1e-9:
            d = np.linalg.norm(pts - a, axis=1)
        else:
            d = np.abs(ab[0] * (pts[:, 1] - a[1]) - ab[1] * (pts[:, 0] - a[0])) / L
        k = int(np.argmax(d))
        if d[k] <= tolerance or len(pts) < 3:
            return [a]
        return dp(pts[:k + 1]) + dp(pts[k:])
    start = int(np.argmin(loop[:, 0]))
    far = int(np.argmax(np.linalg.norm(loop - loop[start], axis=1)))
    loop = np.roll(loop, -start, axis=0)
    far = (far - start) % len(loop)
    first = dp(np.vstack([loop[:far + 1]]))
    second = dp(np.vstack([loop[far:], loop[:1]]))
    return np.array(first + second)


def measure_plate(polydata, origin, normal, reference, step, tolerance=1.0, min_hole_area=12.0,
                  raster=0.5, edge_round=2.0, margin=6.0):
    """A DepthPlate's parameters for the whole surface seen along `normal` (dict ready for JSON)."""
    origin = np.asarray(origin, float)
    e1, e2, n = basis(normal, reference)
    n = np.cross(e1, e2)
    xyz = points(polydata) - origin
    pa, pb = xyz @ e1, xyz @ e2
    a0 = np.floor((pa.min() - margin) / step) * step
    b0 = np.floor((pb.min() - margin) / step) * step
    na = int(np.ceil((pa.max() + margin - a0) / step)) + 1
    nb = int(np.ceil((pb.max() + margin - b0) / step)) + 1
    per = int(round(step / raster))
    lo, hi, _ = depth_maps(polydata, origin, n, e1, e2, a0 - step / 2, b0 - step / 2, raster,
                           na * per, nb * per)
    inside = ~np.isnan(lo)
    mid_f, half_f = (lo + hi) / 2, (hi - lo) / 2
    mid = [[None] * na for _ in range(nb)]
    half = [[None] * na for _ in range(nb)]
    for j in range(nb):
        for i in range(na):
            cell = (slice(j * per, (j + 1) * per), slice(i * per, (i + 1) * per))
            w = inside[cell]
            if w.mean() >= 0.3:
                mid[j][i] = round(float(mid_f[cell][w].mean()), 1)
                half[j][i] = round(float(half_f[cell][w].mean()), 1)
    loops = mask_loops(inside, a0 - step / 2, b0 - step / 2, raster)
    loops.sort(key=lambda l: -polygon_area_centroid([l])[0])
    outline = simplify_closed(loops[0], tolerance)
    holes = [simplify_closed(l, tolerance) for l in loops[1:] if polygon_area_centroid([l])[0] >= min_hole_area]
    holes = [h for h in holes if len(h) >= 4]
    return dict(origin=rounded(origin, 2), normal=rounded(n, 5), reference=rounded(e1, 5),
                grid=dict(a0=round(float(a0), 2), b0=round(float(b0), 2), step=step, mid=mid, half=half),
                outline=[rounded(p) for p in outline], holes=[[rounded(p) for p in h] for h in holes],
                edge_round=edge_round)


def clipped(polydata, point, normal):
    """The part of the surface on the side of the plane that the normal points to (left open at the cut)."""
    plane = vtk.vtkPlane()
    plane.SetOrigin(*map(float, point))
    plane.SetNormal(*map(float, normal))
    clip = vtk.vtkClipPolyData()
    clip.SetInputData(polydata)
    clip.SetClipFunction(plane)
    clip.Update()
    tri = vtk.vtkTriangleFilter()
    tri.SetInputData(clip.GetOutput())
    tri.Update()
    return tri.GetOutput()


def numbers_in(plate):
    """How many measured numbers a plate holds (nodes inside x 2, curve points x 2)."""
    nodes = sum(v is not None for row in plate["grid"]["mid"] for v in row)
    return 2 * nodes + 2 * len(plate["outline"]) + sum(2 * len(h) for h in plate["holes"])
