#!/usr/bin/python3
"""Measures the soft tissue of the BodyParts3D scan as compact parameters for the atlas generator:
for each muscle (or part of one) a MID-SHEET and its HALF-THICKNESS.

A muscle is cut by S planes across its length. Each cut is a closed outline; its two farthest points are the
ends of the section, and the outline between them is two chains (one on each face of the muscle). K points
at the same fractions of both chains (denser towards the ends) give the mid-line of the section (the average
of the two chains) and, at each mid-line point, the radius of the largest ball inside the muscle there (its
distance to the surface). S x K mid-points and radii: the muscle's mid-sheet and half-thickness, a few hundred
numbers, from which the generator grows the muscle as a union of balls. A fusiform belly comes out as a
ribbon, a sheet such as gluteus maximus as a curved plate.

Everything is measured in the atlas frame through scan_in_atlas_frame() (one similarity transform for the
whole scan; see scan_frame.py), so the muscles keep their place against bones measured the same way.
Writes ../atlas-generator/params/muscles_scan.json. Run by hand (python3, numpy, vtk); CI never runs it.
The scan: BodyParts3D, (c) The Database Center for Life Science, CC BY-SA 2.1 JP. Only the numbers written
here leave this script; no vertex of the scan does.
"""
import json
import os

import numpy as np
import vtk
from vtk.util.numpy_support import vtk_to_numpy

from scan_frame import HERE, points, scan_in_atlas_frame, with_points

OUT = os.path.normpath(os.path.join(HERE, "..", "atlas-generator", "params", "muscles_scan.json"))

# Our structure -> the scan file, and the parts it is measured in: S cuts square to the part's centre curve,
# K points per cut (odd, so that the middle of the cut is one of them; the cuts' shapes vary little along a
# muscle: a few hundred numbers each). The hamstrings are split at the end of their proximal tendons: the upper stretch
# belongs to our tendon structure (conjoint_tendon unites the tops of semitendinosus and biceps femoris
# long head, as the real conjoint tendon does), the rest to the muscle with its distal tendon.
TENDON_SPLIT = {"FMA45888": 0.06, "FMA22358": 0.06, "FMA22448": 0.16}  # fraction of length from the top


def part(fma, sections, points, top=None, bottom=None, y=None, z=None):
    """A stretch of a scan muscle: from fraction `bottom` to `top` of its length (default all), optionally only
    where the cuts' centres lie within y = (lo, hi) and z = (lo, hi) (mm), for a muscle that divides."""
    return {"scan": fma, "sections": sections, "points": points, "from": bottom or 0.0, "to": top or 1.0,
            "y": y, "z": z}


def tendon(fma, sections, points):
    return part(fma, sections, points, bottom=1.0 - TENDON_SPLIT[fma])


def belly(fma, sections, points):
    return part(fma, sections, points, top=1.0 - TENDON_SPLIT[fma])


STRUCTURES = {
    "conjoint_tendon": [tendon("FMA45888", 3, 5), tendon("FMA22358", 3, 5)],
    "biceps_femoris_long_head": [belly("FMA45888", 11, 5)],
    "semitendinosus": [belly("FMA22358", 12, 5)],
    "semimembranosus_tendon": [tendon("FMA22448", 5, 5)],
    "semimembranosus": [belly("FMA22448", 11, 6)],
    "biceps_femoris_short_head": [part("FMA45891", 6, 5)],
    "gluteus_maximus": [part("FMA22328", 11, 6)],
    "gluteus_medius": [part("FMA22330", 10, 6)],
    "gluteus_minimus": [part("FMA22332", 10, 5)],
    "piriformis": [part("FMA22340", 5, 5)],
    # Obturator internus: the fan inside the pelvis, and the tendon that turns round the lesser sciatic notch.
    "obturator_internus": [part("FMA22324", 6, 5, z=(-1000, 60)), part("FMA22324", 4, 3, z=(52, 1000))],
    "quadratus_femoris": [part("FMA22338", 4, 5)],
    # Adductor magnus: its upper fibres run across to the femur (cut in their own part), the rest down the
    # thigh; it divides low in the thigh into the ischiocondylar tendon to the adductor tubercle (medial) and
    # the lowest fibres of the adductor part on the linea aspera (lateral).
    "adductor_magnus": [part("FMA22459", 5, 5, y=(-165, 0)),
                        part("FMA22459", 8, 5, y=(-350, -140)),
                        part("FMA22459", 5, 3, y=(-1000, -340), z=(-1000, 65)),
                        part("FMA22459", 3, 3, y=(-400, -340), z=(64, 1000))],
}
MARGIN_MM = 1.5  # first and last cut this far inside the muscle's ends


def cut(polydata, origin, normal):
    """The closed outlines where a plane cuts the surface (mm arrays)."""
    plane = vtk.vtkPlane()
    plane.SetOrigin(*origin)
    plane.SetNormal(*normal)
    cutter = vtk.vtkCutter()
    cutter.SetInputData(polydata)
    cutter.SetCutFunction(plane)
    stripper = vtk.vtkStripper()
    stripper.SetInputConnection(cutter.GetOutputPort())
    stripper.JoinContiguousSegmentsOn()
    stripper.Update()
    out = stripper.GetOutput()
    if not out.GetNumberOfPoints():
        return []
    xyz = vtk_to_numpy(out.GetPoints().GetData()).astype(float)
    outlines, ids = [], vtk.vtkIdList()
    lines = out.GetLines()
    lines.InitTraversal()
    while lines.GetNextCell(ids):
        loop = xyz[[ids.GetId(i) for i in range(ids.GetNumberOfIds())]]
        if np.linalg.norm(loop[0] - loop[-1]) < 1e-9:
            loop = loop[:-1]
        if len(loop) > 3:
            outlines.append(loop)
    return outlines


def plane_area(loop, e1, e2):
    x, y = loop @ e1, loop @ e2
    return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def at_fractions(chain, fractions):
    length = np.r_[0, np.cumsum(np.linalg.norm(np.diff(chain, axis=0), axis=1))]
    return np.stack([np.interp(fractions * length[-1], length, chain[:, k]) for k in range(3)], axis=1)


def section_midline(loop, k, reference):
    """K mid-line points of one outline, ordered along `reference` (the previous section's direction)."""
    d = np.linalg.norm(loop[:, None] - loop[None], axis=2)
    i, j = np.unravel_index(np.argmax(d), d.shape)
    if (loop[j] - loop[i]) @ reference < 0:
        i, j = j, i
    n = len(loop)
    one = loop[[(i + s) % n for s in range((j - i) % n + 1)]]
    other = loop[[(i - s) % n for s in range((i - j) % n + 1)]]
    fractions = (1 - np.cos(np.pi * np.linspace(0, 1, k))) / 2  # denser at the ends, where the section rounds off
    return 0.5 * (at_fractions(one, fractions) + at_fractions(other, fractions)), loop[j] - loop[i]


def inside_outline(p, loop, normal):
    """Whether p (in the outline's plane) lies inside the closed outline: crossings of a ray in that plane."""
    e1, e2 = frame(normal)
    q = np.stack([(loop - p) @ e1, (loop - p) @ e2], axis=1)
    a, b = q, np.roll(q, -1, axis=0)
    crosses = (a[:, 1] > 0) != (b[:, 1] > 0)
    x = a[:, 0] + (b[:, 0] - a[:, 0]) * (0 - a[:, 1]) / np.where(crosses, b[:, 1] - a[:, 1], 1.0)
    return int(np.sum(crosses & (x > 0))) % 2 == 1


class Surface:
    """Distance to the scan surface: the half-thickness at a mid-line point inside its cut."""

    def __init__(self, polydata):
        self.locator = vtk.vtkCellLocator()
        self.locator.SetDataSet(polydata)
        self.locator.BuildLocator()

    def radius(self, p, loop, normal):
        if not inside_outline(p, loop, normal):
            return 0.0
        closest, cell, sub, d2 = [0.0] * 3, vtk.reference(0), vtk.reference(0), vtk.reference(0.0)
        self.locator.FindClosestPoint(list(map(float, p)), closest, cell, sub, d2)
        return float(d2) ** 0.5


def principal_axis(xyz):
    centre = xyz.mean(axis=0)
    _, vectors = np.linalg.eigh(np.cov((xyz - centre).T))
    axis = vectors[:, 2]
    return centre, (axis if axis[1] >= 0 else -axis)  # upwards: fraction 1 is the top


def frame(axis):
    e1 = np.cross(axis, [1.0, 0.0, 0.0] if abs(axis[0]) < 0.9 else [0.0, 1.0, 0.0])
    e1 /= np.linalg.norm(e1)
    return e1, np.cross(axis, e1)


def within(p, spec):
    return all(spec[c] is None or spec[c][0] <= p[i] <= spec[c][1] for c, i in (("y", 1), ("z", 2)))


def centreline(polydata, spec, levels=40):
    """The centre curve of the part: centroids of cuts along its principal axis, smoothed, from end to end."""
    xyz = points(polydata)
    xyz = xyz[[within(p, spec) for p in xyz]]
    centre, axis = principal_axis(xyz)
    e1, e2 = frame(axis)
    s = (xyz - centre) @ axis
    curve = [xyz[np.argmin(s)]]
    for level in np.linspace(s.min(), s.max(), levels + 2)[1:-1]:
        origin = centre + axis * level
        outlines = [q for q in cut(polydata, origin, axis) if within(q.mean(axis=0), spec)]
        if outlines:
            curve.append(max(outlines, key=lambda q: plane_area(q - origin, e1, e2)).mean(axis=0))
    curve.append(xyz[np.argmax(s)])
    curve = np.array(curve)
    for _ in range(3):  # light smoothing, ends kept
        curve[1:-1] = 0.25 * curve[:-2] + 0.5 * curve[1:-1] + 0.25 * curve[2:]
    return curve


def nearest_outline(outlines, origin):
    return min(outlines, key=lambda q: np.linalg.norm(q - origin, axis=1).min() +
               (0.0 if np.linalg.norm(q.mean(axis=0) - origin) < np.ptp(q, axis=0).max() else 1e3))


def measure_part(polydata, spec):
    """Cuts square to the centre curve at S evenly spaced places between two fractions of its length."""
    curve = centreline(polydata, spec)
    length = np.r_[0, np.cumsum(np.linalg.norm(np.diff(curve, axis=0), axis=1))]
    lo, hi = MARGIN_MM, length[-1] - MARGIN_MM
    at = lambda t: np.stack([np.interp(t, length, curve[:, c]) for c in range(3)])
    surface = Surface(polydata)
    mids, radii, reference = [], [], None
    for t in np.linspace(lo + (hi - lo) * spec["from"], lo + (hi - lo) * spec["to"], spec["sections"]):
        origin = at(t)
        tangent = at(min(t + 4.0, length[-1])) - at(max(t - 4.0, 0.0))
        tangent /= np.linalg.norm(tangent)
        if reference is None:
            reference = frame(tangent)[0]
        loop = nearest_outline(cut(polydata, origin, tangent), origin)
        mid, reference = section_midline(loop, spec["points"], reference)
        mids.append(mid)
        radii.append([surface.radius(p, loop, tangent) for p in mid])
    return np.array(mids), np.array(radii)


def landmarks(scans):
    """Points of the scan's bones and of obturator internus that place the structures with no scan of their
    own: the gemelli along the obturator internus tendon, the sacrotuberous ligament between sacrum and
    tuberosity (atlas frame, mm)."""
    hip, sacrum = points(scans["FMA16586"]), points(scans["FMA16202"])
    behind = hip[hip[:, 0] < -105]  # the posterior (ischial) part of the hip bone
    band = lambda xyz, lo, hi: xyz[(xyz[:, 1] >= lo) & (xyz[:, 1] <= hi)]
    spine = band(behind, -80, -45)
    out = {"ischial_spine": spine[np.argmin(spine[:, 2])],  # its tip points medially
           "tuberosity_top": band(behind, -92, -84)[np.argmin(band(behind, -92, -84)[:, 0])],
           "tuberosity_medial": [band(behind, lo, lo + 6)[np.argmin(band(behind, lo, lo + 6)[:, 2])]
                                 for lo in (-98, -106, -114)],
           "posterior_iliac_spine": hip[np.argmin(hip[:, 0] - 0.3 * hip[:, 1])],
           "sacral_border": [band(sacrum[sacrum[:, 0] < -120], y, y + 5)[
               np.argmax(band(sacrum[sacrum[:, 0] < -120], y, y + 5)[:, 2])] for y in (-12, -32, -52)]}
    # The obturator internus tendon: its centre curve outside the pelvis, lateral to the ischial spine.
    curve = centreline(scans["FMA22324"], part("FMA22324", 1, 2))
    tendon_curve = curve[curve[:, 2] > out["ischial_spine"][2] + 12]
    out["obturator_internus_tendon"] = tendon_curve[np.linspace(0, len(tendon_curve) - 1, 3).round().astype(int)]
    oi = points(scans["FMA22324"])
    out["obturator_internus_insertion"] = oi[np.argmax(oi[:, 2])]  # on the medial greater trochanter
    return {k: np.round(np.asarray(v, float), 1).tolist() for k, v in out.items()}


def dumps(value, indent=""):
    """JSON with one section (a row of points or radii) per line."""
    if isinstance(value, dict):
        inner = indent + " "
        return "{\n" + ",\n".join(f"{inner}{json.dumps(k)}: {dumps(v, inner)}" for k, v in value.items()) + "\n" + indent + "}"
    if isinstance(value, list) and value and isinstance(value[0], (list, dict)) and \
            not (isinstance(value[0], list) and value[0] and not isinstance(value[0][0], (list, dict))):
        inner = indent + " "
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, separators=(",", ":"))


def main():
    scans = {}
    out = {"what": "Mid-sheets (S x K points, atlas frame mm) and half-thicknesses (mm) of the soft tissue, "
                   "measured on BodyParts3D (c) The Database Center for Life Science, CC BY-SA 2.1 JP, by "
                   "tools/atlas-measure/soft_measure.py",
           "structures": {}}
    for sid, parts in STRUCTURES.items():
        entry = []
        for spec in parts:
            fma = spec["scan"]
            if fma not in scans:
                polydata = scan_in_atlas_frame(fma)
                scans[fma] = with_points(polydata, points(polydata) * 1000.0)
            mids, radii = measure_part(scans[fma], spec)
            entry.append({"scan": fma, "sections": spec["sections"], "points": spec["points"],
                          "mid": [[[round(float(v), 1) for v in p] for p in row] for row in mids],
                          "radius": [[round(float(v), 1) for v in row] for row in radii]})
        out["structures"][sid] = entry
        numbers = sum(p["sections"] * p["points"] * 4 for p in entry)
        print(f"{sid}: {numbers} numbers")
    for fma in ("FMA16586", "FMA16202", "FMA22324"):
        if fma not in scans:
            polydata = scan_in_atlas_frame(fma)
            scans[fma] = with_points(polydata, points(polydata) * 1000.0)
    out["landmarks"] = landmarks(scans)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write(dumps(out) + "\n")


if __name__ == "__main__":
    main()
