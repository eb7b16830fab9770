#include "cli/ListCommands.h"

#include "cli/OpenDatabase.h"
#include "cli/TextColumns.h"
#include "output/ReportJson.h"
#include "storage/ReportStore.h"

#include <cstdio>
#include <iostream>

namespace finsam {

namespace {

std::string swedish_kind(std::string_view kind) {
    if (kind == "individual")
        return "individinriktad";
    if (kind == "structural")
        return "strukturinriktad";
    return "-";
}

void print_interventions(const std::vector<InterventionSummary>& interventions) {
    std::printf("%-6s %s %s %s %s\n", "Id", pad("Insats", 40).c_str(),
                pad("Insatsägare", 45).c_str(), pad("Typ", 17).c_str(), "Rapporter");
    for (const auto& intervention : interventions) {
        std::printf("%-6lld %s %s %s %d\n", static_cast<long long>(intervention.id),
                    pad(intervention.name, 40).c_str(),
                    pad(intervention.owner.value_or("-"), 45).c_str(),
                    pad(swedish_kind(intervention.kind), 17).c_str(), intervention.report_count);
    }
}

void print_reports(const std::vector<ReportSummary>& reports) {
    std::printf("%-6s %s %s %s %-8s %s\n", "Id", pad("Insats", 40).c_str(), pad("Typ", 18).c_str(),
                pad("Period", 23).c_str(), "Version", "Varningar");
    for (const auto& report : reports) {
        auto period = report.period_start.value_or("?") + " – " + report.period_end.value_or("?");
        std::printf("%-6lld %s %s %s %-8d %d\n", static_cast<long long>(report.id),
                    pad(report.intervention_name, 40).c_str(), pad(report.kind, 18).c_str(),
                    pad(period, 23).c_str(), report.latest_version, report.warning_count);
    }
}

void print_version(const StoredReportVersion& stored) {
    const auto& report = stored.report;
    std::printf("\nVersion %d, importerad %s från %s\n", stored.version,
                stored.imported_at.iso().c_str(), stored.source.file_name.c_str());
    std::printf("Insats: %s\nInsatsägare: %s\n", report.intervention.name.c_str(),
                report.intervention.owner.value_or("-").c_str());
    auto date = [](const std::optional<Date>& value) {
        return value ? format_iso(*value) : std::string("?");
    };
    std::printf("Period: %s – %s\n", date(report.period.start).c_str(),
                date(report.period.end).c_str());
    std::printf("Diarienummer: %s  Signatur: %s  Ankomstdatum: %s\n",
                report.registration.registry_number.value_or("-").c_str(),
                report.registration.signature.value_or("-").c_str(),
                date(report.registration.arrival_date).c_str());
    for (const auto& section : report.sections)
        std::printf("\n[%s] %s\n%s\n", section.id.c_str(), section.title.c_str(),
                    section.text.c_str());
    if (!report.goals.empty())
        std::printf("\nMål:\n");
    for (const auto& goal : report.goals) {
        if (goal.target)
            std::printf("  %s (mål: %g %s)\n", goal.text.c_str(), *goal.target,
                        goal.unit == Unit::Percent ? "%" : "st");
        else
            std::printf("  %s\n", goal.text.c_str());
    }
    if (!report.figures.empty())
        std::printf("\nNyckeltal:\n");
    for (const auto& figure : report.figures) {
        std::printf("  %-26s %g %s (avsnitt %s): \"%s\"\n",
                    std::string(to_string(figure.measure)).c_str(), figure.value,
                    figure.unit == Unit::Percent ? "%" : "st", figure.section_id.c_str(),
                    figure.quote.c_str());
    }
    if (!report.warnings.empty())
        std::printf("\nVarningar:\n");
    for (const auto& warning : report.warnings)
        std::printf("  %s: %s\n", warning.code.c_str(), warning.message.c_str());
}

} // namespace

int run_list(const CommonOptions& common, bool reports, std::optional<std::int64_t> intervention) {
    auto database = open_database(common);
    if (!database)
        return 2;
    ReportStore store(*database, system_clock());
    auto association = store.ensure_association(common.association);
    if (!association) {
        std::fprintf(stderr, "Förbundet kan inte läsas: %s\n", association.error().message.c_str());
        return 2;
    }
    if (reports) {
        auto listed = store.list_reports(*association, intervention);
        if (!listed) {
            std::fprintf(stderr, "Rapporterna kan inte läsas: %s\n",
                         listed.error().message.c_str());
            return 2;
        }
        print_reports(*listed);
        return 0;
    }
    auto listed = store.list_interventions(*association);
    if (!listed) {
        std::fprintf(stderr, "Insatserna kan inte läsas: %s\n", listed.error().message.c_str());
        return 2;
    }
    print_interventions(*listed);
    return 0;
}

int run_show(const CommonOptions& common, std::int64_t report_id, bool json) {
    auto database = open_database(common);
    if (!database)
        return 2;
    ReportStore store(*database, system_clock());
    auto stored = store.load_report(report_id);
    if (!stored) {
        std::fprintf(stderr, "Rapport %lld finns inte.\n", static_cast<long long>(report_id));
        return 1;
    }
    if (json) {
        std::cout << report_json(stored->versions.back().report)
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
        return 0;
    }
    std::printf("Rapport %lld, %zu version(er)\n", static_cast<long long>(stored->id),
                stored->versions.size());
    for (const auto& version : stored->versions)
        print_version(version);
    return 0;
}

} // namespace finsam
