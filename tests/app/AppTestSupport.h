#pragma once

#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/FieldSource.h"
#include "domain/Clock.h"
#include "domain/IsoWeek.h"
#include "domain/Report.h"
#include "domain/ReportTemplates.h"
#include "domain/SurveyCatalog.h"
#include "domain/SurveyDefinition.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <gtest/gtest.h>
#include <list>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace finsam::testing {

/// A list of texts for a test to go through.
using Strings = std::vector<std::string>;

Date date(int year, unsigned month, unsigned day);

/// A clock a test sets: "now" is whatever it was set to.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp now) : m_now(now) {}
    Timestamp now() const override { return m_now; }
    void set(Timestamp now) { m_now = now; }

private:
    Timestamp m_now;
};

/// Noon UTC on a date: the same date in Sweden.
Timestamp noon(Date day);

/// Answers to one scale question of a survey of one insats, each through the round of its
/// time point (opened the first time it is needed: an answer must match its round).
class ScaleAnswers {
public:
    ScaleAnswers(Database& database, std::int64_t association_id, std::int64_t intervention_id,
                 std::string survey_id, std::string question_id)
        : m_database(database), m_association_id(association_id),
          m_intervention_id(intervention_id), m_survey_id(std::move(survey_id)),
          m_question_id(std::move(question_id)) {}

    /// A participant's answer of each value, in the week given.
    void answer(SurveyTimePoint time_point, IsoWeek week, std::initializer_list<int> values);

private:
    Database& m_database;
    std::int64_t m_association_id;
    std::int64_t m_intervention_id;
    std::string m_survey_id;
    std::string m_question_id;
    std::map<SurveyTimePoint, std::int64_t> m_rounds;
};

/// Use cases over a fresh SQLite database with the real report templates, one förbund
/// ("Gävleborg"), the insats Kärnhuset 2.0 (2024–2026) with an imported kvartalsrapport for
/// Q3 2024, and the users kansli, agare (insatsägare of Kärnhuset) and styrelse (board). The
/// clock is set to 2024-10-08.
class UseCaseTest : public ::testing::Test {
protected:
    void SetUp() override;

    /// The use cases' context for one of the users, on the web.
    AppContext as(const std::string& username);

    Database& database() { return *m_database; }
    /// Where database() is, for a second connection to it.
    std::string database_url() const { return (m_directory.path() / "finsam.db").string(); }
    FixedClock& clock() { return m_clock; }
    std::int64_t association() const { return m_association; }
    std::int64_t karnhuset() const { return m_karnhuset; }
    std::int64_t imported_report() const { return m_imported_report; }
    const User& user(const std::string& username) const { return m_users.at(username); }
    /// The real surveys (templates/surveys).
    const SurveyCatalog& surveys() const { return m_surveys; }
    /// The fields of a form the test posts, kept for the rest of the test.
    FieldSource posted(FieldMap form) { return m_posted.emplace_back(std::move(form)).fields(); }

private:
    TemporaryDirectory m_directory;
    std::optional<Database> m_database;
    ReportTemplates m_templates;
    SurveyCatalog m_surveys;
    FixedClock m_clock{noon(date(2024, 10, 8))};
    std::int64_t m_association = 0;
    std::int64_t m_karnhuset = 0;
    std::int64_t m_imported_report = 0;
    std::map<std::string, User> m_users;
    std::list<FieldMap> m_posted;
};

} // namespace finsam::testing
