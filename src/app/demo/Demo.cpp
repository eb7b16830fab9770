#include "app/demo/Demo.h"

#include "app/demo/DemoSurveys.h"
#include "domain/Timestamp.h"
#include "storage/DemoStore.h"
#include "storage/ReportStore.h"

namespace finsam {

namespace {

tl::expected<int, DemoError> write_single_demo_surveys(Database& database, const std::string& name,
                                                       const DemoScale& scale) {
    const auto association = ReportStore(database, system_clock()).ensure_association(name);
    if (!association)
        return tl::unexpected(DemoError{DemoError::Code::Storage, association.error().message});
    const auto written = write_demo_surveys(database, *association, swedish_date(scale.as_of), 13);
    if (!written)
        return tl::unexpected(DemoError{DemoError::Code::Storage, written.error().message});
    return *written;
}

} // namespace

tl::expected<DemoSummary, DemoError> create_demo(Database& database, const DemoScale& scale,
                                                 const std::string& single_name,
                                                 const DemoProgress& progress) {
    DemoStore store(database);
    const auto empty = store.is_empty();
    if (!empty)
        return tl::unexpected(DemoError{DemoError::Code::Storage, empty.error().message});
    if (!*empty)
        return tl::unexpected(DemoError{DemoError::Code::NotEmpty, "the database holds data"});
    DemoSummary summary;
    for (int index = 0; index < scale.association_count; ++index) {
        const std::string name =
            scale.association_count == 1 ? single_name : demo_association_name(index);
        const auto written = store.write(generate_demo_association(scale, index, name));
        if (!written)
            return tl::unexpected(DemoError{DemoError::Code::Storage, written.error().message});
        ++summary.associations;
        summary.interventions += written->interventions;
        summary.reports += written->reports;
        summary.figures += written->figures;
        // A single förbund is what people look at: it gets surveys with answers too.
        if (scale.association_count == 1) {
            const auto surveys = write_single_demo_surveys(database, name, scale);
            if (!surveys)
                return tl::unexpected(surveys.error());
            summary.survey_answers = *surveys;
        }
        if (progress)
            progress(index + 1, scale.association_count);
    }
    return summary;
}

} // namespace finsam
