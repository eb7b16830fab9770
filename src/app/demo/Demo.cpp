#include "app/demo/Demo.h"

#include "storage/DemoStore.h"

namespace finsam {

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
        if (progress)
            progress(index + 1, scale.association_count);
    }
    return summary;
}

} // namespace finsam
