#include "app/boardreport/BoardReport.h"
#include "domain/Text.h"
#include "output/BoardFormats.h"
#include "output/BoardJson.h"
#include "web/pages/BoardReportPage.h"
#include "web/routes/Routes.h"

#include <algorithm>
#include <charconv>

namespace finsam {

namespace {

/// The period as typed (`period`), or this year when none was.
std::string typed_period(Exchange& exchange) {
    return typed_period_or_year(exchange.input().value("period"), exchange.app().clock().today());
}

/// The file's name, without extension: the period in ASCII ("styrelserapport-2022H1").
std::string file_name(const PeriodSelection& selection) {
    std::string name = "styrelserapport-" + to_string(selection);
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

void show_board_report(Exchange& exchange) {
    const std::string typed = typed_period(exchange);
    const auto selection = parse_period_selection(typed);
    if (!selection) {
        exchange.page("board_report",
                      board_report_form_page(typed, {{"period", selection.error()}}),
                      "Styrelserapport", 422);
        return;
    }
    const WebContext& web = exchange.web();
    const auto document =
        board_report(exchange.app(), *selection, web.board_layout(), web.survey_catalog());
    if (exchange.failed(document))
        return;
    const std::string wanted = exchange.input().value("format");
    if (const auto format = board_format_from_string(wanted)) {
        // Served as a file, the HTML too: it is a document of its own, with its own styles.
        auto rendered = render_board_report(*document, *format, web.board_html_template());
        if (!rendered) {
            exchange.fail(AppError::internal("cannot write the board report: " + rendered.error()));
            return;
        }
        exchange.reply().download(std::move(rendered->bytes), rendered->content_type,
                                  file_name(*selection) + "." + rendered->extension);
        return;
    }
    exchange.page("board_report", board_report_page(*document, web.board_layout(), typed),
                  "Styrelserapport " + document->period_label);
}

void show_board_report_json(Exchange& exchange) {
    const auto selection = parse_period_selection(typed_period(exchange));
    if (!selection) {
        exchange.fail(AppError::invalid({{"period", selection.error()}}));
        return;
    }
    const auto document = board_report(exchange.app(), *selection, exchange.web().board_layout(),
                                       exchange.web().survey_catalog());
    if (exchange.failed(document))
        return;
    exchange.reply().json(board_report_json(*document));
}

/// A whole number above 0 written as it is, or nullopt.
std::optional<std::int64_t> id_in(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

/// What a form about one insats's part names: the period (as typed, and read) and the insats.
struct PartOfReport {
    std::string typed_period;
    PeriodSelection selection;
    std::int64_t intervention_id = 0;
};

/// The part the request names; nullopt, answered NotFound, when it names none.
std::optional<PartOfReport> part_named(Exchange& exchange) {
    const std::string typed = typed_period(exchange);
    const auto selection = parse_period_selection(typed);
    const auto intervention_id = id_in(exchange.input().value("insats"));
    if (!selection || !intervention_id) {
        exchange.fail(AppError::of(ErrorCode::NotFound));
        return std::nullopt;
    }
    return PartOfReport{typed, *selection, *intervention_id};
}

/// The form for the text under heading `heading` of an insats's part, as it reads now.
AppResult<BoardTextForm> text_form(Exchange& exchange, const PeriodSelection& selection,
                                   const std::string& typed, std::int64_t intervention_id,
                                   const std::string& heading) {
    const BoardLayout& layout = exchange.web().board_layout();
    const auto found_heading =
        std::find_if(layout.parts.begin(), layout.parts.end(),
                     [&](const BoardHeading& part) { return part.id == heading; });
    if (found_heading == layout.parts.end())
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    auto document =
        board_report(exchange.app(), selection, layout, exchange.web().survey_catalog());
    if (!document)
        return tl::unexpected(document.error());
    const auto part = std::find_if(
        document->interventions.begin(), document->interventions.end(),
        [&](const BoardIntervention& p) { return p.intervention_id == intervention_id; });
    if (part == document->interventions.end())
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    BoardTextForm form{typed,
                       document->period_label,
                       intervention_id,
                       part->name,
                       heading,
                       found_heading->title,
                       {},
                       {}};
    const auto section = std::find_if(part->sections.begin(), part->sections.end(),
                                      [&](const BoardSection& s) { return s.id == heading; });
    if (section != part->sections.end()) {
        form.text = section->text;
        form.report_text = section->edited ? section->report_text : section->text;
    }
    return form;
}

void edit_board_text(Exchange& exchange) {
    const auto part = part_named(exchange);
    if (!part)
        return;
    const auto form = text_form(exchange, part->selection, part->typed_period,
                                part->intervention_id, exchange.input().value("rubrik"));
    if (exchange.failed(form))
        return;
    exchange.page("board_text", board_text_page(*form, {}),
                  form->heading_title + " – " + form->intervention);
}

void save_board_text_form(Exchange& exchange) {
    const auto part = part_named(exchange);
    if (!part)
        return;
    const std::string heading = exchange.input().value("heading");
    const std::string text(trim(exchange.input().value("text")));
    const auto saved = save_board_text(exchange.app(), part->intervention_id, part->selection,
                                       heading, text, exchange.web().board_layout());
    if (!saved && saved.error().code == ErrorCode::Invalid) {
        auto form = text_form(exchange, part->selection, part->typed_period, part->intervention_id,
                              heading);
        if (exchange.failed(form))
            return;
        form->text = text;
        exchange.page("board_text", board_text_page(*form, saved.error().fields),
                      form->heading_title + " – " + form->intervention, 422);
        return;
    }
    if (exchange.failed(saved))
        return;
    exchange.reply().redirect(board_report_path(part->typed_period, part->intervention_id));
}

/// The kansli's choice of the report an insats's text is taken from; `report` empty: by kind.
void choose_source(Exchange& exchange) {
    const auto part = part_named(exchange);
    if (!part)
        return;
    const std::string report = exchange.input().value("report");
    const auto report_id = id_in(report);
    if (!report.empty() && !report_id) {
        exchange.fail(AppError::of(ErrorCode::NotFound));
        return;
    }
    const auto chosen =
        choose_board_source(exchange.app(), part->intervention_id, part->selection, report_id);
    if (exchange.failed(chosen))
        return;
    exchange.reply().redirect(board_report_path(part->typed_period, part->intervention_id));
}

} // namespace

RouteTable board_report_routes() {
    return {Audience::Pages,
            {{Method::Get, "/styrelserapport", Who::SignedIn, show_board_report},
             {Method::Get, "/styrelserapport/text", Who::Kansli, edit_board_text},
             {Method::Post, "/styrelserapport/text", Who::Kansli, save_board_text_form},
             {Method::Post, "/styrelserapport/kalla", Who::Kansli, choose_source}}};
}

RouteTable board_report_api_routes() {
    return {Audience::Api,
            {{Method::Get, "/api/v1/styrelserapport", Who::SignedIn, show_board_report_json}}};
}

} // namespace finsam
