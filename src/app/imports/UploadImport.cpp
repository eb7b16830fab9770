#include "app/imports/UploadImport.h"

#include "app/InputGuard.h"
#include "app/ReadAccess.h"
#include "app/imports/ImportSaver.h"
#include "app/reports/ConfirmFigures.h"
#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "ingest/formats/FileFormat.h"
#include "output/ImportMessages.h"
#include "output/SwedishLabels.h"
#include "storage/InterventionStore.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace finsam {

namespace {

/// Above any participant count or percentage a report states.
constexpr double k_max_figure = 1'000'000;

AppError file_problem(std::string message) {
    return AppError::invalid({{"file", std::move(message)}});
}

AppResult<std::vector<InterventionDetails>> interventions_of(const AppContext& context) {
    InterventionStore interventions(context.database());
    return or_internal(interventions.list(context.user().association_id));
}

/// Reads a stored upload and names it, and each document in it, by the upload's own name:
/// the path it is stored under is the server's business.
ImportedFile read_stored(const UploadReading& reading, const std::filesystem::path& path) {
    ImportedFile read = Importer(reading.reader, reading.budget).read_file(path);
    const std::string stored = path.string();
    const std::string shown = safe_file_name(path.filename().string());
    for (auto& document : read.documents) {
        if (document.name.starts_with(stored))
            document.name = shown + document.name.substr(stored.size());
    }
    read.path = shown;
    return read;
}

/// Whether reading stopped because other uploads held the inflation budget.
bool is_busy(const ImportedFile& read) {
    const auto busy = [](const std::optional<ExtractError>& error) {
        return error && error->code == ExtractError::Code::Busy;
    };
    return busy(read.error) ||
           std::any_of(read.documents.begin(), read.documents.end(),
                       [&](const ReadDocument& document) { return busy(document.extract_error); });
}

AppError busy(const UploadReading& reading) {
    return AppError::retry_later(
        ErrorCode::ImportBusy, std::chrono::ceil<std::chrono::seconds>(std::max(
                                   reading.gate.longest_wait(), std::chrono::milliseconds(1000))));
}

std::string joined(const std::vector<std::string>& problems) {
    std::string text;
    for (const auto& problem : problems)
        text += (text.empty() ? "" : " ") + problem;
    return text;
}

/// Applies the insats the kansli chose (an id; "new" for a new insats by the name typed, or
/// read) to one report. A report must have an insats: one read without a template may name
/// none until the kansli chooses or names it.
void apply_intervention(const FieldSource& corrections, const ReportPlace& place, Report& report,
                        const std::vector<InterventionDetails>& interventions,
                        std::vector<FieldError>& problems) {
    const std::string intervention_field = correction_field(place, "intervention");
    const std::string chosen = corrections.value(intervention_field);
    if (chosen != "new" && !chosen.empty()) {
        const auto found =
            std::find_if(interventions.begin(), interventions.end(),
                         [&](const auto& details) { return std::to_string(details.id) == chosen; });
        if (found == interventions.end())
            problems.push_back({intervention_field, "Den valda insatsen finns inte."});
        else
            report.intervention.name = found->name;
        return;
    }
    const std::string typed_name =
        collapse_whitespace(corrections.value(correction_field(place, "intervention_name")));
    if (!typed_name.empty())
        report.intervention.name = typed_name;
    if (normalise_intervention_name(report.intervention.name).empty())
        problems.push_back({intervention_field,
                            "Välj vilken insats rapporten gäller, eller skriv namnet på en ny "
                            "insats. Rapporten namnger ingen insats själv."});
}

/// Applies the kansli's corrections to one report as read. Swedish problems with what was
/// typed go into `problems`, each on its field.
void apply_corrections(const FieldSource& corrections, const ReportPlace& place, Report& report,
                       const std::vector<InterventionDetails>& interventions,
                       std::vector<FieldError>& problems) {
    apply_intervention(corrections, place, report, interventions, problems);
    for (const auto& [field, side] :
         {std::pair{"period_start", &report.period.start}, {"period_end", &report.period.end}}) {
        const std::string name = correction_field(place, field);
        if (!corrections.has(name))
            continue;
        const std::string typed(trim(corrections.value(name)));
        if (typed.empty()) {
            side->reset();
            continue;
        }
        const auto date = parse_iso_date(typed);
        if (!date)
            problems.push_back({name, "Datumet " + typed + " ska skrivas ÅÅÅÅ-MM-DD."});
        else
            *side = date;
    }
    for (std::size_t position = 0; position < report.figures.size(); ++position) {
        const std::string field = correction_field(place, "figure" + std::to_string(position));
        if (!corrections.has(field))
            continue; // not on the form that was posted: kept as read
        std::string typed(trim(corrections.value(field)));
        std::erase(typed, ' ');
        std::replace(typed.begin(), typed.end(), ',', '.');
        char* end = nullptr;
        const double value = std::strtod(typed.c_str(), &end);
        if (typed.empty() || end != typed.c_str() + typed.size() || !(value >= 0) ||
            !(value <= k_max_figure)) {
            problems.push_back(
                {field, std::string(measure_label(report.figures[position].measure)) +
                            ": ange ett tal mellan 0 och 1 000 000."});
            continue;
        }
        // The preview shows a figure stated more than once (or with values that differ) as
        // one field or one choice: what is posted for it stands for every statement of it.
        report.figures[position].value = value;
        for (std::size_t later = position + 1; later < report.figures.size(); ++later) {
            const bool own_field =
                corrections.has(correction_field(place, "figure" + std::to_string(later)));
            if (!own_field && states_same_figure(report.figures[later], report.figures[position]))
                report.figures[later].value = value;
        }
    }
}

/// Whether the kansli ticked, in the preview, that they checked the report's figures against
/// its text.
bool figures_checked(const FieldSource& corrections, const ReportPlace& place) {
    return !corrections.value(correction_field(place, "figures_checked")).empty();
}

/// Applies the corrections to every report of every upload; all that was typed wrong, each
/// on its field, as ImportCorrectionsInvalid.
AppResult<void> apply_all_corrections(std::vector<ReadUpload>& batch,
                                      const FieldSource& corrections,
                                      const std::vector<InterventionDetails>& interventions) {
    std::vector<FieldError> problems;
    for (std::size_t upload = 0; upload < batch.size(); ++upload) {
        auto& documents = batch[upload].read.documents;
        for (std::size_t document = 0; document < documents.size(); ++document) {
            auto& reports = documents[document].reading.reports;
            for (std::size_t index = 0; index < reports.size(); ++index)
                apply_corrections(corrections, {upload, document, index}, reports[index],
                                  interventions, problems);
        }
    }
    if (problems.empty())
        return {};
    AppError error = AppError::invalid(std::move(problems));
    error.code = ErrorCode::ImportCorrectionsInvalid;
    return tl::unexpected(std::move(error));
}

/// Saves one corrected upload into `result`; the reports whose figures the kansli ticked as
/// checked go into `checked`.
AppResult<void> save_one(ImportSaver& saver, const ReadUpload& upload, std::size_t position,
                         const std::filesystem::path& waiting_at, const FieldSource& corrections,
                         ImportSaved& result, std::vector<SavedReport>& checked) {
    bool already_imported = !upload.read.documents.empty();
    for (auto& document : saver.save(upload.read, upload.file_name, waiting_at)) {
        if (!document.result)
            return tl::unexpected(document.result.error());
        already_imported = already_imported && document.result->duplicate_document;
        result.reports += static_cast<int>(document.result->reports.size());
        const auto index = static_cast<std::size_t>(document.read - upload.read.documents.data());
        const auto& saved = document.result->reports;
        for (std::size_t report = 0; report < saved.size(); ++report) {
            const Report& read = document.read->reading.reports[report];
            result.saved.push_back(
                {saved[report].report_id, read.kind, read.intervention.name, read.period});
            if (read.figures.empty())
                continue;
            if (figures_checked(corrections, {position, index, report}))
                checked.push_back(saved[report]);
            else
                ++result.unchecked;
        }
    }
    if (already_imported)
        result.already_imported.push_back(upload.file_name);
    return {};
}

} // namespace

std::string correction_field(const ReportPlace& place, const std::string& field) {
    return "u" + std::to_string(place.upload) + "d" + std::to_string(place.document) + "r" +
           std::to_string(place.report) + "_" + field;
}

AppResult<UploadBatch> read_uploads(const User& user, const UploadReading& reading,
                                    const std::vector<UploadedFile>& files) {
    if (!AccessPolicy(user).manages_association())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    if (files.empty())
        return tl::unexpected(file_problem("Välj en fil att importera."));
    UploadBatch batch;
    for (const auto& file : files) {
        auto read = read_upload(user, reading, file);
        if (read) {
            batch.read.push_back(std::move(*read));
        } else if (read.error().code == ErrorCode::Invalid) {
            batch.failed.push_back({safe_file_name(file.file_name), read.error()});
        } else {
            // Busy or broken: what was read waits for no one, and expires.
            return tl::unexpected(read.error());
        }
    }
    return batch;
}

AppResult<ReadUpload> read_upload(const User& user, const UploadReading& reading,
                                  const std::optional<UploadedFile>& file) {
    if (!AccessPolicy(user).manages_association())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    if (!file)
        return tl::unexpected(file_problem("Välj en fil att importera."));
    if (file->bytes.empty() || file->file_name.empty())
        return tl::unexpected(
            file_problem("Filen är tom. Välj en rapport i PDF, Word (docx), text eller e-post."));
    const auto pass = reading.gate.enter();
    if (!pass)
        return tl::unexpected(busy(reading));
    const auto token = reading.uploads.add(file->bytes, file->file_name);
    if (!token)
        return tl::unexpected(AppError::internal("an uploaded file cannot be stored"));
    const auto path = reading.uploads.find(*token);
    if (!path)
        return tl::unexpected(AppError::internal("an uploaded file is gone at once"));
    ReadUpload upload{*token, safe_file_name(file->file_name), read_stored(reading, *path)};
    if (upload.read.failed()) {
        reading.uploads.remove(*token);
        if (is_busy(upload.read))
            return tl::unexpected(busy(reading));
        const std::string problems = joined(swedish_problems(upload.read));
        return tl::unexpected(
            file_problem(problems.empty() ? "Filen kunde inte läsas." : problems));
    }
    return upload;
}

AppResult<UploadPreview> preview_upload(const AppContext& context, ReadUpload upload) {
    auto interventions = interventions_of(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    context.audit(AuditAction::Upload, AuditObject::Document, std::nullopt,
                  std::string(to_string(*upload.read.format)));
    return UploadPreview{std::move(upload.token), std::move(upload.file_name),
                         std::move(upload.read), std::move(*interventions)};
}

AppResult<UploadPreview> preview_again(const AppContext& context, ReadUpload upload) {
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    auto interventions = interventions_of(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    return UploadPreview{std::move(upload.token), std::move(upload.file_name),
                         std::move(upload.read), std::move(*interventions)};
}

AppResult<ReadUpload> read_waiting_upload(const User& user, const UploadReading& reading,
                                          const std::string& token) {
    if (!AccessPolicy(user).manages_association())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    const auto pass = reading.gate.enter();
    if (!pass)
        return tl::unexpected(busy(reading));
    const auto path = reading.uploads.find(token);
    if (!path)
        return tl::unexpected(AppError::of(ErrorCode::UploadExpired));
    ReadUpload upload{token, safe_file_name(path->filename().string()),
                      read_stored(reading, *path)};
    if (is_busy(upload.read))
        return tl::unexpected(busy(reading));
    return upload;
}

AppResult<ImportSaved> save_uploads(const AppContext& context, PendingUploads& uploads,
                                    std::vector<ReadUpload> batch, const FieldSource& corrections) {
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    if (const auto checked = check_sent_fields(corrections); !checked)
        return tl::unexpected(checked.error());
    const auto interventions = interventions_of(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    if (const auto applied = apply_all_corrections(batch, corrections, *interventions); !applied)
        return tl::unexpected(applied.error());
    std::vector<std::filesystem::path> waiting;
    for (const auto& upload : batch) {
        const auto waiting_at = uploads.find(upload.token);
        if (!waiting_at)
            return tl::unexpected(AppError::of(ErrorCode::UploadExpired));
        waiting.push_back(*waiting_at);
    }
    ImportSaver saver(context.database(), context.clock(), context.user().association_id);
    ImportSaved result;
    std::vector<SavedReport> checked;
    for (std::size_t position = 0; position < batch.size(); ++position) {
        const auto saved = save_one(saver, batch[position], position, waiting[position],
                                    corrections, result, checked);
        if (!saved)
            return tl::unexpected(saved.error());
        uploads.remove(batch[position].token);
    }
    saver.finish();
    result.duplicate = !batch.empty() && result.already_imported.size() == batch.size();
    context.audit(AuditAction::Import, AuditObject::Document, std::nullopt,
                  std::to_string(result.reports) + " reports");
    // The report page's use case, so that a confirmation from the preview is checked,
    // recorded and audited exactly as one made with "Bekräfta siffrorna".
    for (const auto& saved : checked) {
        const auto confirmed = confirm_figures(context, saved.report_id, saved.version);
        // Someone saved a later version meanwhile: the kansli has not seen that one.
        if (!confirmed && confirmed.error().code == ErrorCode::VersionNotLatest) {
            ++result.unchecked;
            continue;
        }
        if (!confirmed)
            return tl::unexpected(confirmed.error());
        ++result.confirmed;
    }
    return result;
}

} // namespace finsam
