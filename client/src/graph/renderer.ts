// Cytoscape's WebGL mode is 3–5× faster with a real GPU and far slower on software GL
// (SwiftShader, llvmpipe): use it only when the browser names a hardware renderer.
export function hasHardwareGpu(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}
