#pragma once

#include <filesystem>
#include <map>
#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

/// The server's Mustache templates (mstch), read once from a folder of `*.mustache` files:
/// `layout.mustache` frames every page and places the page's own markup with
/// `{{{content}}}`; files whose names start with `_` are partials (`{{> _field}}`) available
/// to every page (not to the layout). `{{name}}` HTML-escapes; only markup this program made itself
/// (the page inside the layout, an SVG chart) is placed with triple braces.
class Views {
public:
    /// Throws std::runtime_error naming the file when the folder or a template cannot be read,
    /// or when layout.mustache is missing.
    explicit Views(const std::filesystem::path& folder);

    /// Markup already rendered (a page's content) placed in the layout.
    std::string render_in_layout(std::string content, mstch::map frame) const;
    /// A template without the layout: a page's own markup, which an Exchange then places in
    /// the layout (the overview's is cached in between).
    std::string render(const std::string& name, const mstch::map& context) const;

private:
    std::map<std::string, std::string> m_templates; // pages and the layout, by name
    std::map<std::string, std::string> m_partials;  // the `_` templates, by name
};

} // namespace finsam
