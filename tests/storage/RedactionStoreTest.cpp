#include "storage/RedactionStore.h"

#include "StorageTestSupport.h"
#include "storage/ReportContentHash.h"
#include "storage/UserStore.h"

#include <thread>

namespace finsam::testing {
namespace {

constexpr const char* k_name = "Anna Svensson";
constexpr const char* k_phone = "070-123 45 67";
constexpr const char* k_email = "anna.svensson@example.se";

class StoppedClock final : public Clock {
public:
    Timestamp now() const override { return at("2024-11-05T09:30:00Z"); }
};

/// full_report() with a participant's name, phone number and e-mail address in its text, the
/// reporter's name and a figure's quote.
Report report_naming_a_person() {
    Report report = full_report();
    report.sections[0].text = std::string("Gruppen har träffats. ") + k_name + " nås på " +
                              k_phone + " eller " + k_email + ".";
    report.sections[2].title = std::string("Mål (") + k_name + ")";
    report.figures[0].quote = std::string("Sju personer har avslutats, bland dem ") + k_name + ".";
    report.reporter.name = k_name;
    return report;
}

/// The same report as a corrected version that no longer names the person in its sections.
Report corrected_report() {
    Report report = report_naming_a_person();
    report.sections[0].text = "Gruppen har träffats.";
    report.sections[2].title = "Insatsens mål samt delmål";
    return report;
}

class RedactionStoreTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped())
            return;
        UserStore users(database(), system_clock());
        const auto user =
            users.add({association_id(), "kansli", "Karin Kansli", Role::Kansli, "hash", {}});
        ASSERT_TRUE(user) << user.error().message;
        m_user_id = *user;
        m_report_id = save("hash-1", {report_naming_a_person()}).reports[0].report_id;
        save("hash-2", {corrected_report()});
    }

    RedactionStore redactions() { return RedactionStore(database(), m_clock); }

    tl::expected<RedactionOutcome, StorageError>
    redact(int version, const std::vector<std::string>& phrases, RedactionScope scope) {
        return redactions().redact(m_report_id, version, Redaction(phrases), scope, m_user_id);
    }

    StoredReport loaded() {
        auto report = store().load_report(m_report_id);
        EXPECT_TRUE(report) << report.error().message;
        return report ? *report : StoredReport{};
    }

    std::string stored_hash(int version) {
        std::string content_hash;
        database().session() << "SELECT content_hash FROM report_versions WHERE report_id = "
                                ":report_id AND version = :version",
            soci::use(m_report_id), soci::use(version), soci::into(content_hash);
        return content_hash;
    }

    std::int64_t m_report_id = 0;
    std::int64_t m_user_id = 0;
    StoppedClock m_clock;
};

TEST_P(RedactionStoreTest, OnlyTheVersionsTextChangesAndItsHashWithIt) {
    const std::string first_hash = stored_hash(1);
    const std::string second_hash = stored_hash(2);
    ASSERT_EQ(first_hash, report_content_hash(report_naming_a_person()));
    const StoredReport before = loaded();

    const auto outcome = redact(1, {k_name, k_phone, k_email}, RedactionScope::OneVersion);

    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_TRUE(outcome->missing_phrases.empty());
    Report expected = report_naming_a_person();
    expected.sections[0].text = "Gruppen har träffats. [borttaget] nås på [borttaget] eller "
                                "[borttaget].";
    expected.sections[2].title = "Mål ([borttaget])";
    expected.figures[0].quote = "Sju personer har avslutats, bland dem [borttaget].";
    expected.reporter.name = "[borttaget]";
    const StoredReport report = loaded();
    ASSERT_EQ(report.versions.size(), 2U);
    expect_same_report(report.versions[0].report, expected);
    EXPECT_EQ(report.versions[0].source.content_hash, before.versions[0].source.content_hash);
    EXPECT_EQ(report.versions[0].imported_at, before.versions[0].imported_at);
    expect_same_report(report.versions[1].report, corrected_report());
    EXPECT_NE(stored_hash(1), first_hash);
    EXPECT_EQ(stored_hash(1), report_content_hash(expected));
    EXPECT_EQ(stored_hash(2), second_hash);
    const std::vector<VersionRedaction> recorded{{1, m_clock.now(), m_user_id, "Karin Kansli", 6}};
    EXPECT_EQ(outcome->redacted, recorded);
    const auto listed = redactions().redactions(m_report_id);
    ASSERT_TRUE(listed) << listed.error().message;
    EXPECT_EQ(*listed, recorded);
}

TEST_P(RedactionStoreTest, APhraseMissingFromTheVersionChangesNothing) {
    const auto outcome = redact(2, {k_name, "Bertil Berg"}, RedactionScope::EveryVersion);

    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->missing_phrases, (std::vector<std::string>{"Bertil Berg"}));
    EXPECT_TRUE(outcome->redacted.empty());
    const StoredReport report = loaded();
    expect_same_report(report.versions[0].report, report_naming_a_person());
    expect_same_report(report.versions[1].report, corrected_report());
    EXPECT_EQ(row_count(database(), "version_redactions"), 0);
}

TEST_P(RedactionStoreTest, EveryVersionRemovesThePhraseWhereverTheReportHoldsIt) {
    const auto outcome = redact(2, {k_name}, RedactionScope::EveryVersion);

    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_EQ(outcome->redacted.size(), 2U);
    EXPECT_EQ(outcome->redacted[0].version, 1);
    EXPECT_EQ(outcome->redacted[0].passages, 4);
    EXPECT_EQ(outcome->redacted[1].version, 2);
    EXPECT_EQ(outcome->redacted[1].passages, 2);
    for (const auto& version : loaded().versions) {
        EXPECT_EQ(version.report.reporter.name, "[borttaget]") << version.version;
        EXPECT_EQ(version.report.sections[0].text.find(k_name), std::string::npos);
        EXPECT_EQ(version.report.figures[0].quote.find(k_name), std::string::npos);
    }
    EXPECT_NE(loaded().versions[0].report.sections[0].text.find(k_phone), std::string::npos)
        << "only the phrases named are removed";
}

TEST_P(RedactionStoreTest, OneVersionLeavesTheOthersAsTheyAre) {
    ASSERT_TRUE(redact(2, {k_name}, RedactionScope::OneVersion));

    const StoredReport report = loaded();
    expect_same_report(report.versions[0].report, report_naming_a_person());
    EXPECT_EQ(report.versions[1].report.reporter.name, "[borttaget]");
}

TEST_P(RedactionStoreTest, AVersionTheReportLacksIsNotFound) {
    const auto outcome = redact(3, {k_name}, RedactionScope::OneVersion);

    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, StorageError::Code::NotFound);
    const auto no_report = redactions().redact(m_report_id + 100, 1, Redaction({k_name}),
                                               RedactionScope::OneVersion, m_user_id);
    ASSERT_FALSE(no_report);
    EXPECT_EQ(no_report.error().code, StorageError::Code::NotFound);
}

// Two kansli users removing different passages of one version at the same moment: each
// redaction reads the text the other wrote, so neither undoes the other.
TEST_P(RedactionStoreTest, ConcurrentRedactionsOfOneVersionBothHold) {
    const std::vector<std::string> phrases{k_name, k_phone, k_email};
    std::vector<std::optional<StorageError>> errors(phrases.size());
    std::vector<std::thread> kansli;
    for (std::size_t index = 0; index < phrases.size(); ++index) {
        kansli.emplace_back([&, index] {
            auto connection = Database::open(url());
            if (!connection) {
                errors[index] = connection.error();
                return;
            }
            RedactionStore store(*connection, m_clock);
            const auto done = store.redact(m_report_id, 1, Redaction({phrases[index]}),
                                           RedactionScope::OneVersion, m_user_id);
            if (!done)
                errors[index] = done.error();
        });
    }
    for (auto& thread : kansli)
        thread.join();

    for (const auto& error : errors)
        EXPECT_FALSE(error) << error->message;
    EXPECT_EQ(loaded().versions[0].report.sections[0].text,
              "Gruppen har träffats. [borttaget] nås på [borttaget] eller [borttaget].");
    EXPECT_EQ(row_count(database(), "version_redactions"), 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, RedactionStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
