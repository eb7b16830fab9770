#pragma once

#include "domain/Date.h"
#include "domain/Figure.h"
#include "domain/Period.h"
#include "domain/ReportKind.h"
#include "domain/SurveyMeasure.h"
#include "domain/Warning.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// The kansli's registration box: diarienummer, signatur, ankomstdatum.
struct Registration {
    std::optional<std::string> registry_number; // diarienummer, e.g. "SFG 24-08.02"
    std::optional<std::string> signature;       // signatur: the registrar's initials
    std::optional<Date> arrival_date;           // ankomstdatum

    bool operator==(const Registration&) const = default;
};

/// Beviljade and utnyttjade medel, in whole kronor.
struct Funds {
    std::optional<std::int64_t> granted_sek;
    std::optional<std::int64_t> used_sek;

    bool operator==(const Funds&) const = default;
};

/// Uppgiftslämnare: who filled the report in, and when.
struct Reporter {
    std::optional<Date> date;
    std::optional<std::string> name;

    bool operator==(const Reporter&) const = default;
};

/// One section of a report, identified by the template's id ("2.1", "bakgrund").
struct Section {
    std::string id;
    std::string title;
    std::string text;

    bool operator==(const Section&) const = default;
};

/// One goal (mål, delmål) as a report states it. Where the goal is measurable, `target` and
/// `unit` say how much, and `measure` which key figure it is compared with. An insats's own
/// goal may instead be measured by a survey (`survey`, set by the kansli): then `measure` is
/// empty, and `unit` is Percent for a share and empty for a change in steps of a scale.
struct Goal {
    std::string text;
    std::optional<double> target;
    std::optional<Unit> unit;
    std::optional<Measure> measure;
    std::optional<SurveyMeasure> survey = std::nullopt;

    bool operator==(const Goal&) const = default;
};

/// The insats a report is about, as the report names it.
struct InterventionRef {
    std::string name;                 // insatsens namn
    std::optional<std::string> owner; // huvudman / projektägare
    InterventionKind kind = InterventionKind::Unknown;

    bool operator==(const InterventionRef&) const = default;
};

/// One report read from a document: a kvartalsrapport, a slutrapport, or one insats's part
/// of a projektredovisning.
struct Report {
    ReportKind kind = ReportKind::Quarterly;
    InterventionRef intervention;
    StatedPeriod period;
    Registration registration;
    Funds funds;
    std::vector<std::string> partners; // samverkansparter
    Reporter reporter;
    std::vector<Section> sections;
    std::vector<Goal> goals;
    std::vector<Figure> figures;
    std::vector<Warning> warnings;

    const Section* section(std::string_view id) const;
};

} // namespace finsam
