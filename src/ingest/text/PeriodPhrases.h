#pragma once

#include "domain/Period.h"

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// A period a document states in words, as read.
struct PeriodPhrase {
    Period period;
    std::string words;    // what it was read from, as written: "januari–juni 2024"
    bool assumed = false; // a delår: its months are the förbund's custom, taken as January–June
};

/// The first period written with months, halves or quarters in `text`: "januari–juni 2024",
/// "jan–jun 2024", "1 januari – 30 juni 2024", "juli 2023 – juni 2024", "första halvåret
/// 2024", "kvartal 3 2024", "Q3 2024", "tredje kvartalet 2024".
std::optional<PeriodPhrase> find_month_period(std::string_view text);

/// The first period written as years in `text`: "2024" (the year), "2023–2024",
/// "verksamhetsåret 2023", "delår 2024" (assumed January–June). Only where a title or a label
/// speaks: in prose a year is any year.
std::optional<PeriodPhrase> find_year_period(std::string_view text);

} // namespace finsam
