//VTK::Light::Impl
  // Highlight rim (replaces VTK's light implementation tag, after lighting): the selection brightens
  // towards its outline, where the surface turns away from the viewer, so its edge reads even against a
  // neighbour of similar colour. rimColor and rimStrength are custom uniforms set by the viewport.
  // normalVCVSOutput: the interpolated view-space normal, present in every VTK 9.1 lighting path
  // for meshes with normals (the loader gives every mesh normals).
  {
    float grazing = 1.0 - abs(normalize(normalVCVSOutput).z);
    fragOutput0.rgb = mix(fragOutput0.rgb, rimColor, rimStrength * pow(grazing, 2.0));
  }
