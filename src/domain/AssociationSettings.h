#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

/// A förbund's settings. Glossary: medlemmar/parter = parties (FK, AF, the region, kommuner),
/// kommuner = municipalities, diarienummer = registry number.
struct AssociationSettings {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> parties;
    std::vector<std::string> municipalities;
    std::string registry_pattern = "SFG {yy}-{seq:02}.{n:02}";
    int deadline_days = 15; // a kvartalsrapport is due this many days after the quarter
    std::string quarterly_template = "kvartalsrapport"; // template file names, without .json
    std::string final_template = "slutrapport";
    int small_count_threshold = 5; // counts from 1 up to below this are hidden from the board
    // E-mail to the insatsägare about kvartalsrapporter: a reminder this many days before the
    // deadline, and a notice once it has passed. Off until the kansli turns them on.
    bool reminders_enabled = false;
    int reminder_days = 7;
    bool late_notices_enabled = false;
    int revision = 1;
};

} // namespace finsam
