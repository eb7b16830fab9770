#include "cli/LessonsCommand.h"

#include "app/lessons/Lessons.h"
#include "app/lessons/LessonsJson.h"
#include "cli/CommandLineActor.h"

#include <cstdio>
#include <filesystem>
#include <sstream>

namespace finsam {

namespace {

/// The lessons for a terminal: per insats its headings, each text with where it is from.
std::string text_lessons(const PeriodLessons& lessons) {
    std::ostringstream out;
    if (lessons.interventions.empty()) {
        out << (lessons.searched ? "Inga lärdomar i perioden innehåller det du sökte efter.\n"
                                 : "Periodens rapporter har inga lärdomar ännu.\n");
        return out.str();
    }
    for (const auto& insats : lessons.interventions) {
        out << insats.name << '\n';
        for (const auto& column : insats.columns) {
            for (const auto& text : column.texts) {
                out << "  " << column.title << " (" << text.source << ", #" << text.report_id
                    << "):\n";
                for (const auto& paragraph : text.paragraphs) {
                    out << "    ";
                    for (const auto& part : paragraph)
                        out << (part.hit ? "»" + part.text + "«" : part.text);
                    out << '\n';
                }
            }
        }
        out << '\n';
    }
    return out.str();
}

} // namespace

int run_lessons(const CommonOptions& common, const LessonsOptions& options) {
    const auto role = audience_role(options.audience);
    if (!role) {
        std::fprintf(stderr, "--for ska vara kansli eller styrelse.\n");
        return 2;
    }
    const auto layout = read_board_layout(options.board_templates_dir);
    if (!layout)
        return 2;
    auto actor = command_line_actor(common, *role);
    if (!actor)
        return 2;
    const FieldMap fields({{"period", options.period.value_or("")}, {"q", options.query}});
    const auto asked = lessons_asked(fields.fields(), actor->context().clock().today());
    if (!asked) {
        for (const auto& field : asked.error().fields)
            std::fprintf(stderr, "%s: %s\n", field.field.c_str(), field.message.c_str());
        return 2;
    }
    const auto lessons = show_lessons(actor->context(), *asked, *layout);
    if (!lessons) {
        std::fprintf(stderr, "Lärdomarna kunde inte läsas: %s\n",
                     lessons.error().log_message.c_str());
        return 2;
    }
    const std::string output =
        options.json ? lessons_json(*lessons).dump() + '\n' : text_lessons(*lessons);
    std::fwrite(output.data(), 1, output.size(), stdout);
    return 0;
}

} // namespace finsam
