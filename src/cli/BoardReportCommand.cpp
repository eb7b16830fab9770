#include "cli/BoardReportCommand.h"

#include "app/boardreport/BoardReport.h"
#include "cli/CommandLineActor.h"
#include "output/BoardFormats.h"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace finsam {

int run_board_report(const CommonOptions& common, const BoardReportOptions& options) {
    const auto selection = parse_period_selection(options.period);
    if (!selection) {
        std::fprintf(stderr, "%s\n", selection.error().c_str());
        return 2;
    }
    const auto role = audience_role(options.audience);
    if (!role) {
        std::fprintf(stderr, "--for ska vara kansli eller styrelse.\n");
        return 2;
    }
    const auto format = board_format_from_string(options.format);
    if (!format) {
        std::fprintf(stderr, "--format ska vara html, docx, pdf eller xlsx.\n");
        return 2;
    }
    if (*format != BoardFormat::Html && !options.output) {
        std::fprintf(stderr, "Ange en fil med -o för %s.\n", options.format.c_str());
        return 2;
    }
    const auto layout = read_board_layout(options.board_templates_dir);
    if (!layout)
        return 2;
    const auto surveys = read_survey_catalog(common);
    if (!surveys)
        return 2;
    auto actor = command_line_actor(common, *role);
    if (!actor)
        return 2;
    const auto document = board_report(actor->context(), *selection, *layout, *surveys);
    if (!document) {
        std::fprintf(stderr, "Styrelserapporten kan inte tas fram: %s\n",
                     document.error().log_message.c_str());
        return 2;
    }
    const auto rendered = render_board_report(*document, *format,
                                              std::filesystem::path(options.board_templates_dir) /
                                                  "board-report.mustache");
    if (!rendered) {
        std::fprintf(stderr, "Styrelserapporten kan inte skrivas: %s\n", rendered.error().c_str());
        return 2;
    }
    return write_output(options.output, rendered->bytes) ? 0 : 2;
}

} // namespace finsam
