#include "app/imports/UploadImport.h"
#include "output/SwedishFormat.h"
#include "web/http/ErrorAnswers.h"
#include "web/pages/ImportPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void upload_form(Exchange& exchange) {
    exchange.page("import", import_page(""), "Importera en rapport");
}

/// A problem with the upload is shown on the upload form, to choose a file again.
void show_upload_problem(Exchange& exchange, const AppError& error) {
    const ErrorMessage problem = error_message(error);
    exchange.page("import", import_page(problem.text), "Importera en rapport", problem.status);
}

void upload(Exchange& exchange) {
    std::optional<UploadedFile> sent;
    if (const auto file = exchange.input().file("file"))
        sent = UploadedFile{file->first, file->second};
    // Reading a file takes seconds: meanwhile the database connection serves others.
    exchange.release_database();
    auto read = read_upload(exchange.visitor().user, exchange.web().upload_reading(), sent);
    if (!read && read.error().code == ErrorCode::Invalid) {
        show_upload_problem(exchange, read.error());
        return;
    }
    if (exchange.failed(read))
        return;
    const auto preview = preview_upload(exchange.app(), std::move(*read));
    if (exchange.failed(preview))
        return;
    exchange.page("import_preview", import_preview_page(*preview), "Kontrollera importen");
}

/// What became of a saved upload's reports and their figures, in Swedish.
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

void confirm(Exchange& exchange) {
    exchange.release_database();
    auto read = read_waiting_upload(exchange.visitor().user, exchange.web().upload_reading(),
                                    exchange.input().value("token"));
    if (!read && read.error().code == ErrorCode::UploadExpired) {
        show_upload_problem(exchange, read.error());
        return;
    }
    if (exchange.failed(read))
        return;
    const auto saved = save_upload(exchange.app(), exchange.web().uploads(), std::move(*read),
                                   exchange.input().fields());
    if (exchange.failed(saved))
        return;
    if (saved->duplicate) {
        exchange.message(200, "Filen var redan importerad",
                         "Samma fil har importerats tidigare. Ingenting nytt sparades.");
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
                {Method::Post, "/import/spara", Who::Kansli, confirm},
            }};
}

} // namespace finsam
