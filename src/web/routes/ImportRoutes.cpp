#include "domain/Text.h"
#include "ingest/Importer.h"
#include "output/ImportMessages.h"
#include "output/SwedishFormat.h"
#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"
#include "web/Labels.h"
#include "web/ReportViews.h"
#include "web/Routes.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

// Glossary: importera = read a report file into the database. The kansli uploads a file, sees
// what was read, corrects the insats, period and key figures where needed, and saves.

constexpr std::size_t k_excerpt_bytes = 300;

std::string excerpt(const std::string& text) {
    std::string shown = collapse_whitespace(text);
    if (shown.size() <= k_excerpt_bytes)
        return shown;
    std::size_t cut = k_excerpt_bytes;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
        --cut;
    return shown.substr(0, cut) + " …";
}

std::string field_name(std::size_t document, std::size_t report, const std::string& field) {
    return "d" + std::to_string(document) + "r" + std::to_string(report) + "_" + field;
}

mstch::array intervention_choices(const std::vector<InterventionDetails>& interventions,
                                  const std::string& read_name) {
    mstch::array options;
    const std::string key = normalise_intervention_name(read_name);
    bool matched = false;
    for (const auto& details : interventions) {
        const bool same = normalise_intervention_name(details.name) == key;
        matched = matched || same;
        options.push_back(mstch::map{
            {"value", std::to_string(details.id)}, {"label", details.name}, {"selected", same}});
    }
    options.insert(options.begin(), mstch::map{{"value", std::string("new")},
                                               {"label", "Ny insats: " + read_name},
                                               {"selected", !matched}});
    return options;
}

mstch::map report_preview(const Report& report, std::size_t document, std::size_t index,
                          const std::vector<InterventionDetails>& interventions) {
    mstch::array figures;
    for (std::size_t position = 0; position < report.figures.size(); ++position) {
        const auto& figure = report.figures[position];
        const std::string name = field_name(document, index, "figure" + std::to_string(position));
        figures.push_back(
            mstch::map{{"name", name},
                       {"id", "f-" + name},
                       {"label", std::string(measure_label(figure.measure)) +
                                     (figure.unit == Unit::Percent ? " (procent)" : "")},
                       {"value", format_swedish_number(figure.value, 1)},
                       {"quote", figure.quote}});
    }
    mstch::array warnings;
    for (const auto& warning : report.warnings)
        warnings.push_back(mstch::map{{"label", warning_label(warning.code)}});
    mstch::array sections;
    for (const auto& section : report.sections) {
        sections.push_back(mstch::map{{"heading", section.id + " " + section.title},
                                      {"excerpt", excerpt(section.text)}});
    }
    const auto period_field = [&](const char* field, const std::optional<Date>& date,
                                  const char* label) {
        const std::string name = field_name(document, index, field);
        return mstch::map{{"name", name},
                          {"id", "f-" + name},
                          {"label", std::string(label)},
                          {"value", format_iso_or_empty(date)}};
    };
    const std::string intervention = field_name(document, index, "intervention");
    return mstch::map{
        {"number", static_cast<int>(index + 1)},
        {"kind", std::string(kind_label(report.kind))},
        {"intervention_name", report.intervention.name},
        {"intervention_field", intervention},
        {"intervention_id", "f-" + intervention},
        {"interventions", intervention_choices(interventions, report.intervention.name)},
        {"period_start", period_field("period_start", report.period.start, "Från")},
        {"period_end", period_field("period_end", report.period.end, "Till")},
        {"registry_number", report.registration.registry_number.value_or("")},
        {"arrival", format_iso_or_empty(report.registration.arrival_date)},
        {"figures", figures},
        {"has_figures", !figures.empty()},
        {"warnings", warnings},
        {"has_warnings", !warnings.empty()},
        {"sections", sections}};
}

std::vector<InterventionDetails> interventions_of(RequestScope& scope) {
    InterventionStore interventions(scope.database());
    auto all = interventions.list(scope.visitor().user.association_id);
    if (!all)
        throw std::runtime_error(all.error().message);
    return std::move(*all);
}

void show_upload_form(RequestScope& scope, const std::string& error, int status) {
    mstch::map page;
    if (!error.empty())
        page["error"] = error;
    scope.page("import", page, "Importera en rapport", status);
}

void upload(RequestScope& scope) {
    if (!scope.request().has_file("file")) {
        show_upload_form(scope, "Välj en fil att importera.", 422);
        return;
    }
    const auto file = scope.request().get_file_value("file");
    if (file.content.empty() || file.filename.empty()) {
        show_upload_form(
            scope, "Filen är tom. Välj en rapport i PDF, Word (docx), text eller e-post.", 422);
        return;
    }
    const std::string token = scope.context().uploads().add(file.content, file.filename);
    const auto path = scope.context().uploads().find(token);
    const Importer importer(scope.context().reader());
    const ImportedFile read = importer.read_file(*path);
    if (read.failed()) {
        scope.context().uploads().remove(token);
        std::string problems;
        for (const auto& problem : swedish_problems(read))
            problems += (problems.empty() ? "" : " ") + problem;
        show_upload_form(scope, problems.empty() ? "Filen kunde inte läsas." : problems, 422);
        return;
    }
    const auto interventions = interventions_of(scope);
    mstch::array documents;
    for (std::size_t d = 0; d < read.documents.size(); ++d) {
        const auto& document = read.documents[d];
        mstch::array reports;
        for (std::size_t r = 0; r < document.reading.reports.size(); ++r)
            reports.push_back(report_preview(document.reading.reports[r], d, r, interventions));
        documents.push_back(mstch::map{{"name", document.name}, {"reports", reports}});
    }
    scope.audit("upload", "document", std::nullopt, to_string(*read.format).data());
    scope.page(
        "import_preview",
        {{"token", token}, {"file_name", safe_file_name(file.filename)}, {"documents", documents}},
        "Kontrollera importen");
}

/// Applies the kansli's corrections to what was read: the chosen insats, the period and the
/// figures. Returns Swedish problems with what was typed.
std::vector<std::string> apply_corrections(RequestScope& scope, std::size_t d, std::size_t r,
                                           Report& report,
                                           const std::vector<InterventionDetails>& interventions) {
    std::vector<std::string> problems;
    const std::string chosen = scope.param(field_name(d, r, "intervention"));
    if (chosen != "new" && !chosen.empty()) {
        const auto found =
            std::find_if(interventions.begin(), interventions.end(),
                         [&](const auto& details) { return std::to_string(details.id) == chosen; });
        if (found == interventions.end())
            problems.push_back("Den valda insatsen finns inte.");
        else
            report.intervention.name = found->name;
    }
    for (const auto& [field, side] :
         {std::pair{"period_start", &report.period.start}, {"period_end", &report.period.end}}) {
        const std::string name = field_name(d, r, field);
        if (!scope.has_param(name))
            continue;
        const std::string typed(trim(scope.param(name)));
        if (typed.empty()) {
            side->reset();
            continue;
        }
        const auto date = parse_iso_date(typed);
        if (!date)
            problems.push_back("Datumet " + typed + " ska skrivas ÅÅÅÅ-MM-DD.");
        else
            *side = date;
    }
    for (std::size_t position = 0; position < report.figures.size(); ++position) {
        const std::string field = field_name(d, r, "figure" + std::to_string(position));
        if (!scope.has_param(field))
            continue; // not on the form that was posted: kept as read
        std::string typed(trim(scope.param(field)));
        std::erase(typed, ' ');
        std::replace(typed.begin(), typed.end(), ',', '.');
        try {
            std::size_t used = 0;
            const double value = std::stod(typed, &used);
            if (used != typed.size() || value < 0)
                throw std::invalid_argument("not a number");
            report.figures[position].value = value;
        } catch (const std::exception&) {
            problems.push_back(std::string(measure_label(report.figures[position].measure)) +
                               ": ange ett tal.");
        }
    }
    return problems;
}

void confirm(RequestScope& scope) {
    const std::string token = scope.param("token");
    const auto path = scope.context().uploads().find(token);
    if (!path) {
        show_upload_form(
            scope, "Uppladdningen har gått ut eller är redan sparad. Ladda upp filen igen.", 410);
        return;
    }
    const Importer importer(scope.context().reader());
    ImportedFile read = importer.read_file(*path);
    const auto interventions = interventions_of(scope);
    std::vector<std::string> problems;
    for (std::size_t d = 0; d < read.documents.size(); ++d) {
        auto& reports = read.documents[d].reading.reports;
        for (std::size_t r = 0; r < reports.size(); ++r) {
            auto found = apply_corrections(scope, d, r, reports[r], interventions);
            problems.insert(problems.end(), found.begin(), found.end());
        }
    }
    if (!problems.empty()) {
        std::string text;
        for (const auto& problem : problems)
            text += (text.empty() ? "" : " ") + problem;
        scope.message(422, "Importen sparades inte", text + " Gå tillbaka och rätta.");
        return;
    }
    ReportStore store(scope.database());
    int saved = 0;
    bool duplicate = false;
    for (const auto& document : read.documents) {
        if (document.extract_error || !document.reading.errors.empty())
            continue;
        std::string kind;
        if (document.reading.document_kind)
            kind = to_string(*document.reading.document_kind);
        const SourceDocument source{safe_file_name(path->filename().string()),
                                    std::string(to_string(document.format)), document.content_hash,
                                    kind};
        const auto result = store.save_document(scope.visitor().user.association_id, source,
                                                document.reading.reports);
        if (!result)
            throw std::runtime_error("saving an upload failed: " + result.error().message);
        duplicate = duplicate || result->duplicate_document;
        saved += static_cast<int>(result->reports.size());
    }
    scope.context().uploads().remove(token);
    scope.audit("import", "document", std::nullopt, std::to_string(saved) + " reports");
    if (duplicate) {
        scope.message(200, "Filen var redan importerad",
                      "Samma fil har importerats tidigare. Ingenting nytt sparades.");
        return;
    }
    scope.message(200, "Importen är sparad",
                  std::to_string(saved) + " rapporter sparades. De syns under Insatser och i "
                                          "översikten.");
}

} // namespace

void add_import_routes(httplib::Server& server, WebContext& context) {
    server.Get("/import", page_handler(context, [](RequestScope& scope) {
                   if (scope.require_staff())
                       show_upload_form(scope, "", 200);
               }));
    server.Post("/import", page_handler(context, [](RequestScope& scope) {
                    if (scope.require_staff())
                        upload(scope);
                }));
    server.Post("/import/spara", page_handler(context, [](RequestScope& scope) {
                    if (scope.require_staff())
                        confirm(scope);
                }));
}

} // namespace finsam
