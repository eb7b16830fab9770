#include "app/imports/UploadImport.h"
#include "output/SwedishFormat.h"
#include "web/http/ErrorAnswers.h"
#include "web/pages/ImportPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

// Glossary: granska = review. Several files are read in one request without a script; the
// page's script instead sends them one at a time (POST /import as JSON, to show how far it
// has come) and then opens the review of all of them (/import/granska?fil=TOKEN...).

const std::string k_title = "Importera rapporter";

void upload_form(Exchange& exchange) {
    exchange.page("import", import_page({}), k_title);
}

/// A problem with the upload as a whole is shown on the upload form, to choose files again.
void show_upload_problem(Exchange& exchange, const AppError& error) {
    const ErrorMessage problem = error_message(error);
    exchange.page("import", import_page({{"", problem.text}}), k_title, problem.status);
}

std::vector<FileProblem> problems_of(const std::vector<FailedUpload>& failed) {
    std::vector<FileProblem> problems;
    for (const auto& file : failed)
        problems.push_back({file.file_name, error_message(file.error).text});
    return problems;
}

/// The review of the files read (each previewed and recorded), with those that could not be.
void show_review(Exchange& exchange, std::vector<ReadUpload> read,
                 const std::vector<FileProblem>& problems) {
    const AppContext app = exchange.app();
    std::vector<UploadPreview> previews;
    for (auto& upload : read) {
        auto preview = preview_upload(app, std::move(upload));
        if (exchange.failed(preview))
            return;
        previews.push_back(std::move(*preview));
    }
    exchange.page("import_preview", import_preview_page(previews, problems),
                  "Kontrollera importen");
}

std::vector<UploadedFile> sent_files(const FormInput& input) {
    std::vector<UploadedFile> files;
    for (const auto& [bytes, name] : input.files("file"))
        files.push_back({bytes, name});
    return files;
}

/// One file sent by the page's script: where it waits, or why it cannot be read, as JSON.
void upload_one(Exchange& exchange, const std::vector<UploadedFile>& files) {
    std::optional<UploadedFile> sent;
    if (files.size() == 1)
        sent = files.front();
    auto read = read_upload(exchange.visitor().user, exchange.web().upload_reading(), sent);
    if (!read) {
        exchange.fail_as_json(read.error());
        return;
    }
    exchange.reply().json({{"token", read->token}, {"file_name", read->file_name}});
}

void upload(Exchange& exchange) {
    const auto files = sent_files(exchange.input());
    // Reading files takes seconds: meanwhile the database connection serves others.
    exchange.release_database();
    if (exchange.request().get_header_value("Accept").find("application/json") !=
        std::string::npos) {
        upload_one(exchange, files);
        return;
    }
    auto batch = read_uploads(exchange.visitor().user, exchange.web().upload_reading(), files);
    if (!batch && batch.error().code == ErrorCode::Invalid) {
        show_upload_problem(exchange, batch.error());
        return;
    }
    if (exchange.failed(batch))
        return;
    if (batch->read.empty()) {
        exchange.page("import", import_page(problems_of(batch->failed)), k_title, 422);
        return;
    }
    show_review(exchange, std::move(batch->read), problems_of(batch->failed));
}

/// The uploads waiting under `tokens`, read again; false, with the problem answered, when
/// one is gone or cannot be read now.
bool read_waiting(Exchange& exchange, const std::vector<std::string>& tokens,
                  std::vector<ReadUpload>& read) {
    if (tokens.empty()) {
        show_upload_problem(exchange, AppError::of(ErrorCode::UploadExpired));
        return false;
    }
    for (const auto& token : tokens) {
        auto upload =
            read_waiting_upload(exchange.visitor().user, exchange.web().upload_reading(), token);
        if (!upload && upload.error().code == ErrorCode::UploadExpired) {
            show_upload_problem(exchange, upload.error());
            return false;
        }
        if (exchange.failed(upload))
            return false;
        read.push_back(std::move(*upload));
    }
    return true;
}

void review(Exchange& exchange) {
    exchange.release_database();
    std::vector<ReadUpload> read;
    if (read_waiting(exchange, exchange.input().values("fil"), read))
        show_review(exchange, std::move(read), {});
}

/// What became of the saved uploads' reports and their figures, in Swedish.
std::string saved_text(const ImportSaved& saved) {
    std::string text = count_of(saved.reports, "rapport", "rapporter") + " sparades. " +
                       (saved.reports == 1 ? "Den" : "De") +
                       " syns under Insatser och i översikten.";
    if (saved.confirmed > 0)
        text +=
            " Nyckeltalen i " + std::to_string(saved.confirmed) + " av dem är bekräftade av dig.";
    if (saved.unchecked > 0)
        text += " Nyckeltalen i " + std::to_string(saved.unchecked) +
                " av dem markerades inte som kontrollerade: de räknas som lästa ur texten, ej "
                "bekräftade, tills någon bekräftar dem på rapportens sida.";
    return text;
}

/// The review again, as the kansli sent it, with each correction that could not be saved at
/// its field (a date written wrong, a report left without an insats).
void show_review_again(Exchange& exchange, const AppError& error) {
    std::vector<ReadUpload> read;
    if (!read_waiting(exchange, exchange.input().values("token"), read))
        return;
    const AppContext app = exchange.app();
    std::vector<UploadPreview> previews;
    for (auto& upload : read) {
        auto preview = preview_again(app, std::move(upload));
        if (exchange.failed(preview))
            return;
        previews.push_back(std::move(*preview));
    }
    const FieldSource sent = exchange.input().fields();
    const SentReview review{sent, error.fields};
    exchange.page("import_preview", import_preview_page(previews, {}, &review),
                  "Kontrollera importen", 422);
}

void confirm(Exchange& exchange) {
    exchange.release_database();
    std::vector<ReadUpload> read;
    if (!read_waiting(exchange, exchange.input().values("token"), read))
        return;
    const auto saved = save_uploads(exchange.app(), exchange.web().uploads(), std::move(read),
                                    exchange.input().fields());
    if (!saved && saved.error().code == ErrorCode::ImportCorrectionsInvalid) {
        show_review_again(exchange, saved.error());
        return;
    }
    if (exchange.failed(saved))
        return;
    if (saved->duplicate) {
        exchange.message(200, "Redan importerat",
                         saved->already_imported.size() == 1
                             ? "Samma fil har importerats tidigare. Ingenting nytt sparades."
                             : "Samma filer har importerats tidigare. Ingenting nytt sparades.");
        return;
    }
    exchange.page("import_saved", import_saved_page(*saved, saved_text(*saved)),
                  "Importen är sparad");
}

} // namespace

RouteTable import_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/import", Who::Kansli, upload_form},
                {Method::Post, "/import", Who::Kansli, upload},
                {Method::Get, "/import/granska", Who::Kansli, review},
                {Method::Post, "/import/spara", Who::Kansli, confirm},
            }};
}

} // namespace finsam
