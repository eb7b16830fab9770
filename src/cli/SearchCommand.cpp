#include "cli/SearchCommand.h"

#include "app/search/SearchJson.h"
#include "app/search/SearchReports.h"
#include "cli/CommandLineActor.h"
#include "output/SwedishLabels.h"

#include <cstdio>
#include <filesystem>
#include <sstream>

namespace finsam {

namespace {

std::string date_text(const std::optional<Date>& date) {
    return date ? format_iso(*date) : "?";
}

/// The results for a terminal: a line per report, its passages indented, hits in » «.
std::string text_results(const SearchResults& results) {
    std::ostringstream out;
    if (results.total == 0) {
        out << "Inga rapporter innehåller det du sökte efter.\n";
        return out.str();
    }
    out << results.total << (results.total == 1 ? " rapport" : " rapporter") << ", sida "
        << results.page << " av " << results.page_count << "\n\n";
    for (const auto& hit : results.hits) {
        out << "#" << hit.report_id << "  " << hit.intervention_name << ": " << kind_label(hit.kind)
            << " " << date_text(hit.period.start) << "–" << date_text(hit.period.end);
        if (hit.status)
            out << " (" << status_label(*hit.status) << ")";
        out << '\n';
        for (const auto& passage : hit.passages) {
            out << "    " << passage.heading << ": ";
            for (const auto& part : passage.excerpt)
                out << (part.hit ? "»" + part.text + "«" : part.text);
            out << '\n';
        }
        out << '\n';
    }
    return out.str();
}

FieldMap fields_of(const SearchOptions& options) {
    FieldMap fields({{"q", options.query},
                     {"insats", options.intervention.value_or("")},
                     {"period", options.period.value_or("")},
                     {"typ", options.kind.value_or("")},
                     {"status", options.status.value_or("")},
                     {"sida", std::to_string(options.page)}});
    for (const auto& section : options.sections)
        fields.add("avsnitt", section);
    return fields;
}

int reindex(const CommonOptions& common) {
    auto actor = command_line_actor(common, Role::Kansli);
    if (!actor)
        return 2;
    const auto passages = rebuild_search_index(actor->context());
    if (!passages) {
        std::fprintf(stderr, "Sökindexet kan inte byggas om: %s\n",
                     passages.error().log_message.c_str());
        return 2;
    }
    std::printf("Sökindexet är ombyggt: %d avsnitt.\n", *passages);
    return 0;
}

} // namespace

int run_search(const CommonOptions& common, const SearchOptions& options) {
    if (options.reindex)
        return reindex(common);
    const auto role = audience_role(options.audience);
    if (!role) {
        std::fprintf(stderr, "--for ska vara kansli eller styrelse.\n");
        return 2;
    }
    const auto layout = read_board_layout(options.board_templates_dir);
    if (!layout)
        return 2;
    const FieldMap fields = fields_of(options);
    const auto asked = search_asked(fields.fields(), *layout);
    if (!asked) {
        for (const auto& field : asked.error().fields)
            std::fprintf(stderr, "%s: %s\n", field.field.c_str(), field.message.c_str());
        return 2;
    }
    auto actor = command_line_actor(common, *role);
    if (!actor)
        return 2;
    const auto results = search_reports(actor->context(), *asked, *layout);
    if (!results) {
        if (results.error().code == ErrorCode::NotFound) {
            std::fprintf(stderr, "Förbundet har ingen insats som heter \"%s\".\n",
                         options.intervention.value_or("").c_str());
            return 1;
        }
        std::fprintf(stderr, "Sökningen kunde inte göras: %s\n",
                     results.error().log_message.c_str());
        return 2;
    }
    const std::string output =
        options.json ? search_results_json(*results).dump() + '\n' : text_results(*results);
    std::fwrite(output.data(), 1, output.size(), stdout);
    return 0;
}

} // namespace finsam
