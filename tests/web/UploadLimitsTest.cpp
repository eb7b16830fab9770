// Reading uploads must not stall everyone else: the database connection is given back while
// a file is read, only so many files are read at once, and what an upload's messages say
// never shows where the server keeps the file.
#include "WebTestSupport.h"
#include "ZipBuilder.h"

#include <future>
#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using namespace std::chrono_literals;

constexpr const char* k_docx_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A Word document of many short paragraphs (about `bytes` of XML), which takes the reader
/// a while: long enough for a test to do something else meanwhile.
std::string slow_docx(std::size_t bytes) {
    const std::string paragraph =
        "<w:p><w:r><w:t>Gruppen har träffats två gånger i veckan.</w:t></w:r></w:p>";
    std::string body;
    body.reserve(bytes + paragraph.size());
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

    /// Starts uploading a slow Word file as the kansli and returns once the server is
    /// reading it (it has had time to receive it).
    std::future<Answer> start_slow_upload() {
        m_slow_client.emplace(client_as("kansli"));
        const Answer form = m_slow_client->get("/import");
        EXPECT_EQ(form.status, 200);
        auto answer = std::async(
            std::launch::async, [this, csrf = csrf_in(form.body), docx = slow_docx(k_slow_bytes)] {
                return m_slow_client->post_multipart(
                    "/import", {{"_csrf", csrf, "", ""}, {"file", docx, "lång.docx", k_docx_type}});
            });
        std::this_thread::sleep_for(500ms);
        EXPECT_EQ(answer.wait_for(0s), std::future_status::timeout)
            << "the slow upload was read too fast for this test";
        return answer;
    }

    static constexpr std::size_t k_slow_bytes = 24u * 1024u * 1024u;
    std::optional<WebClient> m_slow_client;
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

TEST_F(UploadLimitsTest, AFileBeingReadHoldsNoDatabaseConnection) {
    restart_server([](WebConfig& config) { config.connections = 1; });
    auto slow = start_slow_upload();

    WebClient other = client_as("styrelse");
    const Answer overview = other.get("/oversikt");
    EXPECT_EQ(overview.status, 200);
    EXPECT_EQ(slow.wait_for(0s), std::future_status::timeout)
        << "the overview waited for the upload's database connection";
    slow.wait();
}

TEST_F(UploadLimitsTest, AnUploadBeyondTheReadersIsAskedToComeBack) {
    restart_server([](WebConfig& config) {
        config.import_limits.readers = 1;
        config.import_limits.longest_wait = 200ms;
    });
    auto slow = start_slow_upload();

    WebClient kansli = client_as("kansli");
    const std::string before = fingerprint();
    const Answer busy = upload(kansli, "En kort rapport.\n", "kort.txt", "text/plain");
    EXPECT_EQ(busy.status, 503);
    EXPECT_EQ(busy.header("Retry-After"), "1");
    EXPECT_NE(busy.body.find("Servern läser andra filer just nu"), std::string::npos);
    EXPECT_EQ(fingerprint(), before);
    slow.wait();

    // Once the reader is free again, the next upload is read.
    const Answer read = upload(kansli, "En kort rapport.\n", "kort.txt", "text/plain");
    EXPECT_NE(read.status, 503);
}

} // namespace
} // namespace finsam::testing
