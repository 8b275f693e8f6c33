#!/usr/bin/python3
"""Measures the BodyParts3D bones (through scan_to_atlas.json) into the generator's bone parameters:
tools/atlas-generator/params/{hip_bone,sacrum,femur,patella,tibia,fibula}.json.

What is measured (compact profiles, curves and landmarks; never vertices):
- hip bone and sacrum: a DepthPlate each (plates.py): seen along the plate's normal, the mid-surface depth and
  the half thickness at the nodes of a coarse grid inside the bone, the outline and the holes (obturator
  foramen; sacral foramina) as simplified closed curves;
- femur: the head's sphere (its centre is the origin of the leg's measurements), the shaft as a section stack
  (sections.py) clipped where the neck begins, the neck as a second stack along its own axis;
- tibia, fibula, patella: one section stack each.
The leg is measured relative to the scan's femoral head centre: the generator puts that centre on Gait2392's
hip centre, so the femur, the patella on its trochlea, and the tibia and fibula under the condyles keep the
scanned knee's relations. Gait2392's knee offset turns femur-frame numbers into tibia-frame numbers.
Run from anywhere: python3 tools/atlas-measure/measure_bones.py (needs ../shared/real-meshes, python3-vtk9,
python3-numpy). The generator reads only the JSON files this writes.
"""
import json
import math
import os

import numpy as np

from plates import clipped, measure_plate, numbers_in
from scan_frame import HERE, points, scan_in_atlas_frame, with_points
from sections import (basis, cosine_heights, extent_along, graded_heights, in_plane, measure_stack,
                      polygon_area_centroid, ray_crossings, rounded, section_loops, segments, unit)

PARAMS = os.path.normpath(os.path.join(HERE, "..", "atlas-generator", "params"))
HIP_CENTRE = np.array([-70.7, -66.1, 83.5])  # Gait2392 hip_r in the pelvis frame, mm (frames.cpp)
KNEE_OFFSET = np.array([-4.50, -395.82, 0.0])  # Gait2392 knee_r tx(0), ty(0), mm (frames.cpp kneeOffset)
CREDIT = "measured on BodyParts3D, (c) The Database Center for Life Science, CC BY-SA 2.1 JP"
ANTERIOR = np.array([1.0, 0.0, 0.0])

# How finely each bone is described: enough for a shape within about 2 mm of the scan, few enough numbers
# that the bone stays a description (a few hundred numbers), not a copy.
FEMUR_SHAFT = dict(sections=14, radii=12, ends=(0.3, 3.0, 8.0, 16.0, 28.0, 45.0))
FEMUR_CONDYLES = dict(sections=8, radii=14, wall=2.0)
FEMUR_NECK = dict(sections=4, radii=10, start=12.0, cut=32.0)
TIBIA = dict(sections=13, radii=10, graded=True)
FIBULA = dict(sections=7, radii=6)
PATELLA = dict(sections=5, radii=8)
# The hip bone twists: the ilium is a plate seen along its wing's normal, the obturator ring a plate seen
# along the ring's normal; each is measured to `overlap` mm past a plane through the hip centre (normal
# `split`) and trimmed `trim` mm short of its measured cut. The acetabulum's cup and rim are a section stack along the socket's axis, within `ball`
# mm of the hip centre.
HIP_BONE = dict(ilium_step=20.0, ring_step=14.0, tolerance=1.5, overlap=14.0, trim=4.0,
                split=(-0.45, 1.0, 0.0), acetabulum=dict(sections=8, radii=16, ball=34.0))
SACRUM = dict(step=16.0, tolerance=1.5)


def scan_mm(fma):
    pd = scan_in_atlas_frame(fma)
    return with_points(pd, points(pd) * 1000.0)


def shifted(pd, offset):
    return with_points(pd, points(pd) - offset)


def fit_sphere(xyz, centre, radius, band=2.5, rounds=8):
    """Least-squares sphere through the points within `band` mm of the current sphere, repeated."""
    c, r = np.asarray(centre, float), float(radius)
    for _ in range(rounds):
        near = xyz[np.abs(np.linalg.norm(xyz - c, axis=1) - r) < band]
        A = np.c_[2 * near, np.ones(len(near))]
        s = np.linalg.lstsq(A, (near ** 2).sum(1), rcond=None)[0]
        c, r = s[:3], math.sqrt(s[3] + s[:3] @ s[:3])
    return c, r


def keep_planes(planes):
    """A mask function for measure_stack: the side of each (point, normal) plane the normal points to."""
    return lambda q: np.all([(q - np.asarray(p)) @ np.asarray(n) >= 0 for p, n in planes], axis=0)


def stack_json(m, origin, axis, reference, planes=(), ball=None):
    """A SectionStack's parameters; `planes` and `ball` record the part of the bone it was measured on,
    which the generator keeps it to."""
    e1, _, a = basis(axis, reference)
    out = dict(origin=rounded(origin, 2), axis=rounded(a, 5), reference=rounded(e1, 5),
               heights=rounded(m["heights"]), centres=[rounded(c) for c in m["centres"]],
               radii=[rounded(r) for r in m["radii"]])
    if planes:
        out["keep_planes"] = [dict(point=rounded(p, 2), normal=rounded(unit(n), 5)) for p, n in planes]
    if ball is not None:
        out["keep_ball"] = dict(centre=rounded(ball[0], 2), radius=ball[1])
    return out


def stack_numbers(s):
    return len(s["heights"]) * (1 + 2 + len(s["radii"][0])) + 6 * len(s.get("keep_planes", []))


def principal_axis(xyz, up):
    c = xyz.mean(0)
    axis = np.linalg.svd(xyz - c, full_matrices=False)[2][0]
    return c, axis * np.sign(axis @ up)


def whole_stack(pd, spec, up=(0, 1, 0), reference=ANTERIOR):
    """One stack along the bone's principal axis, from end to end."""
    xyz = points(pd)
    origin, axis = principal_axis(xyz, np.asarray(up, float))
    lo, hi = extent_along(xyz, axis, origin)
    heights = (graded_heights(lo, hi, spec["sections"]) if spec.get("graded")
               else cosine_heights(lo + 0.3, hi - 0.3, spec["sections"]))
    m = measure_stack(pd, origin, axis, reference, heights, spec["radii"])
    return stack_json(m, origin, axis, reference)


def shaft_axis(pd):
    """The femoral shaft's axis: principal direction of the section centroids of the middle shaft."""
    cs = []
    xyz = points(pd)
    ylo, yhi = xyz[:, 1].min(), xyz[:, 1].max()
    for y in np.linspace(ylo + 0.25 * (yhi - ylo), ylo + 0.75 * (yhi - ylo), 12):
        o = np.array([0.0, y, 0.0])
        loops = in_plane(section_loops(pd, o, (0, 1, 0)), o, np.array([1.0, 0, 0]), np.array([0, 0, 1.0]))
        _, c = polygon_area_centroid(loops)
        cs.append([c[0], y, c[1]])
    return principal_axis(np.array(cs), np.array([0.0, 1.0, 0.0]))


def neck_axis(pd, guess, cut):
    """From the head centre (origin) through the centroid of the neck's section at `cut` mm."""
    d = unit(guess)
    for _ in range(3):
        e1, e2, a = basis(d, ANTERIOR)
        o = cut * a
        loops = in_plane(section_loops(pd, o, a), o, e1, e2)
        loop = min(loops, key=lambda l: np.linalg.norm(l.mean(0)))
        _, c = polygon_area_centroid([loop])
        d = unit(o + c[0] * e1 + c[1] * e2)
    return d


def intercondylar_notch(pd, origin, axis, reference, lo):
    """The notch between the condyles, seen from behind along the shaft: the height (on the shaft axis) of
    its roof, and its two walls (coordinates along axis x reference, the medio-lateral direction)."""
    e1, e2, a = basis(axis, reference)
    roof, walls = lo, []
    for h in np.arange(lo + 8.0, lo + 90.0, 2.0):
        o = origin + h * a
        loops = in_plane(section_loops(pd, o, a), o, e1, e2)
        if not loops:
            continue
        segs = segments(loops)
        allp = np.concatenate(loops)
        cols = np.linspace(allp[:, 1].min() + 2, allp[:, 1].max() - 2, 61)
        back = []  # how far back (along -e1) the section reaches in each column
        for z in cols:
            t = ray_crossings(segs, np.array([200.0, z]), np.array([-1.0, 0.0]))
            back.append(t.max() - 200.0 if len(t) else np.nan)
        back = np.array(back)
        k = 15 + int(np.nanargmin(back[15:46]))
        left, right = np.nanmax(back[:k]), np.nanmax(back[k + 1:])
        if min(left, right) - back[k] > 4.0:
            roof = h
            # The walls: where the section reaches back to within 4 mm of the shallower condyle.
            level = min(left, right) - 4.0
            i = k
            while i > 0 and back[i] < level:
                i -= 1
            j = k
            while j < len(back) - 1 and back[j] < level:
                j += 1
            walls.append((cols[i], cols[j]))
    walls = np.array(walls)
    return roof, (float(np.median(walls[:, 0])), float(np.median(walls[:, 1])))


def femur(leg_origin):
    pd = shifted(scan_mm("FMA24474"), leg_origin)
    xyz = points(pd)
    spec = FEMUR_NECK
    neck = neck_axis(pd, (-0.164, -0.616, 0.771), spec["cut"])
    origin, axis = shaft_axis(pd)
    e1, e2, a = basis(axis, ANTERIOR)
    lo, _ = extent_along(xyz, axis, origin)
    roof, walls = intercondylar_notch(pd, origin, axis, ANTERIOR, lo)
    # The shaft stack: above the notch's roof and beyond the plane where the neck begins.
    neck_plane = (spec["cut"] * neck, neck)
    above_notch = (origin + (roof - 2.0) * a, a)
    planes = [neck_plane, above_notch]
    s_lo, s_hi = extent_along(xyz[keep_planes(planes)(xyz)], axis, origin)
    shaft = measure_stack(pd, origin, axis, ANTERIOR,
                          graded_heights(s_lo, s_hi, FEMUR_SHAFT["sections"], FEMUR_SHAFT["ends"]),
                          FEMUR_SHAFT["radii"], keep3d=keep_planes(planes))
    nearest_axis = lambda loops: [min(loops, key=lambda l: np.linalg.norm(l.mean(0) - (l.mean(0) @ neck) * neck))]
    neck_m = measure_stack(pd, np.zeros(3), neck, ANTERIOR,
                           np.linspace(spec["start"], spec["cut"] + 5.0, spec["sections"]), spec["radii"],
                           select=nearest_axis)
    # The greater trochanter's most lateral point (within 80 mm below the head centre).
    proximal = xyz[xyz[:, 1] > -80.0]
    trochanter = proximal[np.argmax(proximal[:, 2])]
    out = dict(what="right femur in the femur frame: origin at the femoral head centre, atlas axes",
               source=CREDIT, head_radius=round(fit_sphere(xyz, np.zeros(3), 24.0)[1], 2),
               greater_trochanter_lateral=rounded(trochanter),
               shaft=stack_json(shaft, origin, axis, ANTERIOR, planes),
               neck=stack_json(neck_m, np.zeros(3), neck, ANTERIOR))
    # The condyles below the notch's roof: their sagittal profiles, a stack along the medio-lateral axis
    # with sections close either side of the notch's walls.
    below_roof = (origin + (roof + 8.0) * a, -a)
    part = xyz[keep_planes([below_roof])(xyz)]
    z_lo, z_hi = extent_along(part, e2, origin)
    spec = FEMUR_CONDYLES
    heights = list(cosine_heights(z_lo + 0.3, z_hi - 0.3, spec["sections"]))
    heights += [w + d for w in walls for d in (-spec["wall"], spec["wall"])]
    heights = np.sort(heights)
    heights = heights[np.concatenate([[True], np.diff(heights) > 2.0])]
    m = measure_stack(pd, origin, e2, ANTERIOR, heights, spec["radii"], keep3d=keep_planes([below_roof]))
    out["condyles"] = stack_json(m, origin, e2, ANTERIOR, [below_roof])
    out["numbers"] = 4 + sum(stack_numbers(out[k]) for k in ("shaft", "neck", "condyles"))
    return out


def leg_bone(fma, spec, leg_origin, what):
    pd = shifted(scan_mm(fma), leg_origin + KNEE_OFFSET)
    s = whole_stack(pd, spec)
    return dict(what=what, source=CREDIT, stack=s, numbers=stack_numbers(s))


def plate_normal(xyz, towards):
    normal = np.linalg.svd(xyz - xyz.mean(0), full_matrices=False)[2][2]
    return normal * np.sign(normal @ np.asarray(towards, float))


def opening_axis(pd, centre, reach):
    """The direction out of a socket: the mean of the directions in which a ray from the centre meets no
    bone within `reach` mm (directions spread evenly over the sphere)."""
    import vtk
    tree = vtk.vtkOBBTree()
    tree.SetDataSet(pd)
    tree.BuildLocator()
    n = 4000
    k = np.arange(n) + 0.5
    z = 1 - 2 * k / n
    phi = k * math.pi * (3 - math.sqrt(5))
    dirs = np.stack([np.sqrt(1 - z * z) * np.cos(phi), np.sqrt(1 - z * z) * np.sin(phi), z], axis=1)
    pts, ids = vtk.vtkPoints(), vtk.vtkIdList()
    open_dirs = []
    for d in dirs:
        tree.IntersectWithLine(centre.tolist(), (centre + reach * d).tolist(), pts, ids)
        if pts.GetNumberOfPoints() == 0:
            open_dirs.append(d)
    return unit(np.mean(open_dirs, axis=0))


def hip_bone():
    pd = scan_mm("FMA16586")
    xyz = points(pd)
    spec = HIP_BONE
    up = np.array([0.0, 1.0, 0.0])
    ilium_n = plate_normal(xyz[xyz[:, 1] > HIP_CENTRE[1] + 36.0], (0, 0, 1))
    ring_n = plate_normal(xyz[xyz[:, 1] < HIP_CENTRE[1] - 20.0], (0, 0, 1))
    # The split between them rises towards the front, so that the superior pubic ramus stays in the ring.
    split = unit(spec["split"])
    upper = clipped(pd, HIP_CENTRE - spec["overlap"] * split, split)
    lower = clipped(pd, HIP_CENTRE + spec["overlap"] * split, -split)
    ilium = measure_plate(upper, points(upper).mean(0), ilium_n, up, spec["ilium_step"], spec["tolerance"])
    ring = measure_plate(lower, points(lower).mean(0), ring_n, ANTERIOR, spec["ring_step"], spec["tolerance"])
    # Each plate ends at a clean plane inside the band the other covers (its measured edge there is a cut).
    inset = spec["overlap"] - spec["trim"]
    ilium["keep_planes"] = [dict(point=rounded(HIP_CENTRE - inset * split, 2), normal=rounded(split, 5))]
    ring["keep_planes"] = [dict(point=rounded(HIP_CENTRE + inset * split, 2), normal=rounded(-split, 5))]
    acet = spec["acetabulum"]
    axis = opening_axis(pd, HIP_CENTRE, 45.0)
    inside_ball = lambda q: np.linalg.norm(q - HIP_CENTRE, axis=1) <= acet["ball"]
    lo, hi = extent_along(xyz[inside_ball(xyz)], axis, HIP_CENTRE)
    cup = measure_stack(pd, HIP_CENTRE, axis, up, cosine_heights(lo + 0.3, hi - 0.3, acet["sections"]),
                        acet["radii"], keep3d=inside_ball)
    out = dict(what="right hip bone in the pelvis (atlas) frame: the ilium seen along its wing's normal, the "
                    "obturator ring along its own normal, the acetabulum along the socket's axis",
               source=CREDIT, ilium=ilium, ring=ring,
               acetabulum=stack_json(cup, HIP_CENTRE, axis, up, ball=(HIP_CENTRE, acet["ball"])))
    out["numbers"] = numbers_in(ilium) + numbers_in(ring) + stack_numbers(out["acetabulum"])
    return out


def sacrum():
    pd = scan_mm("FMA16202")
    xyz = points(pd)
    c = xyz.mean(0)
    plate = measure_plate(pd, c, plate_normal(xyz, ANTERIOR), (0, 1, 0), SACRUM["step"], SACRUM["tolerance"])
    return dict(what="sacrum and coccyx in the pelvis (atlas) frame, seen along the normal of its dorsal plane",
                source=CREDIT, plate=plate, numbers=numbers_in(plate))


def write(name, data):
    path = os.path.join(PARAMS, name + ".json")
    with open(path + ".tmp", "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    os.replace(path + ".tmp", path)
    print(f"{name}: {data['numbers']} numbers -> {os.path.relpath(path)}")


def main():
    os.makedirs(PARAMS, exist_ok=True)
    head_c, head_r = fit_sphere(points(scan_mm("FMA24474")), HIP_CENTRE, 24.0)
    print(f"scan femoral head: centre {np.round(head_c, 1)} mm, radius {head_r:.1f} mm; "
          f"{np.linalg.norm(head_c - HIP_CENTRE):.1f} mm from Gait2392's hip centre")
    write("femur", femur(head_c))
    write("patella", leg_bone("FMA24486", PATELLA, head_c, "right patella in the tibia frame, placed as the scanned knee holds it"))
    write("tibia", leg_bone("FMA24477", TIBIA, head_c, "right tibia in the tibia frame, placed as the scanned knee holds it"))
    write("fibula", leg_bone("FMA24480", FIBULA, head_c, "right fibula in the tibia frame, placed as the scanned knee holds it"))
    write("hip_bone", hip_bone())
    write("sacrum", sacrum())


main()
