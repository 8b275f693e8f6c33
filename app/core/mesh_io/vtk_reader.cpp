#include "core/mesh_io/vtk_reader.h"

#include "core/mesh_io/vtk_messages.h"

#include <vtkCellArray.h>
#include <vtkDataArray.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataReader.h>
#include <vtkSmartPointer.h>
#include <vtkXMLPolyDataReader.h>

#include <string>

namespace av::mesh_io {

namespace {

vtkSmartPointer<vtkPolyData> read(const std::filesystem::path& path, VtkFormat format) {
    const std::string name = path.string();
    if (format == VtkFormat::XmlPolyData) {
        auto reader = vtkSmartPointer<vtkXMLPolyDataReader>::New();
        if (!reader->CanReadFile(name.c_str())) throw FormatError("is not a VTK XML PolyData file");
        reader->SetFileName(name.c_str());
        reader->Update();
        return reader->GetOutput();
    }
    auto reader = vtkSmartPointer<vtkPolyDataReader>::New();
    reader->SetFileName(name.c_str());
    if (!reader->IsFilePolyData()) throw FormatError("is not a legacy VTK POLYDATA file");
    reader->Update();
    return reader->GetOutput();
}

class Converter {
public:
    explicit Converter(vtkPolyData& data) : data_(data), pointCount_(data.GetNumberOfPoints()) {}

    Mesh convert(Warnings& warnings) {
        if (pointCount_ == 0) throw FormatError("holds no points");
        mesh_.positions.reserve(static_cast<std::size_t>(pointCount_));
        for (vtkIdType i = 0; i < pointCount_; ++i) {
            double p[3];
            data_.GetPoint(i, p);
            mesh_.positions.push_back({static_cast<float>(p[0]), static_cast<float>(p[1]), static_cast<float>(p[2])});
        }
        vtkDataArray* normals = data_.GetPointData()->GetNormals();
        if (normals && normals->GetNumberOfComponents() == 3 && normals->GetNumberOfTuples() == pointCount_) {
            mesh_.normals.reserve(mesh_.positions.size());
            for (vtkIdType i = 0; i < pointCount_; ++i) {
                double n[3];
                normals->GetTuple(i, n);
                mesh_.normals.push_back({static_cast<float>(n[0]), static_cast<float>(n[1]), static_cast<float>(n[2])});
            }
        }
        forEachCell(data_.GetPolys(), [this](vtkIdType n, const vtkIdType* ids) {
            // A fan from the first point: exact for the convex polygons of mesh files, and how OpenSim's
            // own triangulated copies of its quad meshes were made.
            for (vtkIdType k = 1; k + 1 < n; ++k) add(ids[0], ids[k], ids[k + 1]);
        });
        forEachCell(data_.GetStrips(), [this](vtkIdType n, const vtkIdType* ids) {
            // Every other triangle of a strip is wound the other way.
            for (vtkIdType k = 0; k + 2 < n; ++k) {
                if (k % 2 == 0)
                    add(ids[k], ids[k + 1], ids[k + 2]);
                else
                    add(ids[k + 1], ids[k], ids[k + 2]);
            }
        });
        const vtkIdType ignored = data_.GetNumberOfVerts() + data_.GetNumberOfLines();
        if (ignored > 0)
            warnings.push_back("ignored " + std::to_string(ignored) + " vertex and line cells (no surface)");
        return std::move(mesh_);
    }

private:
    template <class Visit>
    void forEachCell(vtkCellArray* cells, Visit visit) {
        if (!cells) return;
        // Readers take offsets from the file as they are; bad ones would send the traversal astray.
        if (!cells->IsValid()) throw FormatError("has inconsistent cell offsets");
        vtkIdType n = 0;
        const vtkIdType* ids = nullptr;
        for (cells->InitTraversal(); cells->GetNextCell(n, ids);) visit(n, ids);
    }

    void add(vtkIdType a, vtkIdType b, vtkIdType c) {
        for (const vtkIdType id : {a, b, c})
            if (id < 0 || id >= pointCount_)
                throw FormatError("has a cell that refers to point " + std::to_string(id) + ", but there are only " +
                                  std::to_string(pointCount_) + " points");
        mesh_.triangles.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b),
                                   static_cast<std::uint32_t>(c)});
    }

    vtkPolyData& data_;
    const vtkIdType pointCount_;
    Mesh mesh_;
};

}  // namespace

Mesh readWithVtk(const std::filesystem::path& path, VtkFormat format, Warnings& warnings) {
    VtkMessageCapture messages;
    vtkSmartPointer<vtkPolyData> data = read(path, format);
    if (!messages.errors().empty()) throw FormatError("cannot be read: " + messages.errors().front());
    if (!data) throw FormatError("cannot be read");
    for (const std::string& warning : messages.warnings()) warnings.push_back("VTK: " + warning);
    return Converter(*data).convert(warnings);
}

}  // namespace av::mesh_io
