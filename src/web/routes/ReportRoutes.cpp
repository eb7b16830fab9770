#include "app/reports/ConfirmFigures.h"
#include "app/reports/EditReport.h"
#include "app/reports/OriginalFileDownload.h"
#include "app/reports/RedactVersion.h"
#include "app/reports/ReportWorkflow.h"
#include "app/reports/ShowReport.h"
#include "output/SwedishLabels.h"
#include "web/pages/ReportFormPage.h"
#include "web/pages/ReportPage.h"
#include "web/pages/ReportText.h"
#include "web/pages/ReportVersionPage.h"
#include "web/routes/Routes.h"

#include <cctype>
#include <charconv>
#include <filesystem>

namespace finsam {

namespace {

std::string report_path(std::int64_t report_id) {
    return "/rapporter/" + std::to_string(report_id);
}

/// The `revision` a form posted; -1 when missing, which no report has.
int posted_revision(const FormInput& input) {
    const std::string text = input.value("revision");
    int revision = -1;
    std::from_chars(text.data(), text.data() + text.size(), revision);
    return revision;
}

SaveMode posted_mode(const FormInput& input) {
    return input.value("action") == "submit" ? SaveMode::Submit : SaveMode::Draft;
}

ReportKind chosen_kind(const FormInput& input) {
    return report_kind_from_string(input.value("typ")).value_or(ReportKind::Quarterly);
}

void show_form(Exchange& exchange, const AppResult<ReportFormData>& form,
               const std::vector<FieldError>& errors, int status,
               const ReportFormValues* saved_elsewhere = nullptr) {
    if (exchange.failed(form))
        return;
    exchange.page("report_form", report_form_page(*form, errors, saved_elsewhere),
                  std::string(kind_label(form->definition->kind)) + " – " + form->intervention.name,
                  status);
}

/// A form saved over a report changed since it was opened (another tab, a colleague): the
/// form again with what was typed in its fields, at the report's new revision so that saving
/// keeps it, and the saved text beside each field where the two differ. False when the report
/// can no longer be written (submitted elsewhere): the caller says so.
bool show_both_versions(Exchange& exchange, std::int64_t report_id, const FieldSource& fields) {
    const AppContext app = exchange.app();
    const auto saved = edit_report_form(app, report_id);
    const auto typed = edit_report_form(app, report_id, &fields);
    if (!saved || !typed)
        return false;
    show_form(exchange, typed, {}, 409, &saved->values);
    return true;
}

/// Where a saved form leads: the report once submitted, the form again after a draft.
void after_saving(Exchange& exchange, const ReportState& saved, SaveMode mode) {
    exchange.reply().redirect(mode == SaveMode::Submit
                                  ? report_path(saved.id)
                                  : report_path(saved.id) + "/redigera?sparat=1");
}

void new_report(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    // A start page's "Skriv rapporten" names the period that is due (`fran`).
    show_form(exchange,
              new_report_form(exchange.app(), *id, chosen_kind(exchange.input()), nullptr,
                              parse_iso_date(exchange.input().value("fran"))),
              {}, 200);
}

void create(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const AppContext app = exchange.app();
    const FieldSource fields = exchange.input().fields();
    const ReportKind kind = chosen_kind(exchange.input());
    const SaveMode mode = posted_mode(exchange.input());
    const auto saved = create_report(app, *id, kind, fields, mode);
    if (!saved && saved.error().code == ErrorCode::Invalid) {
        show_form(exchange, new_report_form(app, *id, kind, &fields), saved.error().fields, 422);
        return;
    }
    if (exchange.failed(saved))
        return;
    after_saving(exchange, *saved, mode);
}

void edit(Exchange& exchange) {
    if (const auto id = exchange.path_id())
        show_form(exchange, edit_report_form(exchange.app(), *id), {}, 200);
}

void save(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const AppContext app = exchange.app();
    const FieldSource fields = exchange.input().fields();
    const SaveMode mode = posted_mode(exchange.input());
    const auto saved = save_report(app, *id, fields, mode, posted_revision(exchange.input()));
    if (saved) {
        after_saving(exchange, *saved, mode);
        return;
    }
    const AppError& error = saved.error();
    if (error.code == ErrorCode::Invalid) {
        show_form(exchange, edit_report_form(app, *id, &fields), error.fields, 422);
        return;
    }
    // A double-clicked submit: the first click did it.
    if (error.code == ErrorCode::ReportChanged && mode == SaveMode::Submit &&
        error.status == ReportStatus::Submitted) {
        exchange.reply().redirect(report_path(*id));
        return;
    }
    if (error.code == ErrorCode::ReportChanged && show_both_versions(exchange, *id, fields))
        return;
    exchange.fail(error);
}

/// The form's script saves the draft a few seconds after each change; it reads JSON.
void autosave(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto saved = save_report(exchange.app(), *id, exchange.input().fields(),
                                   SaveMode::Autosave, posted_revision(exchange.input()));
    if (!saved) {
        exchange.fail_as_json(saved.error());
        return;
    }
    exchange.reply().json({{"revision", saved->revision}});
}

/// The script's first autosave of a new report creates it as a draft, so that nothing typed
/// waits for a first save by hand; it answers where the form now saves.
void autosave_new(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto saved = create_report(exchange.app(), *id, chosen_kind(exchange.input()),
                                     exchange.input().fields(), SaveMode::Autosave);
    if (!saved) {
        exchange.fail_as_json(saved.error());
        return;
    }
    const std::string path = report_path(saved->id);
    exchange.reply().json({{"report_id", saved->id},
                           {"revision", saved->revision},
                           {"autosave", path + "/utkast"},
                           {"action", path + "/redigera"},
                           {"period", period_text(saved->period)}});
}

void report(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto details = show_report(exchange.app(), *id);
    if (exchange.failed(details))
        return;
    exchange.page("report", report_page(*details),
                  report_title(details->state, details->intervention));
}

void version(Exchange& exchange) {
    const auto id = exchange.path_id(1);
    const auto number = id ? exchange.path_id(2) : std::nullopt;
    if (!number)
        return;
    const auto details = show_version(exchange.app(), *id, *number);
    if (exchange.failed(details))
        return;
    exchange.page("report_version", report_version_page(*details), report_version_title(*details));
}

/// The type a kept original is sent with, by its name's extension: the importer decided its
/// format by content, but a browser opens a download by type.
std::string original_content_type(std::string_view file_name) {
    const auto dot = file_name.rfind('.');
    std::string extension(dot == std::string_view::npos ? "" : file_name.substr(dot + 1));
    for (auto& character : extension)
        character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
    if (extension == "pdf")
        return "application/pdf";
    if (extension == "docx")
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (extension == "eml")
        return "message/rfc822";
    if (extension == "txt" || extension == "md")
        return "text/plain";
    return "application/octet-stream";
}

/// The file a version arrived as, byte for byte, saved under its own name.
void original(Exchange& exchange) {
    const auto id = exchange.path_id(1);
    const auto number = id ? exchange.path_id(2) : std::nullopt;
    if (!number)
        return;
    auto file = download_original(exchange.app(), *id, *number);
    if (exchange.failed(file))
        return;
    const std::string name = std::filesystem::path(file->file.file_name).filename().string();
    const std::string type = original_content_type(name);
    exchange.reply().download(std::move(file->bytes), type, name);
}

/// The kansli's removal of personal data from a version; back to the version, which says so.
void redact(Exchange& exchange) {
    const auto id = exchange.path_id(1);
    const auto number = id ? exchange.path_id(2) : std::nullopt;
    if (!number)
        return;
    const AppContext app = exchange.app();
    const FormInput& input = exchange.input();
    const auto redacted = redact_version(app, *id, *number, input.fields());
    if (!redacted && redacted.error().code == ErrorCode::Invalid) {
        const auto details = show_version(app, *id, *number);
        if (exchange.failed(details))
            return;
        const RedactionForm form{input.value("phrases"), input.has("every_version"),
                                 redacted.error().fields};
        exchange.page("report_version", report_version_page(*details, form),
                      report_version_title(*details), 422);
        return;
    }
    if (exchange.failed(redacted))
        return;
    exchange.reply().redirect(report_path(*id) + "/versioner/" + std::to_string(*number));
}

/// The kansli confirms a version's figures read from the text; back to the page it came from,
/// which says when and by whom. A second click finds them confirmed and leads back the same.
void confirm(Exchange& exchange) {
    const auto id = exchange.path_id(1);
    const auto number = id ? exchange.path_id(2) : std::nullopt;
    if (!number)
        return;
    const auto confirmed = confirm_figures(exchange.app(), *id, *number);
    if (exchange.failed(confirmed))
        return;
    const bool to_version = exchange.input().value("tillbaka") == "version";
    exchange.reply().redirect(
        to_version ? report_path(*id) + "/versioner/" + std::to_string(*number) : report_path(*id));
}

void act(Exchange& exchange, WorkflowAction action) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const FormInput& input = exchange.input();
    const ActionInput posted{posted_revision(input), input.trimmed("comment"),
                             input.trimmed("signature"), input.trimmed("arrival_date"),
                             input.trimmed("registry_number")};
    const auto done = act_on_report(exchange.app(), *id, action, posted);
    if (exchange.failed(done))
        return;
    exchange.reply().redirect(report_path(done->id));
}

void register_report(Exchange& exchange) {
    act(exchange, WorkflowAction::Register);
}

void return_report(Exchange& exchange) {
    act(exchange, WorkflowAction::Return);
}

void review_report(Exchange& exchange) {
    act(exchange, WorkflowAction::Review);
}

} // namespace

RouteTable report_routes() {
    return {
        Audience::Pages,
        {
            {Method::Get, R"(/insatser/(\d+)/ny-rapport)", Who::SignedIn, new_report},
            {Method::Post, R"(/insatser/(\d+)/ny-rapport)", Who::SignedIn, create},
            {Method::Post, R"(/insatser/(\d+)/ny-rapport/utkast)", Who::SignedIn, autosave_new},
            {Method::Get, R"(/rapporter/(\d+))", Who::SignedIn, report},
            {Method::Get, R"(/rapporter/(\d+)/versioner/(\d+))", Who::SignedIn, version},
            {Method::Get, R"(/rapporter/(\d+)/versioner/(\d+)/original)", Who::Kansli, original},
            {Method::Post, R"(/rapporter/(\d+)/versioner/(\d+)/gallra)", Who::Kansli, redact},
            {Method::Post, R"(/rapporter/(\d+)/versioner/(\d+)/bekrafta)", Who::Kansli, confirm},
            {Method::Get, R"(/rapporter/(\d+)/redigera)", Who::SignedIn, edit},
            {Method::Post, R"(/rapporter/(\d+)/redigera)", Who::SignedIn, save},
            {Method::Post, R"(/rapporter/(\d+)/utkast)", Who::SignedIn, autosave},
            {Method::Post, R"(/rapporter/(\d+)/registrera)", Who::Kansli, register_report},
            {Method::Post, R"(/rapporter/(\d+)/komplettering)", Who::Kansli, return_report},
            {Method::Post, R"(/rapporter/(\d+)/granska)", Who::Kansli, review_report},
        }};
}

} // namespace finsam
