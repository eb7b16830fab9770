#include "AppTestSupport.h"
#include "app/imports/UploadImport.h"
#include "app/reports/ConfirmFigures.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

// The kansli saves an upload after checking it in the preview: the figures of a report they
// ticked as checked are confirmed by them, the others' stay read from the text, unconfirmed.
class SaveUploadTest : public UseCaseTest {
protected:
    /// An upload as read: one PDF with two kvartalsrapporter of Kärnhuset 2.0 (Q4 2024 and
    /// Q1 2025), each stating its participants in total.
    ReadUpload read_upload_of_two() {
        ReadDocument document;
        document.name = "rapporter.pdf";
        document.format = FileFormat::Pdf;
        document.content_hash = "hash-upload";
        document.reading.document_kind = ReportKind::Quarterly;
        for (const auto& [start, end, total] :
             {std::tuple{date(2024, 10, 1), date(2024, 12, 31), 14.0},
              std::tuple{date(2025, 1, 1), date(2025, 3, 31), 16.0}}) {
            Report report;
            report.kind = ReportKind::Quarterly;
            report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun",
                                   InterventionKind::Individual};
            report.period = {start, end};
            report.figures = {
                {Measure::ParticipantsTotal, total, Unit::Count, "2.1", "Deltagare."}};
            document.reading.reports.push_back(std::move(report));
        }
        ImportedFile file;
        file.path = "rapporter.pdf";
        file.format = FileFormat::Pdf;
        file.content_hash = content_hash("%PDF-1.4");
        file.documents.push_back(std::move(document));
        const auto token = m_uploads.add("%PDF-1.4", "rapporter.pdf");
        EXPECT_TRUE(token);
        return ReadUpload{token.value_or(""), "rapporter.pdf", std::move(file)};
    }

    /// An upload of one text file holding one kvartalsrapport of `insats`.
    ReadUpload text_upload(const std::string& insats, Period quarter, const std::string& bytes) {
        ReadDocument document;
        document.name = insats + ".txt";
        document.format = FileFormat::Text;
        document.content_hash = content_hash(bytes);
        Report report;
        report.kind = ReportKind::Quarterly;
        report.intervention = {insats, "Sandvikens kommun", InterventionKind::Individual};
        report.period = {quarter.start, quarter.end};
        report.figures = {{Measure::ParticipantsTotal, 9, Unit::Count, "2.1", "Nio deltagare."}};
        document.reading.reports.push_back(std::move(report));
        ImportedFile file;
        file.path = insats + ".txt";
        file.format = FileFormat::Text;
        file.content_hash = content_hash(bytes);
        file.documents.push_back(std::move(document));
        const auto token = m_uploads.add(bytes, insats + ".txt");
        EXPECT_TRUE(token);
        return ReadUpload{token.value_or(""), insats + ".txt", std::move(file)};
    }

    /// An upload of one text file read without a template: an övrig rapport that names no
    /// insats, for the kansli to choose.
    ReadUpload unnamed_upload() {
        const std::string bytes = "Sammanfattning\nEtt år av samverkan.";
        ReadUpload upload = text_upload("", {date(2024, 1, 1), date(2024, 12, 31)}, bytes);
        auto& reading = upload.read.documents[0].reading;
        reading.document_kind = ReportKind::Other;
        reading.reports[0].kind = ReportKind::Other;
        reading.reports[0].intervention = {};
        return upload;
    }

    int report_count() {
        int count = 0;
        database().session() << "SELECT COUNT(*) FROM reports", soci::into(count);
        return count;
    }

    /// Kärnhuset's report ending on `end`, with every version.
    StoredReport report_ending(Date end) {
        ReportStore reports(database(), clock());
        const auto listed = reports.list_reports(association(), karnhuset());
        EXPECT_TRUE(listed);
        const auto found = std::find_if(listed->begin(), listed->end(), [&](const auto& each) {
            return each.period_end == format_iso(end);
        });
        EXPECT_NE(found, listed->end());
        return *reports.load_report(found->id);
    }

    /// The check of the latest version of Kärnhuset's report ending on `end`.
    FigureCheck check_of_report_ending(Date end) {
        const StoredReport stored = report_ending(end);
        const auto confirmations = figure_confirmations(as("kansli"), stored.id);
        EXPECT_TRUE(confirmations);
        const auto check = figure_check(as("kansli"), stored.versions.back(), true, *confirmations);
        EXPECT_TRUE(check);
        return *check;
    }

    std::vector<AuditEvent> audited(AuditAction action) {
        auto audit = AuditStore(database()).list(association(), 50);
        EXPECT_TRUE(audit);
        std::erase_if(*audit, [&](const AuditEvent& event) { return event.action != action; });
        return *audit;
    }

    TemporaryDirectory m_folder;
    PendingUploads m_uploads{m_folder.path(), std::chrono::minutes(30)};
};

TEST_F(SaveUploadTest, TheFiguresTheKansliTickedAsCheckedAreConfirmedByThem) {
    clock().set(noon(date(2025, 4, 10)));
    const auto corrections =
        posted(FieldMap({{correction_field({0, 0, 0}, "figure0"), "15"},
                         {correction_field({0, 0, 0}, "figures_checked"), "ja"}}));

    const auto saved = save_uploads(as("kansli"), m_uploads, {read_upload_of_two()}, corrections);

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->reports, 2);
    EXPECT_EQ(saved->confirmed, 1);
    EXPECT_EQ(saved->unchecked, 1);
    const FigureCheck checked = check_of_report_ending(date(2024, 12, 31));
    EXPECT_TRUE(checked.read_from_text);
    ASSERT_TRUE(checked.confirmation);
    EXPECT_EQ(checked.confirmation->user_name, "Karin Kansli");
    EXPECT_EQ(checked.confirmation->at, noon(date(2025, 4, 10)));
    // What was confirmed is what was saved: the corrected figure.
    EXPECT_EQ(report_ending(date(2024, 12, 31)).versions.back().report.figures.front().value, 15);
    const FigureCheck unchecked = check_of_report_ending(date(2025, 3, 31));
    EXPECT_TRUE(unchecked.read_from_text);
    EXPECT_FALSE(unchecked.confirmation);
    const auto confirmations = audited(AuditAction::ConfirmFigures);
    ASSERT_EQ(confirmations.size(), 1u);
    EXPECT_EQ(confirmations.front().user_id, user("kansli").id);
    EXPECT_EQ(confirmations.front().detail, "version 1");
}

TEST_F(SaveUploadTest, WithoutTheTickNothingIsConfirmedEvenWhenAFigureWasCorrected) {
    const auto corrections = posted(FieldMap({{correction_field({0, 0, 0}, "figure0"), "15"}}));

    const auto saved = save_uploads(as("kansli"), m_uploads, {read_upload_of_two()}, corrections);

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->confirmed, 0);
    EXPECT_EQ(saved->unchecked, 2);
    EXPECT_FALSE(check_of_report_ending(date(2024, 12, 31)).confirmation);
    EXPECT_TRUE(audited(AuditAction::ConfirmFigures).empty());
}

TEST_F(SaveUploadTest, SeveralFilesAreSavedTogetherEachWithItsOwnCorrections) {
    const Period first_quarter{date(2025, 1, 1), date(2025, 3, 31)};
    const auto corrections =
        posted(FieldMap({{correction_field({1, 0, 0}, "figure0"), "11"},
                         {correction_field({1, 0, 0}, "figures_checked"), "ja"}}));
    const int before = report_count();

    const auto saved = save_uploads(
        as("kansli"), m_uploads,
        {read_upload_of_two(), text_upload("Vägvisaren", first_quarter, "Vägvisaren Q1")},
        corrections);

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->reports, 3);
    EXPECT_EQ(report_count(), before + 3);
    EXPECT_EQ(saved->confirmed, 1) << "the second file's report, ticked in its own fields";
    EXPECT_EQ(saved->unchecked, 2);
    ASSERT_EQ(saved->saved.size(), 3u);
    EXPECT_EQ(saved->saved[2].intervention, "Vägvisaren");
    const auto stored = ReportStore(database(), clock()).load_report(saved->saved[2].report_id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->versions.back().report.figures.front().value, 11);
    int kept = 0;
    database().session() << "SELECT COUNT(*) FROM original_files", soci::into(kept);
    EXPECT_EQ(kept, 2);
}

// Saving only queues the reports for the search index; the batch writes their passages once,
// at its end, so that nothing is left for a search to do.
TEST_F(SaveUploadTest, TheBatchWritesItsReportsIntoTheSearchIndexAtItsEnd) {
    const Period first_quarter{date(2025, 1, 1), date(2025, 3, 31)};
    ReadUpload upload = text_upload("Vägvisaren", first_quarter, "Vägvisaren Q1");
    upload.read.documents[0].reading.reports[0].sections = {
        {"2.1", "Aktiviteter", "Deltagarna har börjat arbetsträna."}};
    const auto passages = [&] {
        int count = 0;
        database().session() << "SELECT COUNT(*) FROM search_passages WHERE text LIKE "
                                "'%arbetsträna%'",
            soci::into(count);
        return count;
    };
    ASSERT_EQ(passages(), 0);

    const auto saved =
        save_uploads(as("kansli"), m_uploads, {std::move(upload)}, posted(FieldMap()));

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(passages(), 1);
    int queued = -1;
    database().session() << "SELECT COUNT(*) FROM search_pending", soci::into(queued);
    EXPECT_EQ(queued, 0);
}

TEST_F(SaveUploadTest, AMistakeInAnyFileSavesNoneOfThem) {
    const Period first_quarter{date(2025, 1, 1), date(2025, 3, 31)};
    const auto corrections =
        posted(FieldMap({{correction_field({0, 0, 0}, "figure0"), "15"},
                         {correction_field({1, 0, 0}, "period_end"), "31 mars"}}));
    const int before = report_count();

    const auto saved = save_uploads(
        as("kansli"), m_uploads,
        {read_upload_of_two(), text_upload("Vägvisaren", first_quarter, "Vägvisaren Q1")},
        corrections);

    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::ImportCorrectionsInvalid);
    ASSERT_EQ(saved.error().fields.size(), 1u);
    EXPECT_EQ(saved.error().fields[0].field, correction_field({1, 0, 0}, "period_end"));
    EXPECT_EQ(report_count(), before) << "the first file's reports were not saved either";
}

TEST_F(SaveUploadTest, AFileImportedBeforeIsNamedAndTheOthersAreSaved) {
    const Period first_quarter{date(2025, 1, 1), date(2025, 3, 31)};
    ASSERT_TRUE(save_uploads(as("kansli"), m_uploads,
                             {text_upload("Vägvisaren", first_quarter, "Vägvisaren Q1")},
                             posted(FieldMap())));

    const auto saved = save_uploads(
        as("kansli"), m_uploads,
        {text_upload("Vägvisaren", first_quarter, "Vägvisaren Q1"), read_upload_of_two()},
        posted(FieldMap()));

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_FALSE(saved->duplicate);
    EXPECT_EQ(saved->already_imported, std::vector<std::string>{"Vägvisaren.txt"});
    EXPECT_EQ(saved->reports, 2);
}

TEST_F(SaveUploadTest, AReportThatNamesNoInsatsIsRefusedUntilTheKansliSetsIt) {
    const int before = report_count();

    const auto refused =
        save_uploads(as("kansli"), m_uploads, {unnamed_upload()}, posted(FieldMap()));

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::ImportCorrectionsInvalid);
    ASSERT_EQ(refused.error().fields.size(), 1u);
    EXPECT_EQ(refused.error().fields[0].field, correction_field({0, 0, 0}, "intervention"));
    EXPECT_NE(refused.error().fields[0].message.find("Välj vilken insats rapporten gäller"),
              std::string::npos);
    EXPECT_EQ(report_count(), before);
}

TEST_F(SaveUploadTest, TheKansliNamesANewInsatsForAReportReadWithoutATemplate) {
    const auto corrections = posted(
        FieldMap({{correction_field({0, 0, 0}, "intervention"), "new"},
                  {correction_field({0, 0, 0}, "intervention_name"), "  Samverkan  Nord "}}));

    const auto saved = save_uploads(as("kansli"), m_uploads, {unnamed_upload()}, corrections);

    ASSERT_TRUE(saved) << saved.error().log_message;
    ASSERT_EQ(saved->saved.size(), 1u);
    EXPECT_EQ(saved->saved[0].kind, ReportKind::Other);
    EXPECT_EQ(saved->saved[0].intervention, "Samverkan Nord");
    const auto stored = ReportStore(database(), clock()).load_report(saved->saved[0].report_id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->versions.back().report.kind, ReportKind::Other);
}

TEST_F(SaveUploadTest, TheKansliChoosesAnExistingInsatsForAReportReadWithoutATemplate) {
    FieldMap chosen;
    chosen.set(correction_field({0, 0, 0}, "intervention"), std::to_string(karnhuset()));
    const auto corrections = posted(std::move(chosen));

    const auto saved = save_uploads(as("kansli"), m_uploads, {unnamed_upload()}, corrections);

    ASSERT_TRUE(saved) << saved.error().log_message;
    EXPECT_EQ(saved->saved[0].intervention, "Kärnhuset 2.0");
}

} // namespace
} // namespace finsam::testing
