#pragma once

#include "domain/Date.h"

#include <optional>
#include <soci/soci.h>
#include <string>

// SOCI 4.0 knows boost::optional but not std::optional, and nothing of std::chrono dates.
// These conversions let the storage code bind and read nullable columns and ISO dates
// directly. Include this header in every file that binds such values, so that all of them
// see the same specialisations.

namespace soci {

template <typename T> struct type_conversion<std::optional<T>> {
    using base_type = typename type_conversion<T>::base_type;

    static void from_base(const base_type& in, indicator ind, std::optional<T>& out) {
        if (ind == i_null) {
            out.reset();
            return;
        }
        T value{};
        type_conversion<T>::from_base(in, ind, value);
        out = std::move(value);
    }

    static void to_base(const std::optional<T>& in, base_type& out, indicator& ind) {
        if (in)
            type_conversion<T>::to_base(*in, out, ind);
        else
            ind = i_null;
    }
};

/// Dates are stored as `YYYY-MM-DD` text, which sorts and compares correctly as text.
template <> struct type_conversion<finsam::Date> {
    using base_type = std::string;

    static void from_base(const std::string& in, indicator ind, finsam::Date& out) {
        if (ind == i_null)
            throw soci_error("a stored date is unexpectedly NULL");
        const auto date = finsam::parse_iso_date(in);
        if (!date)
            throw soci_error("a stored date is not YYYY-MM-DD");
        out = *date;
    }

    static void to_base(const finsam::Date& in, std::string& out, indicator& ind) {
        out = finsam::format_iso(in);
        ind = i_ok;
    }
};

} // namespace soci
