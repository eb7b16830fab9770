#include "web/http/ErrorAnswers.h"

#include "domain/Text.h"
#include "output/SwedishLabels.h"

#include <string_view>

namespace finsam {

namespace {

/// What an error says. In texts, {report} stands for the report's address, {status} for
/// its status and {wait} for how long to wait; a page's text for field errors lists the fields'
/// messages first.
struct ErrorAnswer {
    int status;
    std::string_view json_code;
    std::string_view heading;
    std::string_view page_text;
    std::string_view api_message;
};

/// The table: a switch without a default, so that a new ErrorCode without its answer does
/// not compile (-Wswitch, an error in CI).
ErrorAnswer answer_for(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return {404, "not_found", "Sidan finns inte",
                "Adressen leder inte till någon sida. Den kan ha flyttats eller tagits bort.",
                "Det finns inget med den adressen."};
    case ErrorCode::Forbidden:
        return {403, "forbidden", "Åtkomst nekad",
                "Du har inte behörighet till den här sidan. Kontakta förbundets kansli om du "
                "behöver den.",
                "Du har inte behörighet till detta."};
    case ErrorCode::Invalid:
        return {422, "invalid", "Uppgifterna behöver rättas", "", "Uppgifterna är inte giltiga."};
    case ErrorCode::MalformedRequest:
        return {400, "invalid", "Begäran kunde inte läsas", "Det som skickades gick inte att läsa.",
                "Skicka ett JSON-objekt."};
    case ErrorCode::NoReportForm:
        return {404, "not_found", "Formuläret finns inte",
                "Förbundet har ingen webbmall för den här rapporttypen.",
                "Förbundet har ingen webbmall för rapporttypen."};
    case ErrorCode::ReportNotEditable:
        return {409, "stale", "Rapporten kan inte ändras",
                "Rapporten är {status} och kan inte ändras. Kansliet kan begära komplettering.",
                "Rapporten har ändrats eller kan inte längre ändras."};
    case ErrorCode::ReportChanged:
        return {409, "stale", "Rapporten har ändrats",
                "Rapporten har sparats, skickats in eller ändrats i ett annat fönster sedan du "
                "öppnade formuläret, så det du skrev nu sparades inte. Öppna rapporten igen: "
                "{report}",
                "Rapporten har ändrats i ett annat fönster eller kan inte längre ändras. Ladda "
                "om sidan."};
    case ErrorCode::ReportExists:
        return {409, "exists", "Rapporten finns redan",
                "Det finns redan en rapport för den perioden, påbörjad i ett annat fönster eller "
                "av någon annan. Det du skrev sparades inte. Öppna rapporten: {report}",
                "Det finns redan en rapport för den perioden."};
    case ErrorCode::ReportActionOutdated:
        return {409, "stale", "Rapporten har ändrats",
                "Rapporten har ändrats sedan du öppnade sidan, så åtgärden gjordes inte. Öppna "
                "rapporten igen och se dess nya status.",
                "Rapporten har ändrats eller har fel status för åtgärden."};
    case ErrorCode::VersionNotLatest:
        return {409, "not_latest", "Versionen är inte den senaste",
                "Bara den senaste versionens siffror kan bekräftas: rapporten har en senare "
                "version. Öppna rapporten och bekräfta den senaste versionens siffror: {report}",
                "Bara den senaste versionens siffror kan bekräftas. Rapporten har en senare "
                "version."};
    case ErrorCode::CommentMissing:
        return {422, "invalid", "Skriv en kommentar",
                "Skriv vad insatsägaren behöver komplettera innan du skickar tillbaka rapporten.",
                "En begäran om komplettering behöver en kommentar."};
    case ErrorCode::RegistryPatternUnusable:
        return {422, "registry_pattern", "Diarienumret kunde inte skapas",
                "Förbundets mönster för diarienummer går inte att använda, eller ger ett nummer "
                "som en annan rapport redan har. Rätta det under Inställningar.",
                "Förbundets mönster för diarienummer går inte att använda, eller ger ett nummer "
                "som en annan rapport redan har. Rätta det under Inställningar."};
    case ErrorCode::InterventionChanged:
        return {409, "stale", "Insatsen har ändrats",
                "Någon annan har sparat ändringar i insatsen sedan du öppnade formuläret. Öppna "
                "insatsen igen och gör om dina ändringar; ingenting av det du skrev sparades.",
                "Insatsen har ändrats sedan du läste den."};
    case ErrorCode::SettingsChanged:
        return {409, "stale", "Inställningarna har ändrats",
                "Någon annan har sparat inställningarna sedan du öppnade sidan. Öppna den igen "
                "och gör om dina ändringar.",
                "Någon annan har sparat inställningarna sedan du läste dem."};
    case ErrorCode::UploadExpired:
        return {410, "gone", "Uppladdningen finns inte längre",
                "Uppladdningen har gått ut eller är redan sparad. Ladda upp filen igen.",
                "Uppladdningen har gått ut eller är redan sparad."};
    case ErrorCode::SurveyClosed:
        return {410, "closed", "Enkäten är stängd",
                "Enkäten tar inte emot fler svar. Tack ändå för att du ville svara!",
                "Enkäten är stängd och tar inte emot fler svar."};
    case ErrorCode::ImportCorrectionsInvalid:
        return {422, "invalid", "Importen sparades inte", "Gå tillbaka och rätta.",
                "Rättelserna är inte giltiga."};
    case ErrorCode::LoginExpired:
        return {403, "csrf", "Inloggningen gick ut", "Inloggningen gick ut. Försök igen.",
                "Inloggningen gick ut. Försök igen."};
    case ErrorCode::LoginThrottled:
        return {429, "too_many_attempts", "För många försök",
                "För många misslyckade inloggningar. Vänta {wait} och försök igen.",
                "För många misslyckade inloggningar. Vänta {wait} och försök igen."};
    case ErrorCode::ImportBusy:
        return {503, "busy", "Servern är upptagen",
                "Servern läser andra filer just nu. Vänta {wait} och ladda upp filen igen.",
                "Servern läser andra filer just nu. Vänta {wait} och försök igen."};
    case ErrorCode::LoginFailed:
        return {401, "unauthenticated", "Inloggningen misslyckades",
                "Fel användarnamn eller lösenord.", "Fel användarnamn eller lösenord."};
    case ErrorCode::Unauthenticated:
        return {401, "unauthenticated", "Logga in", "Logga in för att se sidan.",
                "Logga in eller ange en API-nyckel."};
    case ErrorCode::RequestForged:
        return {403, "csrf", "Formuläret kunde inte skickas",
                "Formuläret var för gammalt eller kom från en annan webbplats. Ladda om sidan och "
                "försök igen.",
                "Begäran saknar giltig CSRF-token."};
    case ErrorCode::LengthRequired:
        return {411, "length_required", "Begäran saknar längd",
                "Servern tar bara emot innehåll med angiven längd. Skicka formuläret igen från "
                "webbläsaren.",
                "Skicka innehållet med Content-Length."};
    case ErrorCode::PayloadTooLarge:
        return {413, "too_large", "Filen är för stor",
                "Det du skickade är större än 25 MB och togs inte emot. Dela upp filen eller "
                "minska den och försök igen.",
                "Det du skickade är större än 25 MB och togs inte emot."};
    case ErrorCode::BadRequest:
        return {400, "bad_request", "Begäran kunde inte hanteras",
                "Servern kunde inte hantera begäran. Försök igen.",
                "Servern kunde inte hantera begäran."};
    case ErrorCode::Internal:
        return {500, "internal", "Något gick fel",
                "Ett fel uppstod på servern och ingenting sparades. Försök igen om en stund.",
                "Ett fel uppstod på servern. Försök igen."};
    }
    return answer_for(ErrorCode::Internal);
}

std::string replaced(std::string text, std::string_view placeholder, const std::string& value) {
    if (const auto at = text.find(placeholder); at != std::string::npos)
        text.replace(at, placeholder.size(), value);
    return text;
}

/// How long to wait, in words: "en stund" when the error does not say.
std::string wait_in_words(const std::optional<std::chrono::seconds>& wait) {
    if (!wait || wait->count() <= 0)
        return "en stund";
    if (wait->count() == 1)
        return "en sekund";
    return std::to_string(wait->count()) + " sekunder";
}

std::string filled(std::string_view text, const AppError& error) {
    std::string result = replaced(std::string(text), "{wait}", wait_in_words(error.retry_after));
    if (error.report_id)
        result = replaced(result, "{report}", "/rapporter/" + std::to_string(*error.report_id));
    if (error.status)
        result = replaced(result, "{status}", lowercase(status_label(*error.status)));
    return result;
}

std::string field_messages(const AppError& error) {
    std::string text;
    for (const auto& field : error.fields)
        text += (text.empty() ? "" : " ") + field.message;
    return text;
}

} // namespace

ErrorMessage error_message(const AppError& error) {
    const ErrorAnswer answer = answer_for(error.code);
    std::string text = filled(answer.page_text, error);
    if (!error.fields.empty())
        text = field_messages(error) + (text.empty() ? "" : " " + text);
    return {answer.status, std::string(answer.heading), text};
}

ErrorJson error_json(const AppError& error) {
    const ErrorAnswer answer = answer_for(error.code);
    nlohmann::json problem{{"code", answer.json_code},
                           {"message", error.fields.empty() ? filled(answer.api_message, error)
                                                            : error.fields.front().message}};
    if (!error.fields.empty()) {
        nlohmann::json fields = nlohmann::json::array();
        for (const auto& field : error.fields)
            fields.push_back({{"field", field.field}, {"message", field.message}});
        problem["fields"] = fields;
    }
    if (error.code == ErrorCode::ReportExists && error.report_id)
        problem["report_id"] = *error.report_id;
    return {answer.status, {{"error", problem}}};
}

} // namespace finsam
