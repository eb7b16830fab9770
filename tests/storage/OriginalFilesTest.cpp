#include "storage/OriginalFiles.h"

#include "StorageTestSupport.h"

#include <string>

namespace finsam::testing {
namespace {

using namespace std::string_literals;

/// Bytes no text column would keep as they are: NUL, bytes that are not UTF-8, CR LF.
const std::string k_received = "%PDF-1.4\0\xff\xfe\x80 Vägvisaren\r\n\0slut"s;

class OriginalFilesTest : public StoreTest {
protected:
    SaveResult save_with_original(const std::string& document_hash, const Report& report,
                                  const ReceivedFile& original) {
        auto saved = store().save_document(association_id(), source_document(document_hash),
                                           {report}, &original);
        EXPECT_TRUE(saved) << (saved ? "" : saved.error().message);
        return saved.value_or(SaveResult{});
    }

    std::optional<OriginalFile> original_of_version(std::int64_t report_id, int version) {
        const auto loaded = store().load_report(report_id);
        EXPECT_TRUE(loaded);
        return loaded ? loaded->versions.at(static_cast<std::size_t>(version - 1)).original
                      : std::nullopt;
    }
};

TEST_P(OriginalFilesTest, TheFileIsKeptByteForByteAndItsVersionKnowsIt) {
    const ReceivedFile received{"rapporter/Vägvisaren Q1.pdf", k_received, "hash-of-file"};
    const auto saved = save_with_original(
        "hash-of-document", quarterly_report("Vägvisaren", date(2025, 1, 1), date(2025, 3, 31)),
        received);

    const auto original = original_of_version(saved.reports.at(0).report_id, 1);
    ASSERT_TRUE(original);
    EXPECT_EQ(original->file_name, "rapporter/Vägvisaren Q1.pdf");
    EXPECT_EQ(original->size_bytes, static_cast<std::int64_t>(k_received.size()));
    EXPECT_EQ(original->content_hash, "hash-of-file");
    OriginalFileStore originals(database());
    const auto loaded = originals.load(association_id(), original->id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_EQ(loaded->bytes, k_received);
    EXPECT_EQ(originals.original_of(saved.reports.at(0).report_id, 1).value(), original->id);
}

TEST_P(OriginalFilesTest, TheDocumentsOfOneFileShareOneKeptCopy) {
    // An e-mail's two attachments are two documents read from one received file.
    const ReceivedFile email{"inkommet.eml", k_received, "hash-of-email"};
    const auto first = save_with_original(
        "attachment-1", quarterly_report("Vägvisaren", date(2025, 1, 1), date(2025, 3, 31)), email);
    const auto second = save_with_original(
        "attachment-2", quarterly_report("Jobbspåret", date(2025, 1, 1), date(2025, 3, 31)), email);

    EXPECT_EQ(row_count(database(), "original_files"), 1);
    EXPECT_EQ(original_of_version(first.reports.at(0).report_id, 1)->id,
              original_of_version(second.reports.at(0).report_id, 1)->id);
}

TEST_P(OriginalFilesTest, ADocumentSavedWithoutAFileHasNoOriginal) {
    const auto saved =
        save("no-file", {quarterly_report("Vägvisaren", date(2025, 1, 1), date(2025, 3, 31))});

    EXPECT_FALSE(original_of_version(saved.reports.at(0).report_id, 1));
    const auto none = OriginalFileStore(database()).original_of(saved.reports.at(0).report_id, 1);
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
}

TEST_P(OriginalFilesTest, AnotherFörbundCannotLoadTheFile) {
    const auto saved = save_with_original(
        "document", quarterly_report("Vägvisaren", date(2025, 1, 1), date(2025, 3, 31)),
        {"fil.pdf", k_received, "hash"});
    const auto other = *store().ensure_association("Annat förbund");
    const auto original = original_of_version(saved.reports.at(0).report_id, 1);
    ASSERT_TRUE(original);

    const auto loaded = OriginalFileStore(database()).load(other, original->id);

    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, StorageError::Code::NotFound);
}

TEST_P(OriginalFilesTest, AFailedDocumentKeepsNoFile) {
    Report unnamed = quarterly_report("Vägvisaren", date(2025, 1, 1), date(2025, 3, 31));
    unnamed.intervention.name = " ";
    const ReceivedFile received{"fil.pdf", k_received, "hash"};

    EXPECT_FALSE(
        store().save_document(association_id(), source_document("bad"), {unnamed}, &received));

    EXPECT_EQ(row_count(database(), "original_files"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, OriginalFilesTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
