#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace finsam {

// Lookups in a constexpr table of an enum's values and their stored names.

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
constexpr std::string_view name_in(const NameTable<Enum, N>& names, Enum value) {
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return name;
    }
    return "";
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> value_in(const NameTable<Enum, N>& names, std::string_view name) {
    for (const auto& [value, candidate] : names) {
        if (candidate == name)
            return value;
    }
    return std::nullopt;
}

} // namespace finsam
