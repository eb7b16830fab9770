#include "domain/ReportKind.h"

#include "TestSupport.h"
#include "domain/TemplateDefinition.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(ReportKind, EveryKindHasAContractNameThatReadsBack) {
    for (const auto kind :
         {ReportKind::Quarterly, ReportKind::Final, ReportKind::Compiled, ReportKind::Other})
        EXPECT_EQ(report_kind_from_string(to_string(kind)), kind) << to_string(kind);
    EXPECT_EQ(to_string(ReportKind::Other), "ovrig");
    EXPECT_FALSE(report_kind_from_string("övrig"));
}

TEST(ReportKind, TheSlutrapportSpeaksMostForItsInsatsAndAnOvrigReportLeast) {
    EXPECT_GT(authority(ReportKind::Final), authority(ReportKind::Compiled));
    EXPECT_GT(authority(ReportKind::Compiled), authority(ReportKind::Quarterly));
    EXPECT_GT(authority(ReportKind::Quarterly), authority(ReportKind::Other));
}

TEST(ReportKind, NoTemplateIsOfKindOvrig) {
    testing::TemporaryDirectory directory;
    const auto file = directory.path() / "reports" / "egen.json";
    testing::write_file(file, R"({"id": "egen", "kind": "ovrig", "recognise": ["Egen"]})");

    const auto definition = load_template(file, {});

    ASSERT_FALSE(definition);
    EXPECT_NE(definition.error().reason.find("ovrig"), std::string::npos);
}

} // namespace
} // namespace finsam
