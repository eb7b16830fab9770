#include "app/audit/AuditTrail.h"

#include "output/SwedishLabels.h"
#include "storage/UserStore.h"

#include <charconv>

namespace finsam {

namespace {

std::optional<std::int64_t> whole_number(const std::string& text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1)
        return std::nullopt;
    return value;
}

/// The store's query for the förbund: the filter's Swedish days as moments in UTC.
/// The words the use cases write into an entry's detail (English, as logs are) and how a
/// person reads them; the rest of a detail is numbers, periods, formats and addresses.
constexpr std::pair<std::string_view, std::string_view> k_detail_words[] = {
    {"audit trail export", "export av händelseloggen"},
    {"command line", "kommandoraden"},
    {"board report", "styrelserapport"},
    {"statistics", "statistik"},
    {"invitation", "genom länk"},
    {"by kind", "efter typ"},
    {"reports", "rapporter"},
    {"source", "källa"},
    {"api", "API"},
};

AuditQuery query_of(const AppContext& context, const AuditFilter& filter, int limit, int offset) {
    AuditQuery query;
    query.association_id = context.user().association_id;
    query.user_id = filter.user_id;
    query.action = filter.action;
    if (filter.from)
        query.from = swedish_midnight(*filter.from);
    if (filter.to)
        query.until =
            swedish_midnight(Date{std::chrono::sys_days{*filter.to} + std::chrono::days{1}});
    query.limit = limit;
    query.offset = offset;
    return query;
}

AppResult<void> check_reads_trail(const AppContext& context) {
    if (!context.policy().administers_users())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    return {};
}

} // namespace

AppResult<AuditFilter> audit_filter(const FieldSource& fields) {
    AuditFilter filter;
    std::vector<FieldError> errors;
    if (const auto who = fields.value("vem"); !who.empty()) {
        filter.user_id = whole_number(who);
        if (!filter.user_id)
            errors.push_back({"vem", "Välj en användare i listan."});
    }
    if (const auto what = fields.value("vad"); !what.empty()) {
        filter.action = audit_action_from_string(what);
        if (!filter.action)
            errors.push_back({"vad", "Välj en händelse i listan."});
    }
    for (const auto& [field, date] :
         {std::pair{"fran", &filter.from}, std::pair{"till", &filter.to}}) {
        if (const auto text = fields.value(field); !text.empty()) {
            *date = parse_iso_date(text);
            if (!*date)
                errors.push_back({field, "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-07."});
        }
    }
    if (filter.from && filter.to && *filter.to < *filter.from)
        errors.push_back({"till", "Till-datumet är före från-datumet."});
    if (const auto page = fields.value("sida"); !page.empty()) {
        const auto number = whole_number(page);
        if (!number || *number > 1'000'000)
            errors.push_back({"sida", "Sidan finns inte."});
        else
            filter.page = static_cast<int>(*number);
    }
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    return filter;
}

AppResult<AuditTrailPage> audit_trail(const AppContext& context, const AuditFilter& filter) {
    if (const auto allowed = check_reads_trail(context); !allowed)
        return tl::unexpected(allowed.error());
    AuditStore audit(context.database());
    // One entry more than a page tells whether older ones follow.
    auto entries = audit.search(
        query_of(context, filter, k_audit_page_size + 1, (filter.page - 1) * k_audit_page_size));
    if (!entries)
        return tl::unexpected(AppError::internal(entries.error()));
    AuditTrailPage page;
    page.filter = filter;
    page.has_older = entries->size() > static_cast<std::size_t>(k_audit_page_size);
    if (page.has_older)
        entries->pop_back();
    page.entries = std::move(*entries);
    auto users = UserStore(context.database(), context.clock()).list(context.user().association_id);
    if (!users)
        return tl::unexpected(AppError::internal(users.error()));
    page.users = std::move(*users);
    return page;
}

AppResult<DataTable> audit_trail_table(const AppContext& context, const AuditFilter& filter) {
    if (const auto allowed = check_reads_trail(context); !allowed)
        return tl::unexpected(allowed.error());
    AuditStore audit(context.database());
    const auto entries = audit.search(query_of(context, filter, k_audit_export_limit, 0));
    if (!entries)
        return tl::unexpected(AppError::internal(entries.error()));
    DataTable table{"Händelselogg", {"Tid", "Vem", "Vad", "Detalj"}, {}, {}};
    for (const auto& entry : *entries) {
        table.rows.push_back(
            {DataCell{swedish_minute_text(entry.event.at)},
             DataCell{entry.user_name.empty() ? std::string("–") : entry.user_name},
             DataCell{audit_entry_text(entry)}, DataCell{audit_detail_text(entry.event.detail)}});
    }
    table.notes.push_back("Tider i svensk tid.");
    context.audit(AuditAction::View, AuditObject::Page, std::nullopt, "audit trail export");
    return table;
}

std::string audit_detail_text(const std::string& detail) {
    // Whole words only: an address in a detail ("GET /api/v1/...") stays as it was.
    const auto separates = [](char character) { return character == ' ' || character == ','; };
    std::string text = detail;
    for (const auto& [english, swedish] : k_detail_words) {
        for (auto at = text.find(english); at != std::string::npos; at = text.find(english, at)) {
            const auto end = at + english.size();
            if ((at == 0 || separates(text[at - 1])) &&
                (end == text.size() || separates(text[end]))) {
                text.replace(at, english.size(), swedish);
                at += swedish.size();
            } else {
                at = end;
            }
        }
    }
    return text;
}

std::string audit_entry_text(const AuditEntry& entry) {
    std::string text = std::string(audit_label(entry.event.action)) + " " +
                       std::string(audit_object_label(entry.event.object));
    if (!entry.object_name.empty())
        text += " " + entry.object_name;
    else if (entry.event.object_id)
        text += " " + std::to_string(*entry.event.object_id);
    return text;
}

} // namespace finsam
