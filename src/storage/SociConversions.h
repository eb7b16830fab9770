#pragma once

#include "domain/Date.h"
#include "domain/Timestamp.h"

#include <optional>
#include <soci/soci.h>
#include <string>

// SOCI 4.0 knows boost::optional but not std::optional, and nothing of std::chrono dates or
// our timestamps. These conversions let the storage code bind and read nullable columns, ISO
// dates and timestamps directly. Include this header in every file that binds such values,
// so that all of them see the same specialisations.

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

/// Timestamps are stored as ISO 8601 text in UTC (`2024-10-10T08:15:00Z`).
template <> struct type_conversion<finsam::Timestamp> {
    using base_type = std::string;

    static void from_base(const std::string& in, indicator ind, finsam::Timestamp& out) {
        if (ind == i_null)
            throw soci_error("a stored time is unexpectedly NULL");
        const auto time = finsam::parse_timestamp(in);
        if (!time)
            throw soci_error("a stored time is not ISO 8601 UTC");
        out = *time;
    }

    static void to_base(const finsam::Timestamp& in, std::string& out, indicator& ind) {
        out = in.iso();
        ind = i_ok;
    }
};

} // namespace soci
