//VTK::Light::Impl
  // X-ray ghost (replaces VTK's light implementation tag, after lighting): a see-through copy of the
  // selection drawn over everything, faint where it faces the viewer and denser at its outline, like a
  // radiograph, so that it shows where it is without hiding what covers it.
  // normalVCVSOutput: the interpolated view-space normal, present in every VTK 9.1 lighting path
  // for meshes with normals (the loader gives every mesh normals).
  {
    float grazing = 1.0 - abs(normalize(normalVCVSOutput).z);
    fragOutput0.a *= mix(0.55, 1.0, pow(grazing, 1.5));
  }
