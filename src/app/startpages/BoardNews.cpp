#include "app/startpages/BoardNews.h"

#include <chrono>

namespace finsam {

namespace {

using namespace std::chrono;

/// The default for "since the last meeting": a board that meets every few months has seen
/// what was reviewed before then.
Date three_months_before(Date today) {
    const Date back = today - months{3};
    return back.ok() ? back : Date{back.year() / back.month() / last};
}

} // namespace

AppResult<BoardNews> board_news(const AppContext& context, std::optional<Date> since) {
    const Date today = context.clock().today();
    BoardNews news{since.value_or(three_months_before(today)), since.has_value(), {}};
    // The Swedish day begins at most two hours before the UTC one; what was reviewed in those
    // hours of the day before is left out below, by its Swedish date.
    const Timestamp from(sys_days{news.since} - hours{2});
    WorkListQueries queries(context.database());
    auto reviewed = queries.reviewed_since(context.user().association_id, from,
                                           context.policy().intervention_scope());
    if (!reviewed)
        return tl::unexpected(AppError::internal(reviewed.error()));
    for (auto& item : *reviewed) {
        const bool on_or_after = item.since && !(swedish_date(*item.since) < news.since);
        if (on_or_after && context.policy().disclosure().shows_report(item.status))
            news.reviewed.push_back(std::move(item));
    }
    return news;
}

} // namespace finsam
