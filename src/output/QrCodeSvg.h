#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// A QR code of `text` (libqrencode, error correction level M) as inline SVG: one path of
/// dark modules on a white square with the four-module quiet zone, scaled by its viewBox.
/// `label` is its text alternative (role="img", aria-label). nullopt when the text is too long
/// for a QR code.
std::optional<std::string> qr_code_svg(std::string_view text, std::string_view label);

} // namespace finsam
