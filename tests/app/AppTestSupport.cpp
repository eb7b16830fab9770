#include "AppTestSupport.h"

#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"
#include "storage/UserStore.h"

#include <stdexcept>

namespace finsam::testing {

Date date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

Timestamp noon(Date day) {
    return Timestamp(std::chrono::sys_days{day} + std::chrono::hours{12});
}

void ScaleAnswers::answer(SurveyTimePoint time_point, IsoWeek week,
                          std::initializer_list<int> values) {
    if (!m_rounds.contains(time_point)) {
        SurveyRound round;
        round.intervention_id = m_intervention_id;
        round.survey_id = m_survey_id;
        round.time_point = time_point;
        round.token = "token-" + m_survey_id + "-" + std::string(to_string(time_point));
        auto opened = SurveyRoundStore(m_database).open_round(m_association_id, round);
        ASSERT_TRUE(opened) << opened.error().message;
        m_rounds[time_point] = opened->id;
    }
    SurveyAnswerStore answers(m_database);
    for (const int value : values) {
        const SurveyAnswer answer{m_survey_id, m_intervention_id,
                                  time_point,  RespondentKind::Participant,
                                  week,        {{m_question_id, ScaleValue{value}}}};
        const auto submitted = answers.submit(m_rounds.at(time_point), answer, std::nullopt);
        ASSERT_TRUE(submitted) << submitted.error().message;
    }
}

void UseCaseTest::SetUp() {
    auto opened = Database::open((m_directory.path() / "finsam.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    m_database.emplace(std::move(*opened));
    auto definitions = load_templates(templates_dir());
    ASSERT_TRUE(definitions) << definitions.error().reason;
    m_templates = ReportTemplates(std::move(*definitions));
    auto surveys = load_survey_catalog(surveys_folder(templates_dir()));
    ASSERT_TRUE(surveys) << surveys.error().reason;
    m_surveys = std::move(*surveys);

    ReportStore store(*m_database, m_clock);
    m_association = *store.ensure_association("Gävleborg");
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
    report.period = {date(2024, 7, 1), date(2024, 9, 30)};
    report.sections = {{"2.1", "Aktiviteter", "Gruppen har träffats två gånger i veckan."}};
    report.figures = {{Measure::ParticipantsTotal, 12, Unit::Count, "2.1", "12 deltagare."},
                      {Measure::ParticipantsEnded, 3, Unit::Count, "2.1", "Tre har avslutat."}};
    report.warnings = {{"conflicting_figure", "two values"}};
    const auto saved = store.save_document(
        m_association, {"q3.pdf", SourceFormat::Pdf, "hash-q3", ReportKind::Quarterly}, {report});
    ASSERT_TRUE(saved) << saved.error().message;
    m_imported_report = saved->reports.front().report_id;
    m_karnhuset = saved->reports.front().intervention_id;

    InterventionStore interventions(*m_database);
    auto details = **interventions.load(m_karnhuset);
    details.period_start = date(2024, 1, 1);
    details.period_end = date(2026, 12, 31);
    ASSERT_TRUE(interventions.update(details));

    UserStore users(*m_database, m_clock);
    for (const auto& [username, name, role] :
         {std::tuple{"kansli", "Karin Kansli", Role::Kansli},
          std::tuple{"agare", "Anna Ägare", Role::InterventionOwner},
          std::tuple{"styrelse", "Sture Styrelse", Role::Board}}) {
        std::vector<std::int64_t> bound;
        if (role == Role::InterventionOwner)
            bound.push_back(m_karnhuset);
        const auto id = users.add({m_association, username, name, role, "hash", bound});
        ASSERT_TRUE(id) << id.error().message;
        m_users[username] = User{*id, m_association, username, name, role, bound, false};
    }
}

AppContext UseCaseTest::as(const std::string& username) {
    return AppContext(*m_database, m_users.at(username), m_clock, m_templates, Channel::Web);
}

} // namespace finsam::testing
