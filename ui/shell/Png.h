#pragma once
// Saving what the GL back buffer holds as a PNG (stb_image_write from libstb).
#include <string>

namespace palier::ui {
// Reads the current framebuffer's back buffer (width x height) and writes an RGB PNG.
// Call after rendering and before swapping. Returns false when the file cannot be written.
bool SaveBackBufferPng(const std::string& path, int width, int height);
}  // namespace palier::ui
