#include "attribution.h"

#include <cstdio>

namespace atlasimport {

std::string attributionText(double scale) {
    char scaleText[32];
    std::snprintf(scaleText, sizeof scaleText, "%.4f", scale);
    return "# Attribution\n"
           "\n"
           "The meshes in this folder come from **BodyParts3D, © The Database Center for Life Science**,\n"
           "licensed under **CC BY-SA 2.1 JP** (Creative Commons Attribution-Share Alike 2.1 Japan,\n"
           "https://creativecommons.org/licenses/by-sa/2.1/jp/). Source: https://lifesciencedb.jp/bp3d/\n"
           "\n"
           "Changes made by `atlas-import bodyparts3d` of Anatomy Viewer:\n"
           "\n"
           "- `meshes/` holds the BodyParts3D files as they were imported, unchanged.\n"
           "- `meshes/low/` holds decimated copies of them (fewer triangles, for software renderers).\n"
           "- `atlas.json` places them all with one similarity transform (scale " +
           std::string(scaleText) +
           ") fitted on the hip bone and femur of\n"
           "  Anatomy Viewer's default atlas, and names the structures it knows by Anatomy Viewer's ids.\n"
           "\n"
           "If you share this folder, or anything made from it, keep this notice and share it under the same\n"
           "licence.\n";
}

}  // namespace atlasimport
