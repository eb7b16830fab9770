#include "output/QrCodeSvg.h"

#include <memory>
#include <qrencode.h>

namespace finsam {

namespace {

constexpr int k_quiet_zone = 4; // modules of white around the code, as the standard asks

std::string escaped_attribute(std::string_view text) {
    std::string escaped;
    for (const char character : text) {
        switch (character) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += character;
        }
    }
    return escaped;
}

} // namespace

std::optional<std::string> qr_code_svg(std::string_view text, std::string_view label) {
    const std::string data(text);
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    const int width = code->width;
    const int size = width + 2 * k_quiet_zone;
    // One 1×1 square per dark module, as relative moves in a single path: small and crisp.
    std::string path;
    for (int row = 0; row < width; ++row) {
        for (int column = 0; column < width; ++column) {
            if ((code->data[row * width + column] & 1) == 0)
                continue;
            path += "M" + std::to_string(column + k_quiet_zone) + " " +
                    std::to_string(row + k_quiet_zone) + "h1v1h-1z";
        }
    }
    const std::string dimension = std::to_string(size);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" "
           "aria-label=\"" +
           escaped_attribute(label) + "\" viewBox=\"0 0 " + dimension + " " + dimension +
           "\" shape-rendering=\"crispEdges\"><rect width=\"" + dimension + "\" height=\"" +
           dimension + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

} // namespace finsam
