#include "app/startpages/BoardNews.h"
#include "app/startpages/KansliWork.h"
#include "app/startpages/OwnerToDo.h"
#include "app/startpages/StartPage.h"
#include "web/pages/StartPages.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

/// What a user sees first after logging in: their role's start page.
void start_page(Exchange& exchange) {
    const AppContext app = exchange.app();
    switch (start_page_for(app.policy())) {
    case StartPage::KansliWork: {
        const auto work = kansli_work(app);
        if (!exchange.failed(work))
            exchange.page("start_kansli", kansli_start_page(*work), "Kansliets arbete");
        return;
    }
    case StartPage::BoardNews: {
        const auto news = board_news(app, parse_iso_date(exchange.input().value("sedan")));
        if (!exchange.failed(news))
            exchange.page("start_board", board_start_page(*news),
                          "Nytt sedan " + format_iso(news->since));
        return;
    }
    case StartPage::OwnerToDo: {
        const auto to_do = owner_to_do(app);
        if (!exchange.failed(to_do))
            exchange.page("start_owner", owner_start_page(*to_do), "Att göra");
        return;
    }
    }
}

} // namespace

RouteTable start_page_routes() {
    return {Audience::Pages, {{Method::Get, "/", Who::SignedIn, start_page}}};
}

} // namespace finsam
