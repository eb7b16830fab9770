#include "cli/DemoCommand.h"

#include "app/demo/Demo.h"
#include "cli/OpenDatabase.h"
#include "cli/Progress.h"
#include "domain/Clock.h"
#include "output/SwedishFormat.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <spdlog/spdlog.h>

namespace finsam {

namespace {

std::optional<DemoScale> scale_named(const std::string& name) {
    if (name == "small")
        return small_demo_scale(system_clock().now());
    if (name == "national")
        return national_demo_scale();
    if (name == "large")
        return large_demo_scale();
    return std::nullopt;
}

std::string count_text(int count) {
    return format_swedish_number(count, 0);
}

} // namespace

int run_demo(const CommonOptions& common, const std::string& scale_name) {
    const auto scale = scale_named(scale_name);
    if (!scale) {
        std::fprintf(stderr, "--scale ska vara small, large eller national.\n");
        return 2;
    }
    auto database = open_database(common);
    if (!database)
        return 2;
    const auto started = std::chrono::steady_clock::now();
    Progress progress(static_cast<std::size_t>(scale->association_count));
    const auto summary = create_demo(*database, *scale, common.association, [&](int written, int) {
        progress.advance(std::to_string(written));
    });
    if (!summary) {
        if (summary.error().code == DemoError::Code::NotEmpty) {
            std::fprintf(stderr,
                         "Databasen %s innehåller redan data. Demodata skrivs bara till en tom "
                         "databas, så att de aldrig blandas med ett förbunds riktiga uppgifter.\n",
                         common.database_url.c_str());
            return 2;
        }
        spdlog::error("demo data: {}", summary.error().log_message);
        std::fprintf(stderr, "Demodata kunde inte skrivas: %s\n",
                     summary.error().log_message.c_str());
        return 2;
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
    std::printf("Demodata skrivna: %s förbund, %s insatser, %s rapporter med %s nyckeltal "
                "(%s s).\n",
                count_text(summary->associations).c_str(),
                count_text(summary->interventions).c_str(), count_text(summary->reports).c_str(),
                count_text(summary->figures).c_str(),
                format_swedish_number(elapsed.count(), 1).c_str());
    if (summary->survey_answers > 0)
        std::printf("Enkäter: %s svar i två insatser.\n",
                    count_text(summary->survey_answers).c_str());
    return 0;
}

} // namespace finsam
