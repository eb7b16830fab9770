#include "app/reports/OriginalFileDownload.h"

#include "AppTestSupport.h"
#include "app/reports/ShowReport.h"
#include "ingest/Importer.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

using namespace std::string_literals;

const std::string k_docx_bytes = "PK\x03\x04\0\0 Kärnhuset\xff\r\n"s;

/// Kärnhuset's imported kvartalsrapport again as version 2, read from a Word file that was
/// kept as it arrived; version 1 was imported without one.
class OriginalFileDownloadTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        Report report;
        report.kind = ReportKind::Quarterly;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {date(2024, 7, 1), date(2024, 9, 30)};
        report.sections = {{"2.1", "Aktiviteter", "Gruppen har träffats."}};
        const ReceivedFile original{"Kvartalsrapport Kärnhuset.docx", k_docx_bytes,
                                    content_hash(k_docx_bytes)};
        const auto saved =
            ReportStore(database(), clock())
                .save_document(association(),
                               {"Kvartalsrapport Kärnhuset.docx", SourceFormat::Docx, "v2", {}},
                               {report}, &original);
        ASSERT_TRUE(saved) << saved.error().message;
        ASSERT_EQ(saved->reports.at(0).version, 2);
    }

    bool audited_download() {
        const auto audit = AuditStore(database()).list(association(), 20);
        EXPECT_TRUE(audit);
        return std::any_of(audit->begin(), audit->end(), [&](const AuditEvent& event) {
            return event.action == AuditAction::Download && event.object_id == imported_report() &&
                   event.user_id == user("kansli").id && event.detail == "version 2";
        });
    }
};

TEST_F(OriginalFileDownloadTest, TheKansliGetsTheFileAsItArrivedAndTheDownloadIsAudited) {
    const auto file = download_original(as("kansli"), imported_report(), 2);

    ASSERT_TRUE(file) << file.error().log_message;
    EXPECT_EQ(file->bytes, k_docx_bytes);
    EXPECT_EQ(file->file.file_name, "Kvartalsrapport Kärnhuset.docx");
    EXPECT_EQ(file->file.content_hash, content_hash(k_docx_bytes));
    EXPECT_TRUE(audited_download());
}

TEST_F(OriginalFileDownloadTest, NoOneButTheKansliGetsIt) {
    EXPECT_EQ(download_original(as("agare"), imported_report(), 2).error().code,
              ErrorCode::Forbidden);
    const auto board = download_original(as("styrelse"), imported_report(), 2);
    ASSERT_FALSE(board);
    EXPECT_NE(board.error().code, ErrorCode::Internal);
    EXPECT_FALSE(audited_download());
}

TEST_F(OriginalFileDownloadTest, AVersionWithoutAKeptFileHasNone) {
    EXPECT_EQ(download_original(as("kansli"), imported_report(), 1).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(download_original(as("kansli"), imported_report(), 3).error().code,
              ErrorCode::NotFound);
}

TEST_F(OriginalFileDownloadTest, BytesThatNoLongerMatchTheirHashAreNotHandedOut) {
    // The same length, other bytes: "UEsDBA" is "PK\x03\x04" and "QUFBQU" is "AAAA".
    database().session() << "UPDATE original_files SET content_base64 = "
                            "'QUFBQU' || substr(content_base64, 7)";

    const auto file = download_original(as("kansli"), imported_report(), 2);

    ASSERT_FALSE(file);
    EXPECT_EQ(file.error().code, ErrorCode::Internal);
}

TEST_F(OriginalFileDownloadTest, TheVersionListsItsOriginalForTheKansliOnly) {
    const auto kansli = show_version(as("kansli"), imported_report(), 2);
    ASSERT_TRUE(kansli);
    ASSERT_EQ(kansli->versions.size(), 2U);
    EXPECT_FALSE(kansli->versions[0].original);
    ASSERT_TRUE(kansli->versions[1].original);
    EXPECT_EQ(kansli->versions[1].original->size_bytes,
              static_cast<std::int64_t>(k_docx_bytes.size()));

    const auto owner = show_version(as("agare"), imported_report(), 2);
    ASSERT_TRUE(owner);
    EXPECT_FALSE(owner->versions[1].original);
}

} // namespace
} // namespace finsam::testing
