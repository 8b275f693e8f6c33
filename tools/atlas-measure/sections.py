"""Cross-section measurements of a scanned bone, for the generator's section stacks (measuring only).

A section stack is how the generator describes a tube-like part of a bone: an axis, and at a few heights
along it a section centre and the section's outline as radii from that centre at evenly spaced angles
(angle 0 along the stack's reference direction, angle 90 degrees along axis x reference). Everything is in
millimetres in the frame the caller works in (the atlas frame, or a bone's body frame).
Needs Debian's python3-vtk9 and python3-numpy.
"""
import math

import numpy as np
import vtk

from scan_frame import points


def unit(v):
    v = np.asarray(v, dtype=float)
    return v / np.linalg.norm(v)


def basis(axis, reference):
    """Orthonormal (e1, e2, axis): e1 is the reference made perpendicular to the axis, e2 = axis x e1."""
    a = unit(axis)
    r = np.asarray(reference, dtype=float)
    e1 = unit(r - r.dot(a) * a)
    return e1, np.cross(a, e1), a


def section_loops(polydata, origin, normal):
    """The closed outlines where a plane cuts the surface: a list of (n, 3) arrays."""
    plane = vtk.vtkPlane()
    plane.SetOrigin(*map(float, origin))
    plane.SetNormal(*map(float, normal))
    cutter = vtk.vtkCutter()
    cutter.SetCutFunction(plane)
    cutter.SetInputData(polydata)
    stripper = vtk.vtkStripper()
    stripper.SetInputConnection(cutter.GetOutputPort())
    stripper.JoinContiguousSegmentsOn()
    stripper.Update()
    out = stripper.GetOutput()
    if out.GetNumberOfPoints() == 0:
        return []
    xyz = points(out)
    loops = []
    lines = out.GetLines()
    lines.InitTraversal()
    ids = vtk.vtkIdList()
    while lines.GetNextCell(ids):
        idx = [ids.GetId(i) for i in range(ids.GetNumberOfIds())]
        if len(idx) >= 3:
            loops.append(xyz[idx])
    return loops


def in_plane(loops, origin, e1, e2):
    return [np.stack([(l - origin) @ e1, (l - origin) @ e2], axis=1) for l in loops]


def segments(loops2d):
    """All outline edges as (m, 2, 2), each loop closed."""
    segs = [np.stack([l, np.roll(l, -1, axis=0)], axis=1) for l in loops2d]
    return np.concatenate(segs) if segs else np.zeros((0, 2, 2))


def polygon_area_centroid(loops2d):
    """Area and centroid of the region the outlines enclose (even-odd, so holes subtract)."""
    a_sum, c_sum = 0.0, np.zeros(2)
    for l in loops2d:
        x, y = l[:, 0], l[:, 1]
        x1, y1 = np.roll(x, -1), np.roll(y, -1)
        cross = x * y1 - x1 * y
        a = cross.sum() / 2
        a_sum += abs(a)
        if abs(a) > 1e-9:
            c_sum += abs(a) * np.array([((x + x1) * cross).sum(), ((y + y1) * cross).sum()]) / (6 * a)
    return a_sum, (c_sum / a_sum if a_sum > 0 else np.zeros(2))


def ray_crossings(segs, centre, direction):
    """Distances t > 0 along centre + t * direction where the ray crosses an outline edge, sorted."""
    p, q = segs[:, 0], segs[:, 1]
    d = q - p
    denom = direction[0] * d[:, 1] - direction[1] * d[:, 0]
    ok = np.abs(denom) > 1e-12
    w = p - centre
    t = np.where(ok, (w[:, 0] * d[:, 1] - w[:, 1] * d[:, 0]) / np.where(ok, denom, 1), -1)
    s = np.where(ok, (w[:, 0] * direction[1] - w[:, 1] * direction[0]) / np.where(ok, denom, 1), -1)
    hit = ok & (t > 1e-9) & (s >= 0) & (s < 1)
    return np.sort(t[hit])


def inside(segs, point):
    """Even-odd test: is the 2D point inside the outlines?"""
    return len(ray_crossings(segs, np.asarray(point, float), np.array([0.6, 0.8]))) % 2 == 1


def star_radii(loops2d, centre, count, keep=None):
    """Outline radii from centre at `count` evenly spaced angles: the farthest point of the section along
    each ray (the section's outer envelope seen from the centre). keep(t_points) -> bool mask limits the
    section to a region (a clip); a ray that meets no kept bone gets radius 0."""
    segs = segments(loops2d)
    radii = []
    for k in range(count):
        th = 2 * math.pi * k / count
        direction = np.array([math.cos(th), math.sin(th)])
        t = ray_crossings(segs, centre, direction)
        # Inside intervals along the ray: from the centre when it lies inside, then between crossings.
        starts_inside = len(t) % 2 == 1
        edges = np.concatenate([[0.0], t]) if starts_inside else t
        best = 0.0
        for a, b in zip(edges[0::2], edges[1::2]):
            if keep is None:
                best = max(best, b)
                continue
            ts = np.linspace(a, b, max(2, int((b - a) / 0.25) + 1))
            kept = keep(centre[None, :] + ts[:, None] * direction[None, :])
            if kept.any():
                best = max(best, ts[np.nonzero(kept)[0][-1]])
        radii.append(best)
    return np.array(radii)


def cosine_heights(lo, hi, count):
    """Heights from lo to hi, closer together towards both ends where a bone's end rounds off."""
    j = np.arange(count)
    return lo + (hi - lo) * (1 - np.cos(math.pi * j / (count - 1))) / 2


def graded_heights(lo, hi, count, ends=(0.3, 2.5, 6.0, 11.0, 18.0)):
    """Heights from lo to hi: close together within the last 18 mm at both ends, where a bone's end (a joint
    surface, a malleolus) changes quickly, and evenly spaced between."""
    near = [lo + e for e in ends] + [hi - e for e in ends]
    middle = np.linspace(lo + ends[-1], hi - ends[-1], max(2, count - 2 * len(ends) + 2))[1:-1]
    return np.sort(np.concatenate([near, middle]))


def extent_along(xyz, axis, origin):
    h = (xyz - origin) @ unit(axis)
    return h.min(), h.max()


def measure_stack(polydata, origin, axis, reference, heights, count, keep3d=None, select=None):
    """Measures a section stack. keep3d(points (n,3)) -> mask clips the bone to a region; select(loops3d)
    -> loops keeps some outlines of a section (e.g. the neck's, not the trochanter's). Each section's
    centre is its best_centre. Returns dict(heights, centres (2D), radii, areas)."""
    origin = np.asarray(origin, float)
    e1, e2, a = basis(axis, reference)
    out = dict(heights=[], centres=[], radii=[], areas=[])
    for h in heights:
        o = origin + h * a
        loops3d = section_loops(polydata, o, a)
        if select is not None:
            loops3d = select(loops3d)
        loops = in_plane(loops3d, o, e1, e2)
        if not loops:
            continue
        keep = None
        if keep3d is not None:
            keep = lambda q2, o=o: keep3d(o[None, :] + q2[:, 0:1] * e1[None, :] + q2[:, 1:2] * e2[None, :])
        area, c = best_centre(loops, count, keep)
        out["heights"].append(float(h))
        out["centres"].append(c)
        out["radii"].append(star_radii(loops, c, count, keep))
        out["areas"].append(area)
    return out


def section_raster(loops2d, keep=None, step=0.5):
    """Raster points over the section (step mm) and which of them lie inside it (and in keep's region)."""
    allp = np.concatenate(loops2d)
    lo, hi = allp.min(0), allp.max(0)
    xs = np.arange(lo[0], hi[0] + step, step)
    ys = np.arange(lo[1], hi[1] + step, step)
    gx, gy = np.meshgrid(xs, ys)
    q = np.stack([gx.ravel(), gy.ravel()], axis=1)
    segs = segments(loops2d)
    ins = np.zeros(len(q), bool)
    p0, p1 = segs[:, 0], segs[:, 1]
    for i, y in enumerate(ys):  # even-odd by horizontal rays, one raster row at a time
        crosses = (p0[:, 1] > y) != (p1[:, 1] > y)
        if not crosses.any():
            continue
        x_at = p0[crosses, 0] + (y - p0[crosses, 1]) * (p1[crosses, 0] - p0[crosses, 0]) / (
            p1[crosses, 1] - p0[crosses, 1])
        ins[i * len(xs):(i + 1) * len(xs)] = (x_at[None, :] > xs[:, None]).sum(1) % 2 == 1
    if keep is not None:
        ins &= keep(q)
    return q, ins


def star_error(q, ins, centre, radii):
    """Area (in raster points) where the star outline (radii from centre, linear between angles) and the
    section disagree."""
    d = q - centre
    th = np.mod(np.arctan2(d[:, 1], d[:, 0]), 2 * math.pi)
    K = len(radii)
    x = th / (2 * math.pi) * K
    i = np.floor(x).astype(int) % K
    f = x - np.floor(x)
    r = radii[i] * (1 - f) + radii[(i + 1) % K] * f
    return int(((np.hypot(d[:, 0], d[:, 1]) <= r) != ins).sum())


def best_centre(loops2d, count, keep=None):
    """The section's area, and the centre from which its outline is best told by `count` radii: among the
    centroid and points spread over the section, the one whose star outline differs least from the
    section (a concave section, e.g. a condyle beside the intercondylar notch, is not seen whole from its
    centroid)."""
    q, ins = section_raster(loops2d, keep)
    if not ins.any():
        return 0.0, np.zeros(2)
    area = ins.sum() * 0.25
    inner = q[ins]
    candidates = [inner.mean(0)]
    lo, hi = inner.min(0), inner.max(0)
    spacing = max((hi - lo).max() / 8.0, 1.0)
    grid = inner[np.unique(np.floor((inner - lo) / spacing).astype(int), axis=0, return_index=True)[1]]
    candidates += list(grid)
    best, best_err = candidates[0], None
    for c in candidates:
        err = star_error(q, ins, c, star_radii(loops2d, c, count, keep))
        if best_err is None or err < best_err:
            best, best_err = c, err
    return area, np.asarray(best, float)


def rounded(values, digits=1):
    return [round(float(v), digits) for v in np.ravel(values)]
