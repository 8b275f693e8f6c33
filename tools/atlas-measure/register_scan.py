#!/usr/bin/python3
"""Fits the one similarity transform that places the BodyParts3D scan in the atlas frame: ICP of the scan's
right hip bone (FMA16586) and femur (FMA24474) onto the OpenSim Gait2392 pelvis and femur (the femur moved to
Gait2392's hip centre). Writes scan_to_atlas.json beside this script. Run once; the generator never reads
the scan, only parameters measured through this transform."""
import json
import os

import numpy as np
import vtk

from scan_frame import HERE, OPENSIM_DIR, SCAN_DIR, points, read_polydata, scan_axes, with_points

HIP_CENTRE_IN_PELVIS = np.array([-0.0707, -0.0661, 0.0835])  # Gait2392 hip_r, metres


def append(polydatas):
    a = vtk.vtkAppendPolyData()
    for p in polydatas:
        a.AddInputData(p)
    a.Update()
    return a.GetOutput()


def main():
    pelvis = read_polydata(os.path.join(OPENSIM_DIR, "pelvis.vtp"))
    femur = read_polydata(os.path.join(OPENSIM_DIR, "femur_r.vtp"))
    femur = with_points(femur, points(femur) + HIP_CENTRE_IN_PELVIS)
    scan = []
    for fma in ("FMA16586", "FMA24474"):
        p = read_polydata(os.path.join(SCAN_DIR, fma + ".stl"))
        scan.append(with_points(p, scan_axes(points(p))))
    icp = vtk.vtkIterativeClosestPointTransform()
    icp.SetSource(append(scan))
    icp.SetTarget(append([pelvis, femur]))
    icp.GetLandmarkTransform().SetModeToSimilarity()
    icp.SetMaximumNumberOfIterations(300)
    icp.SetMaximumNumberOfLandmarks(5000)
    icp.StartByMatchingCentroidsOn()
    icp.Update()
    m = [[icp.GetMatrix().GetElement(r, c) for c in range(4)] for r in range(4)]
    scale = float(np.cbrt(np.linalg.det(np.array(m)[:3, :3])))
    with open(os.path.join(HERE, "scan_to_atlas.json"), "w") as f:
        json.dump({"what": "BodyParts3D scan axes (metres) -> atlas frame, similarity fitted on hip bone + femur",
                   "scale": round(scale, 5), "matrix": [round(v, 7) for row in m for v in row]}, f, indent=1)
    print(f"scale {scale:.4f}")


main()
