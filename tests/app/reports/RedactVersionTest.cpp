#include "app/reports/RedactVersion.h"

#include "AppTestSupport.h"
#include "app/reports/ShowReport.h"
#include "storage/AuditStore.h"
#include "storage/ReportStore.h"

#include <algorithm>

namespace finsam::testing {
namespace {

constexpr const char* k_named = "Anna Svensson (070-123 45 67) har fått arbete.";

/// The imported kvartalsrapport again, as version 2 naming a participant and version 3 with
/// the name taken out: what the tester found still readable in version 2 and the comparisons.
class RedactVersionTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        save_version("hash-v2",
                     std::string("Gruppen har träffats två gånger i veckan. ") + k_named);
        save_version("hash-v3", "Gruppen har träffats två gånger i veckan.");
    }

    void save_version(const std::string& content_hash, const std::string& activities) {
        ReportStore store(database(), clock());
        Report report;
        report.kind = ReportKind::Quarterly;
        report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
        report.period = {date(2024, 7, 1), date(2024, 9, 30)};
        report.sections = {{"2.1", "Aktiviteter", activities}};
        report.figures = {{Measure::ParticipantsTotal, 12, Unit::Count, "2.1", "12 deltagare."}};
        const auto saved = store.save_document(
            association(), {content_hash + ".pdf", SourceFormat::Pdf, content_hash, {}}, {report});
        ASSERT_TRUE(saved) << saved.error().message;
    }

    AppResult<std::vector<VersionRedaction>> redact(const std::string& username,
                                                    std::int64_t version,
                                                    const std::string& phrases,
                                                    bool every_version = false) {
        FieldMap form({{"phrases", phrases}});
        if (every_version)
            form.set("every_version", "1");
        return redact_version(as(username), imported_report(), version, posted(std::move(form)));
    }

    VersionDetails version(int number) {
        const auto shown = show_version(as("kansli"), imported_report(), number);
        EXPECT_TRUE(shown);
        return *shown;
    }

    /// Everything the version's page shows of its text and its comparison, as one string.
    std::string shown_text(int number) {
        const VersionDetails details = version(number);
        std::string text;
        for (const auto& section : details.shown.report.sections)
            text += section.text + "\n";
        if (details.diff) {
            for (const auto& change : details.diff->sections) {
                for (const auto& segment : change.segments)
                    text += segment.text;
            }
        }
        return text;
    }

    std::vector<FieldError> field_errors(const AppResult<std::vector<VersionRedaction>>& result) {
        EXPECT_FALSE(result);
        if (result)
            return {};
        EXPECT_EQ(result.error().code, ErrorCode::Invalid);
        return result.error().fields;
    }
};

TEST_F(RedactVersionTest, TheKansliRemovesTheNameAndPhoneNumberFromTheVersion) {
    ASSERT_NE(shown_text(2).find("Anna Svensson"), std::string::npos);

    const auto redacted = redact("kansli", 2, "Anna Svensson\n  070-123 45 67  \n");

    ASSERT_TRUE(redacted) << static_cast<int>(redacted.error().code);
    ASSERT_EQ(redacted->size(), 1U);
    EXPECT_EQ((*redacted)[0].version, 2);
    EXPECT_EQ((*redacted)[0].passages, 2);
    EXPECT_EQ(version(2).shown.report.sections[0].text,
              "Gruppen har träffats två gånger i veckan. [borttaget] ([borttaget]) har fått "
              "arbete.");
    EXPECT_EQ(shown_text(2).find("Anna Svensson"), std::string::npos);
    EXPECT_EQ(shown_text(3).find("Anna Svensson"), std::string::npos)
        << "the comparison of version 3 with version 2 is made from the redacted text";
    EXPECT_EQ(shown_text(3).find("070-123"), std::string::npos);
    EXPECT_EQ(version(2).shown.figures.at(0).value, 12) << "figures stay as they were";
}

TEST_F(RedactVersionTest, TheVersionShowsTheKansliWhenAndByWhomAndTheAuditSaysSo) {
    clock().set(noon(date(2024, 11, 5)));
    ASSERT_TRUE(redact("kansli", 2, "Anna Svensson"));

    const VersionDetails details = version(2);
    EXPECT_TRUE(details.may_redact);
    ASSERT_EQ(details.redactions.size(), 1U);
    EXPECT_EQ(details.redactions[0].at, noon(date(2024, 11, 5)));
    EXPECT_EQ(details.redactions[0].user_name, "Karin Kansli");
    EXPECT_TRUE(version(3).redactions.empty()) << "each version lists its own";
    const auto audit = AuditStore(database()).list(association(), 10);
    ASSERT_TRUE(audit);
    const auto event = std::find_if(audit->begin(), audit->end(), [](const AuditEvent& each) {
        return each.action == AuditAction::Redact;
    });
    ASSERT_NE(event, audit->end());
    EXPECT_EQ(event->user_id, user("kansli").id);
    EXPECT_EQ(event->object, AuditObject::Report);
    EXPECT_EQ(event->object_id, imported_report());
    EXPECT_EQ(event->at, noon(date(2024, 11, 5)));
    EXPECT_EQ(event->detail, "version 2 (1 passage)");
}

TEST_F(RedactVersionTest, EveryVersionRemovesItWhereverTheReportHoldsIt) {
    const auto redacted = redact("kansli", 3, "två gånger", true);

    ASSERT_TRUE(redacted);
    ASSERT_EQ(redacted->size(), 3U);
    for (int number = 1; number <= 3; ++number)
        EXPECT_EQ(shown_text(number).find("två gånger"), std::string::npos) << number;
}

TEST_F(RedactVersionTest, NoOneButTheKansliMayRedact) {
    for (const char* username : {"agare", "styrelse"}) {
        const auto redacted = redact(username, 2, "Anna Svensson", true);
        ASSERT_FALSE(redacted) << username;
        EXPECT_EQ(redacted.error().code, ErrorCode::Forbidden) << username;
    }
    EXPECT_NE(shown_text(2).find("Anna Svensson"), std::string::npos);
    EXPECT_TRUE(version(2).redactions.empty());
    const auto shown = show_version(as("agare"), imported_report(), 2);
    ASSERT_TRUE(shown);
    EXPECT_FALSE(shown->may_redact);
}

TEST_F(RedactVersionTest, APhraseTheVersionDoesNotHoldIsAFieldErrorAndChangesNothing) {
    const auto errors = field_errors(redact("kansli", 3, "Anna Svensson\nBertil Berg"));

    ASSERT_EQ(errors.size(), 2U);
    EXPECT_EQ(errors[0].field, "phrases");
    EXPECT_EQ(errors[0].message, "”Anna Svensson” finns inte i version 3. Skriv texten exakt som "
                                 "den står i rapporten.");
    EXPECT_NE(shown_text(2).find("Anna Svensson"), std::string::npos);
    EXPECT_TRUE(version(2).redactions.empty());
}

TEST_F(RedactVersionTest, NothingOrTooLittleToRemoveIsAFieldError) {
    const auto nothing = field_errors(redact("kansli", 2, " \n "));
    ASSERT_EQ(nothing.size(), 1U);
    EXPECT_EQ(nothing[0].message, "Skriv texten som ska tas bort, en per rad.");

    const auto too_short = field_errors(redact("kansli", 2, "Anna Svensson\nÅr"));
    ASSERT_EQ(too_short.size(), 1U);
    EXPECT_EQ(too_short[0].message,
              "”År” är för kort. Skriv minst tre tecken, till exempel hela namnet.");
    EXPECT_NE(shown_text(2).find("Anna Svensson"), std::string::npos);
}

TEST_F(RedactVersionTest, AVersionTheReportLacksIsNotFound) {
    const auto redacted = redact("kansli", 4, "Anna Svensson");

    ASSERT_FALSE(redacted);
    EXPECT_EQ(redacted.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace finsam::testing
