"""Brings a BodyParts3D mesh into the atlas frame, for measuring only (never for copying into the project).

BodyParts3D: millimetres, one whole-body frame (+X subject's left, +Y posterior, +Z superior).
Atlas frame: metres, the OpenSim Gait2392 pelvis frame (X anterior, Y superior, Z right).
The whole scan is moved by ONE similarity transform (scan_to_atlas.json, made by register_scan.py), fitted
on the hip bone and femur onto the Gait2392 bones, so every structure keeps its place relative to the bones.
Needs Debian's python3-vtk9 and python3-numpy.
"""
import json
import os

import numpy as np
import vtk
from vtk.util.numpy_support import numpy_to_vtk, vtk_to_numpy

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "real-meshes"))
SCAN_DIR = os.path.join(SHARED, "bodyparts3d")
OPENSIM_DIR = os.path.join(SHARED, "opensim-models")


def read_polydata(path):
    reader = vtk.vtkSTLReader() if path.lower().endswith(".stl") else vtk.vtkXMLPolyDataReader()
    reader.SetFileName(path)
    reader.Update()
    triangles = vtk.vtkTriangleFilter()
    triangles.SetInputData(reader.GetOutput())
    triangles.Update()
    clean = vtk.vtkCleanPolyData()
    clean.SetInputData(triangles.GetOutput())
    clean.Update()
    return clean.GetOutput()


def points(polydata):
    return vtk_to_numpy(polydata.GetPoints().GetData()).astype(float)


def with_points(polydata, xyz):
    out = vtk.vtkPolyData()
    out.DeepCopy(polydata)
    pts = vtk.vtkPoints()
    pts.SetData(numpy_to_vtk(np.ascontiguousarray(xyz, dtype=float), deep=True))
    out.SetPoints(pts)
    return out


def scan_axes(xyz_mm):
    """BodyParts3D millimetres -> atlas axes in metres, before the registration."""
    return np.stack([-xyz_mm[:, 1], xyz_mm[:, 2], -xyz_mm[:, 0]], axis=1) / 1000.0


def registration():
    with open(os.path.join(HERE, "scan_to_atlas.json")) as f:
        return np.array(json.load(f)["matrix"], dtype=float).reshape(4, 4)


def scan_in_atlas_frame(fma_id, matrix=None):
    """The scan's structure (e.g. "FMA22448") as vtkPolyData in the atlas frame, metres."""
    polydata = read_polydata(os.path.join(SCAN_DIR, fma_id + ".stl"))
    m = registration() if matrix is None else matrix
    xyz = scan_axes(points(polydata))
    return with_points(polydata, xyz @ m[:3, :3].T + m[:3, 3])
