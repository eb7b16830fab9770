#include "domain/Redaction.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

Report report_naming(const std::string& name) {
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention = {"Stöd för " + name, name + " AB", InterventionKind::Individual};
    report.registration = {"SFG " + name, name, std::nullopt};
    report.reporter = {std::nullopt, name};
    report.partners = {name + "s firma"};
    report.sections = {{"2.1", "Om " + name, name + " och " + name + " igen."}};
    report.goals = {{"Mål för " + name, std::nullopt, std::nullopt, std::nullopt}};
    report.figures = {{Measure::ParticipantsTotal, 12, Unit::Count, "2.1", name + " med flera."}};
    report.warnings = {{"conflicting_figure", name}};
    return report;
}

TEST(Redaction, ReplacesThePhraseInEveryTextWrittenByPeople) {
    Report report = report_naming("Anna");

    EXPECT_EQ(Redaction({"Anna"}).apply_to(report), 9);

    EXPECT_EQ(report.intervention.owner, "[borttaget] AB");
    EXPECT_EQ(report.reporter.name, "[borttaget]");
    EXPECT_EQ(report.partners[0], "[borttaget]s firma");
    EXPECT_EQ(report.sections[0].title, "Om [borttaget]");
    EXPECT_EQ(report.sections[0].text, "[borttaget] och [borttaget] igen.");
    EXPECT_EQ(report.goals[0].text, "Mål för [borttaget]");
    EXPECT_EQ(report.figures[0].quote, "[borttaget] med flera.");
    EXPECT_EQ(report.warnings[0].message, "[borttaget]");
}

TEST(Redaction, LeavesTheReportsFactsAsTheyAre) {
    Report report = report_naming("Anna");

    Redaction({"Anna"}).apply_to(report);

    EXPECT_EQ(report.intervention.name, "Stöd för Anna") << "the insats's name is its identity";
    EXPECT_EQ(report.registration, (Registration{"SFG Anna", "Anna", std::nullopt}));
    EXPECT_EQ(report.figures[0].value, 12);
    EXPECT_EQ(report.sections[0].id, "2.1");
}

TEST(Redaction, RemovesTheLongestPhraseFirstAndIgnoresBlanksAndRepeats) {
    const Redaction redaction({"Svensson", "  Anna Svensson ", "", "Anna Svensson"});
    EXPECT_EQ(redaction.phrases(), (std::vector<std::string>{"Anna Svensson", "Svensson"}));

    Report report;
    report.sections = {{"2.1", "Aktiviteter", "Anna Svensson och Per Svensson."}};
    EXPECT_EQ(redaction.apply_to(report), 2);
    EXPECT_EQ(report.sections[0].text, "[borttaget] och Per [borttaget].");
}

TEST(Redaction, NamesThePhrasesTheReportDoesNotHold) {
    const Report report = report_naming("Anna");

    EXPECT_EQ(Redaction({"Bertil", "Anna", "Stöd för"}).missing_from(report),
              (std::vector<std::string>{"Stöd för", "Bertil"}))
        << "the insats's name is not searched";
}

} // namespace
} // namespace finsam
