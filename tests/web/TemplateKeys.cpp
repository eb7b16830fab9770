#include "TemplateKeys.h"

#include <boost/variant/get.hpp>
#include <memory>
#include <stdexcept>

namespace finsam::testing {

namespace {

// A Mustache template as a tree of the tags that look up keys.
struct Tag {
    enum class Kind { Variable, Section, Inverted, Partial };
    Kind kind;
    std::string name;
    std::vector<Tag> children; // of a section
};

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

/// Parses tags from `position` until the closing tag of `section` (or the end).
std::vector<Tag> parse(const std::string& text, std::size_t& position, const std::string& section) {
    std::vector<Tag> tags;
    while (true) {
        const auto open = text.find("{{", position);
        if (open == std::string::npos) {
            if (!section.empty())
                throw std::runtime_error("the section " + section + " is not closed");
            return tags;
        }
        const bool triple = text.compare(open, 3, "{{{") == 0;
        const auto close = text.find(triple ? "}}}" : "}}", open);
        if (close == std::string::npos)
            throw std::runtime_error("a tag is not closed");
        std::string inside = text.substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
        position = close + (triple ? 3 : 2);
        const char sigil = inside.empty() ? ' ' : inside.front();
        if (triple) {
            tags.push_back({Tag::Kind::Variable, trimmed(inside), {}});
        } else if (sigil == '!') {
            continue;
        } else if (sigil == '/') {
            if (trimmed(inside.substr(1)) != section)
                throw std::runtime_error("{{" + inside + "}} closes no open section");
            return tags;
        } else if (sigil == '#' || sigil == '^') {
            const std::string name = trimmed(inside.substr(1));
            auto children = parse(text, position, name);
            tags.push_back({sigil == '#' ? Tag::Kind::Section : Tag::Kind::Inverted, name,
                            std::move(children)});
        } else if (sigil == '>') {
            tags.push_back({Tag::Kind::Partial, trimmed(inside.substr(1)), {}});
        } else if (sigil == '&') {
            tags.push_back({Tag::Kind::Variable, trimmed(inside.substr(1)), {}});
        } else {
            tags.push_back({Tag::Kind::Variable, trimmed(inside), {}});
        }
    }
}

/// Looks a (dotted) name up as mstch does: its first part from the innermost context out.
const mstch::node* resolve(const std::string& name, const std::vector<const mstch::node*>& stack) {
    if (name == ".")
        return stack.back();
    const auto dot = name.find('.');
    const std::string first = name.substr(0, dot);
    for (auto context = stack.rbegin(); context != stack.rend(); ++context) {
        const auto* map = boost::get<mstch::map>(*context);
        if (!map)
            continue;
        const auto found = map->find(first);
        if (found == map->end())
            continue;
        if (dot == std::string::npos)
            return &found->second;
        return resolve(name.substr(dot + 1), {&found->second});
    }
    return nullptr;
}

bool is_empty(const mstch::node& node) {
    if (boost::get<std::nullptr_t>(&node))
        return true;
    if (const auto* value = boost::get<bool>(&node))
        return !*value;
    if (const auto* value = boost::get<int>(&node))
        return *value == 0;
    if (const auto* value = boost::get<double>(&node))
        return *value == 0;
    if (const auto* value = boost::get<std::string>(&node))
        return value->empty();
    if (const auto* value = boost::get<mstch::array>(&node))
        return value->empty();
    return false;
}

struct Checker {
    const std::map<std::string, std::string>& partials;
    std::vector<std::string> missing;
    int depth = 0;

    void check(const std::vector<Tag>& tags, std::vector<const mstch::node*>& stack,
               const std::string& where) {
        for (const auto& tag : tags)
            check(tag, stack, where);
    }

    void check(const Tag& tag, std::vector<const mstch::node*>& stack, const std::string& where) {
        if (tag.kind == Tag::Kind::Partial) {
            const auto found = partials.find(tag.name);
            if (found == partials.end()) {
                missing.push_back(where + "partial " + tag.name);
                return;
            }
            if (++depth > 20)
                throw std::runtime_error("partials nest too deep");
            std::size_t position = 0;
            check(parse(found->second, position, ""), stack, where + tag.name + " > ");
            --depth;
            return;
        }
        const mstch::node* value = resolve(tag.name, stack);
        if (!value) {
            missing.push_back(where + tag.name);
            return;
        }
        if (tag.kind == Tag::Kind::Variable)
            return;
        const bool renders = tag.kind == Tag::Kind::Section ? !is_empty(*value) : is_empty(*value);
        if (!renders)
            return;
        const std::string inner = where + tag.name + " > ";
        if (tag.kind == Tag::Kind::Section) {
            if (const auto* list = boost::get<mstch::array>(value)) {
                for (const auto& element : *list) {
                    stack.push_back(&element);
                    check(tag.children, stack, inner);
                    stack.pop_back();
                }
                return;
            }
            stack.push_back(value);
            check(tag.children, stack, inner);
            stack.pop_back();
            return;
        }
        check(tag.children, stack, inner);
    }
};

} // namespace

std::vector<std::string> missing_keys(const std::string& template_text, const mstch::map& model,
                                      const std::map<std::string, std::string>& partials) {
    std::size_t position = 0;
    const auto tags = parse(template_text, position, "");
    const mstch::node root = model;
    std::vector<const mstch::node*> stack{&root};
    Checker checker{partials, {}, 0};
    checker.check(tags, stack, "");
    return checker.missing;
}

} // namespace finsam::testing
