#include "app/reports/ConfirmFigures.h"

#include "AppTestSupport.h"
#include "app/reports/ShowReport.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

// The fixture's imported kvartalsrapport (version 1, read from a PDF) states 12 in total and
// 3 ended.
class ConfirmFiguresTest : public UseCaseTest {
protected:
    AppResult<FigureCheck> confirm(const std::string& username, std::int64_t version) {
        return confirm_figures(as(username), imported_report(), version);
    }

    /// A corrected file of the same report: version 2, read from the text again.
    void import_second_version() {
        Report report;
        report.kind = ReportKind::Quarterly;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {date(2024, 7, 1), date(2024, 9, 30)};
        report.figures = {{Measure::ParticipantsTotal, 13, Unit::Count, "2.1", "13 deltagare."}};
        const auto saved = ReportStore(database(), clock())
                               .save_document(association(),
                                              {"q3-rattad.pdf", SourceFormat::Pdf, "hash-q3-v2",
                                               ReportKind::Quarterly},
                                              {report});
        ASSERT_TRUE(saved) << saved.error().message;
    }

    int confirmations_audited() {
        const auto audit = AuditStore(database()).list(association(), 50);
        EXPECT_TRUE(audit);
        return static_cast<int>(
            std::count_if(audit->begin(), audit->end(), [](const AuditEvent& event) {
                return event.action == AuditAction::ConfirmFigures;
            }));
    }
};

TEST_F(ConfirmFiguresTest, TheKansliConfirmsTheFiguresReadFromTheText) {
    clock().set(noon(date(2024, 10, 20)));

    const auto confirmed = confirm("kansli", 1);

    ASSERT_TRUE(confirmed) << confirmed.error().log_message;
    EXPECT_EQ(confirmed->version, 1);
    EXPECT_TRUE(confirmed->read_from_text);
    EXPECT_TRUE(confirmed->confirmed());
    ASSERT_TRUE(confirmed->confirmation);
    EXPECT_EQ(confirmed->confirmation->at, noon(date(2024, 10, 20)));
    EXPECT_EQ(confirmed->confirmation->user_name, "Karin Kansli");
    const auto audit = AuditStore(database()).list(association(), 10);
    ASSERT_TRUE(audit);
    const auto event = std::find_if(audit->begin(), audit->end(), [](const AuditEvent& each) {
        return each.action == AuditAction::ConfirmFigures;
    });
    ASSERT_NE(event, audit->end());
    EXPECT_EQ(event->user_id, user("kansli").id);
    EXPECT_EQ(event->object, AuditObject::Report);
    EXPECT_EQ(event->object_id, imported_report());
    EXPECT_EQ(event->detail, "version 1");
}

TEST_F(ConfirmFiguresTest, ConfirmingTwiceIsHarmlessAndAuditedOnce) {
    ASSERT_TRUE(confirm("kansli", 1));
    clock().set(noon(date(2024, 10, 21)));

    const auto again = confirm("kansli", 1);

    ASSERT_TRUE(again) << again.error().log_message;
    ASSERT_TRUE(again->confirmation);
    EXPECT_EQ(again->confirmation->at, noon(date(2024, 10, 8)));
    EXPECT_EQ(confirmations_audited(), 1);
}

TEST_F(ConfirmFiguresTest, OnlyTheKansliConfirms) {
    for (const auto* username : {"agare", "styrelse"}) {
        const auto refused = confirm(username, 1);
        ASSERT_FALSE(refused) << username;
        // The board may not even read a report the kansli has not reviewed.
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << username;
    }
    EXPECT_EQ(confirmations_audited(), 0);
}

TEST_F(ConfirmFiguresTest, AVersionThatIsNotTheLatestIsRefused) {
    import_second_version();

    const auto refused = confirm("kansli", 1);

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::VersionNotLatest);
    EXPECT_EQ(refused.error().report_id, imported_report());
    EXPECT_EQ(confirmations_audited(), 0);
    EXPECT_TRUE(confirm("kansli", 2));
}

TEST_F(ConfirmFiguresTest, AVersionTheReportLacksIsNotFound) {
    for (const std::int64_t version : {std::int64_t{0}, std::int64_t{2}, std::int64_t{1} << 40}) {
        const auto missing = confirm("kansli", version);
        ASSERT_FALSE(missing) << version;
        EXPECT_EQ(missing.error().code, ErrorCode::NotFound) << version;
    }
}

TEST_F(ConfirmFiguresTest, TheReportPageOffersTheKansliTheConfirmationUntilItIsDone) {
    const auto before = show_report(as("kansli"), imported_report());
    ASSERT_TRUE(before) << before.error().log_message;
    ASSERT_TRUE(before->figure_check);
    EXPECT_TRUE(before->figure_check->read_from_text);
    EXPECT_TRUE(before->figure_check->may_confirm);
    EXPECT_FALSE(before->figure_check->confirmation);
    const auto owner = show_report(as("agare"), imported_report());
    ASSERT_TRUE(owner);
    EXPECT_FALSE(owner->figure_check);

    ASSERT_TRUE(confirm("kansli", 1));

    const auto after = show_report(as("kansli"), imported_report());
    ASSERT_TRUE(after);
    ASSERT_TRUE(after->figure_check);
    EXPECT_FALSE(after->figure_check->may_confirm);
    ASSERT_TRUE(after->figure_check->confirmation);
    EXPECT_EQ(after->figure_check->confirmation->user_name, "Karin Kansli");
}

TEST_F(ConfirmFiguresTest, AnEarlierVersionsPageSaysItCannotBeConfirmed) {
    import_second_version();

    const auto first = show_version(as("kansli"), imported_report(), 1);
    const auto second = show_version(as("kansli"), imported_report(), 2);

    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->figure_check && second->figure_check);
    EXPECT_FALSE(first->figure_check->may_confirm);
    EXPECT_TRUE(second->figure_check->may_confirm);
}

} // namespace
} // namespace finsam::testing
