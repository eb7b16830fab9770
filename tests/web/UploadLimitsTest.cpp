// Reading uploads must not stall everyone else: the database connection is given back before
// a file is read, only so many files are read at once and within a shared inflation budget,
// and what an upload's messages say never shows where the server keeps the file.
#include "WebTestSupport.h"
#include "ZipBuilder.h"

#include <future>
#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using namespace std::chrono_literals;

constexpr const char* k_docx_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A Word document of short paragraphs, about `bytes` of XML.
std::string word_document(std::size_t bytes) {
    const std::string paragraph =
        "<w:p><w:r><w:t>Gruppen har träffats två gånger i veckan.</w:t></w:r></w:p>";
    std::string body;
    while (body.size() < bytes)
        body += paragraph;
    return build_docx(body);
}

class UploadLimitsTest : public WebTest {
protected:
    /// Uploads `content` as `file_name` with the page's CSRF token.
    static Answer upload(WebClient& client, const std::string& content,
                         const std::string& file_name, const std::string& type) {
        const Answer form = client.get("/import");
        EXPECT_EQ(form.status, 200);
        return client.post_multipart(
            "/import", {{"_csrf", csrf_in(form.body), "", ""}, {"file", content, file_name, type}});
    }
};

TEST_F(UploadLimitsTest, AFileThatCannotBeReadIsNamedAsUploadedNotWhereTheServerKeptIt) {
    WebClient kansli = client_as("kansli");
    const Answer answer =
        upload(kansli, "%PDF-1.7\nnot a PDF at all\n", "rapport.pdf", "application/pdf");
    EXPECT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("rapport.pdf: "), std::string::npos) << answer.body;
    EXPECT_EQ(answer.body.find("uploads/"), std::string::npos) << answer.body;
}

TEST_F(UploadLimitsTest, ThePreviewNamesTheFileAsUploadedNotWhereTheServerKeptIt) {
    const auto seed = seed_file("001");
    if (!seed)
        GTEST_SKIP() << "the seed kvartalsrapport 001 is not beside the checkout";
    WebClient kansli = client_as("kansli");
    const Answer preview = upload(kansli, read_file(*seed), "rapport.md", "text/markdown");
    ASSERT_EQ(preview.status, 200);
    EXPECT_NE(preview.body.find("rapport.md"), std::string::npos);
    EXPECT_EQ(preview.body.find("uploads/"), std::string::npos);
}

TEST_F(UploadLimitsTest, AnUploadWaitingForAReaderHoldsNoDatabaseConnection) {
    // No reader at all: the upload waits its longest wait, then is told to come back.
    restart_server([](WebConfig& config) {
        config.connections = 1;
        config.import_limits.readers = 0;
        config.import_limits.longest_wait = 3s;
    });
    WebClient kansli = client_as("kansli");
    const Answer form = kansli.get("/import");
    ASSERT_EQ(form.status, 200);
    auto waiting = std::async(std::launch::async, [&kansli, csrf = csrf_in(form.body)] {
        return kansli.post_multipart(
            "/import",
            {{"_csrf", csrf, "", ""}, {"file", "En kort rapport.\n", "kort.txt", "text/plain"}});
    });
    std::this_thread::sleep_for(500ms); // the upload has reached the reader's door

    WebClient other = client_as("styrelse");
    EXPECT_EQ(other.get("/oversikt").status, 200);
    EXPECT_EQ(waiting.wait_for(0s), std::future_status::timeout)
        << "the overview waited for the upload's database connection";
    EXPECT_EQ(waiting.get().status, 503);
}

TEST_F(UploadLimitsTest, AnUploadThatFindsNoFreeReaderIsAskedToComeBack) {
    restart_server([](WebConfig& config) {
        config.import_limits.readers = 0;
        config.import_limits.longest_wait = 200ms;
    });
    WebClient kansli = client_as("kansli");
    const std::string before = fingerprint();
    const Answer busy = upload(kansli, "En kort rapport.\n", "kort.txt", "text/plain");
    EXPECT_EQ(busy.status, 503);
    EXPECT_EQ(busy.header("Retry-After"), "1");
    EXPECT_NE(busy.body.find("<h1>Servern är upptagen</h1>"), std::string::npos);
    EXPECT_NE(busy.body.find("Servern läser andra filer just nu. Vänta en sekund"),
              std::string::npos);
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(UploadLimitsTest, AWordDocumentBeyondTheInflationBudgetIsAskedToComeBack) {
    // 512 KB of XML takes 2 MB of the budget, which has 1 MB.
    restart_server([](WebConfig& config) { config.import_limits.inflated_bytes = 1024u * 1024u; });
    WebClient kansli = client_as("kansli");
    const std::string before = fingerprint();
    const Answer busy = upload(kansli, word_document(512u * 1024u), "rapport.docx", k_docx_type);
    EXPECT_EQ(busy.status, 503);
    EXPECT_FALSE(busy.header("Retry-After").empty());
    EXPECT_NE(busy.body.find("Servern läser andra filer just nu"), std::string::npos);
    EXPECT_EQ(fingerprint(), before);
}

} // namespace
} // namespace finsam::testing
