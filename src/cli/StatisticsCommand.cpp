#include "cli/StatisticsCommand.h"

#include "app/statistics/RegisterFigures.h"
#include "app/statistics/Statistics.h"
#include "app/statistics/StatisticsExport.h"
#include "cli/CommandLineActor.h"
#include "cli/TextColumns.h"
#include "output/CsvWriter.h"
#include "output/SwedishFormat.h"
#include "output/XlsxWriter.h"
#include "storage/AssociationStore.h"
#include "storage/ReportStore.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <spdlog/spdlog.h>
#include <sstream>

namespace finsam {

namespace {

std::string cell_text(const DataCell& cell) {
    if (cell.hidden)
        return "..";
    std::string text;
    if (const auto* number = std::get_if<double>(&cell.value))
        text = format_swedish_number(*number, 1);
    else if (const auto* words = std::get_if<std::string>(&cell.value))
        text = *words;
    if (cell.marked)
        text += "*";
    return cell.unconfirmed ? text + "†" : text;
}

/// The tables as aligned columns, for reading in a terminal.
std::string text_tables(const std::vector<DataTable>& tables) {
    std::ostringstream out;
    for (const auto& table : tables) {
        std::vector<std::vector<std::string>> lines{table.columns};
        for (const auto& row : table.rows) {
            std::vector<std::string> line;
            for (const auto& cell : row)
                line.push_back(cell_text(cell));
            lines.push_back(std::move(line));
        }
        std::vector<std::size_t> widths(table.columns.size(), 0);
        for (const auto& line : lines) {
            for (std::size_t i = 0; i < line.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], character_count(line[i]));
        }
        out << table.title << "\n\n";
        for (const auto& line : lines) {
            std::string text;
            for (std::size_t i = 0; i < line.size(); ++i)
                text += pad(line[i], widths[i] + 2);
            text.erase(text.find_last_not_of(' ') + 1);
            out << text << '\n';
        }
        for (const auto& note : table.notes)
            out << note << '\n';
        out << '\n';
    }
    return out.str();
}

std::string json_lines(const std::vector<Statistics>& every) {
    std::string text;
    for (const auto& statistics : every) {
        for (const auto& object : statistics_json(statistics))
            text += object.dump() + '\n';
    }
    return text;
}

/// Tables in a format other than JSON; nullopt (said on standard error) when they cannot be
/// made.
std::optional<std::string> formatted_tables(const std::vector<DataTable>& tables,
                                            const std::string& format) {
    if (format == "csv")
        return write_csv(tables);
    if (format == "xlsx") {
        auto workbook = write_xlsx(tables);
        if (!workbook) {
            std::fprintf(stderr, "XLSX-filen kan inte skapas.\n");
            return std::nullopt;
        }
        return std::move(*workbook);
    }
    return text_tables(tables);
}

/// The statistics in the format asked for.
std::optional<std::string> formatted(const std::vector<Statistics>& statistics,
                                     const ReportTemplates& templates, const std::string& format) {
    if (format == "json")
        return json_lines(statistics);
    return formatted_tables(statistics_tables(statistics, templates), format);
}

} // namespace

int run_statistics(const CommonOptions& common, const StatisticsOptions& options) {
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
    if (options.format == "xlsx" && !options.output) {
        std::fprintf(stderr, "Ange en fil med -o för xlsx.\n");
        return 2;
    }
    const auto surveys = read_survey_catalog(common);
    if (!surveys)
        return 2;
    auto actor = command_line_actor(common, *role);
    if (!actor)
        return 2;
    const AppContext context = actor->context();
    const StatisticsQuery query{*selection, options.intervention};
    auto statistics =
        options.every_association
            ? statistics_of_every_association(context, query, *surveys)
            : participant_statistics(context, query, *surveys).map([](Statistics made) {
                  return std::vector<Statistics>{std::move(made)};
              });
    if (!statistics) {
        if (statistics.error().code == ErrorCode::NotFound) {
            std::fprintf(stderr, "Förbundet har ingen insats som heter \"%s\".\n",
                         options.intervention.value_or("").c_str());
            return 1;
        }
        std::fprintf(stderr, "Statistiken kan inte tas fram: %s\n",
                     statistics.error().log_message.c_str());
        return 2;
    }
    const auto content = formatted(*statistics, actor->templates, options.format);
    if (!content || !write_output(options.output, *content))
        return 2;
    return 0;
}

int run_register_figures(const CommonOptions& common, const RegisterOptions& options) {
    if (options.year < 1990 || options.year > 2100) {
        std::fprintf(stderr, "Ange ett år mellan 1990 och 2100, till exempel --year 2024.\n");
        return 2;
    }
    if (options.format == "xlsx" && !options.output) {
        std::fprintf(stderr, "Ange en fil med -o för xlsx.\n");
        return 2;
    }
    auto actor = command_line_actor(common, Role::Kansli);
    if (!actor)
        return 2;
    const AppContext context = actor->context();
    const auto figures = register_figures(context, options.year);
    if (!figures) {
        std::fprintf(stderr, "Uppgifterna kan inte tas fram: %s\n",
                     figures.error().log_message.c_str());
        return 2;
    }
    std::optional<std::string> content;
    if (options.format == "json") {
        std::string lines;
        for (const auto& object : register_json(*figures))
            lines += object.dump() + '\n';
        content = std::move(lines);
    } else {
        content = formatted_tables(register_tables(*figures), options.format);
    }
    if (!content || !write_output(options.output, *content))
        return 2;
    return 0;
}

} // namespace finsam
