#include "ingest/formats/TextExtractors.h"

#include <memory>
#include <mutex>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace finsam {

namespace {

// Poppler prints every repaired xref and missing font to stderr. The importer reports its own
// error instead, and a batch import must not flood the terminal.
void discard_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

void silence_poppler() {
    static std::once_flag once;
    std::call_once(once,
                   [] { poppler::set_debug_error_function(discard_poppler_message, nullptr); });
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\n\f") == std::string_view::npos;
}

/// One page as lines without trailing spaces and without blank lines at its top and bottom.
/// Poppler ends every page with "\f"; the caller puts the page separators back.
void append_page_lines(std::string& output, std::string_view page_text) {
    std::string page;
    page.reserve(page_text.size());
    std::size_t pending_blank_lines = 0;
    std::size_t start = 0;
    while (start < page_text.size()) {
        std::size_t end = page_text.find('\n', start);
        if (end == std::string_view::npos) {
            end = page_text.size();
        }
        std::string_view line = page_text.substr(start, end - start);
        start = end + 1;
        const std::size_t last = line.find_last_not_of(" \t\r\f");
        if (last == std::string_view::npos) {
            pending_blank_lines += page.empty() ? 0 : 1;
            continue;
        }
        page.append(pending_blank_lines, '\n');
        pending_blank_lines = 0;
        page.append(line.substr(0, last + 1));
        page += '\n';
    }
    output += page;
}

ExtractError error(ExtractError::Code code, std::string message) {
    return ExtractError{code, std::move(message)};
}

} // namespace

tl::expected<std::string, ExtractError> extract_pdf_text(std::string_view bytes) {
    if (bytes.empty()) {
        return tl::unexpected(error(ExtractError::Code::Empty, "The PDF file is empty."));
    }
    if (bytes.size() > k_max_input_bytes) {
        return tl::unexpected(
            error(ExtractError::Code::TooLarge, "The PDF file is larger than the import limit."));
    }
    silence_poppler();
    // Poppler reads the bytes in place; they outlive the document.
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) {
        return tl::unexpected(error(ExtractError::Code::Corrupt,
                                    "The PDF file is damaged or truncated; export it again."));
    }
    if (document->is_locked()) {
        return tl::unexpected(
            error(ExtractError::Code::Encrypted,
                  "The PDF file is password-protected; save a copy without a password."));
    }
    const int page_count = document->pages();
    if (page_count <= 0) {
        return tl::unexpected(error(ExtractError::Code::Corrupt,
                                    "The PDF file has no readable pages; export it again."));
    }

    std::string text;
    for (int page_index = 0; page_index < page_count; ++page_index) {
        if (page_index > 0) {
            text += "\f\n";
        }
        const std::unique_ptr<poppler::page> page(document->create_page(page_index));
        if (!page) {
            continue;
        }
        // Physical layout keeps a table row on one line with its columns apart, where the
        // reading-order modes put each cell on its own line or glue cells with one space.
        const poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        append_page_lines(text, std::string_view(utf8.data(), utf8.size()));
    }
    if (is_blank(text)) {
        return tl::unexpected(error(ExtractError::Code::Empty,
                                    "The PDF file has no text layer; it may be a scanned image. "
                                    "Export the report from Word instead of scanning it."));
    }
    return text;
}

} // namespace finsam
