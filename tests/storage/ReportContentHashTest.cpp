#include "storage/ReportContentHash.h"

#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

TEST(ReportContentHashTest, EqualReportsHashEqual) {
    EXPECT_EQ(report_content_hash(full_report()), report_content_hash(full_report()));
    EXPECT_EQ(report_content_hash(full_report()).size(), 64U);
}

TEST(ReportContentHashTest, EveryKindOfFieldCounts) {
    const auto original = report_content_hash(full_report());
    auto differs = [&](auto change) {
        Report report = full_report();
        change(report);
        return report_content_hash(report) != original;
    };

    EXPECT_TRUE(differs([](Report& report) { report.kind = ReportKind::Final; }));
    EXPECT_TRUE(differs([](Report& report) { report.intervention.owner.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.period.end.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.registration.signature = "CD"; }));
    EXPECT_TRUE(differs([](Report& report) { report.funds.used_sek = 96'998; }));
    EXPECT_TRUE(differs([](Report& report) { report.partners.pop_back(); }));
    EXPECT_TRUE(differs([](Report& report) { report.reporter.name.reset(); }));
    EXPECT_TRUE(differs([](Report& report) { report.sections[2].text += "."; }));
    EXPECT_TRUE(differs([](Report& report) { report.figures[1].value = 21.50001; }));
    EXPECT_TRUE(differs([](Report& report) { report.warnings.clear(); }));
}

TEST(ReportContentHashTest, FieldBoundariesAndMissingValuesAreKept) {
    Report split = full_report();
    split.sections = {{"2.1", "Aktiviteter", "ab"}};
    Report moved = split;
    moved.sections = {{"2.1", "Aktiviteterab", ""}};
    Report empty_owner = full_report();
    empty_owner.intervention.owner = "";
    Report no_owner = full_report();
    no_owner.intervention.owner.reset();

    EXPECT_NE(report_content_hash(split), report_content_hash(moved));
    EXPECT_NE(report_content_hash(empty_owner), report_content_hash(no_owner));
}

} // namespace
} // namespace finsam::testing
