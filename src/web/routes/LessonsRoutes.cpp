#include "app/lessons/Lessons.h"
#include "app/lessons/LessonsJson.h"
#include "domain/Text.h"
#include "web/pages/LessonsPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void show_lessons_page(Exchange& exchange) {
    const FieldSource fields = exchange.input().fields();
    const BoardLayout& layout = exchange.web().board_layout();
    const AppContext app = exchange.app();
    const std::string typed_period(trim(fields.value("period")));
    const auto asked = lessons_asked(fields, app.clock().today());
    if (!asked && asked.error().code == ErrorCode::Invalid) {
        // The form again with what could not be read said above it.
        PeriodLessons typed;
        typed.asked.text = fields.value("q");
        exchange.page("lessons", lessons_page(typed, typed_period, asked.error().fields),
                      "Lärdomar", 422);
        return;
    }
    if (exchange.failed(asked))
        return;
    const auto lessons = show_lessons(app, *asked, layout);
    if (exchange.failed(lessons))
        return;
    exchange.page("lessons", lessons_page(*lessons, to_string(asked->selection), {}),
                  "Lärdomar " + period_selection_label(asked->selection));
}

void show_lessons_json(Exchange& exchange) {
    const AppContext app = exchange.app();
    const auto asked = lessons_asked(exchange.input().fields(), app.clock().today());
    if (exchange.failed(asked))
        return;
    const auto lessons = show_lessons(app, *asked, exchange.web().board_layout());
    if (exchange.failed(lessons))
        return;
    exchange.reply().json(lessons_json(*lessons));
}

} // namespace

RouteTable lessons_routes() {
    return {Audience::Pages, {{Method::Get, "/lardomar", Who::SignedIn, show_lessons_page}}};
}

RouteTable lessons_api_routes() {
    return {Audience::Api, {{Method::Get, "/api/v1/lardomar", Who::SignedIn, show_lessons_json}}};
}

} // namespace finsam
