#include "TemplateKeys.h"
#include "TestSupport.h"
#include "app/boardreport/BoardLayout.h"
#include "web/Views.h"
#include "web/pages/AccountPage.h"
#include "web/pages/AuditTrailPage.h"
#include "web/pages/BoardReportPage.h"
#include "web/pages/ErrorPage.h"
#include "web/pages/ImportPage.h"
#include "web/pages/InterventionFormPage.h"
#include "web/pages/InterventionListPage.h"
#include "web/pages/InterventionPage.h"
#include "web/pages/Layout.h"
#include "web/pages/LessonsPage.h"
#include "web/pages/LoginPage.h"
#include "web/pages/OverviewPage.h"
#include "web/pages/RegisterPage.h"
#include "web/pages/ReportFormPage.h"
#include "web/pages/ReportPage.h"
#include "web/pages/ReportVersionPage.h"
#include "web/pages/SearchPage.h"
#include "web/pages/SettingsPage.h"
#include "web/pages/StartPages.h"
#include "web/pages/StatisticsPage.h"
#include "web/pages/SurveyPages.h"
#include "web/pages/SurveyResultsPageView.h"
#include "web/pages/UsersPage.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

// Every page template is rendered with view models its page builder made from full and from
// empty use-case results; a key the template uses and a model lacks fails the test.

Date day(int year, unsigned month, unsigned day_of_month) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day_of_month}};
}

Timestamp at_noon(Date date) {
    return Timestamp(std::chrono::sys_days{date} + std::chrono::hours{12});
}

User sample_user(Role role) {
    return User{7, 1, "karin", "Karin Kansli", role, {3}, false};
}

InterventionDetails sample_intervention() {
    InterventionDetails details;
    details.id = 3;
    details.association_id = 1;
    details.name = "Kärnhuset 2.0";
    details.owner = "Sandvikens kommun";
    details.contact = "Lena Ledare";
    details.purpose = "Fler i arbete.";
    details.target_group = "Unga vuxna";
    details.kind = InterventionKind::Individual;
    details.period_start = day(2024, 1, 1);
    details.period_end = day(2026, 12, 31);
    details.ended_on = day(2026, 6, 30);
    details.granted_sek = 1'200'000;
    details.used_sek = 400'000;
    details.partners = {"Arbetsförmedlingen"};
    details.goals = {{"30 % till arbete", 30, Unit::Percent, Measure::EndedToWorkOrStudies},
                     {"Bra samverkan", std::nullopt, std::nullopt, std::nullopt},
                     {"70 % mår bättre", 70, Unit::Percent, std::nullopt,
                      SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::ShareAtOrAbove, 7}}};
    details.goals_from_reports = true;
    details.owner_user_ids = {8};
    return details;
}

ReportState sample_state(ReportStatus status) {
    ReportState state;
    state.id = 12;
    state.intervention_id = 3;
    state.association_id = 1;
    state.intervention_name = "Kärnhuset 2.0";
    state.period = {day(2024, 7, 1), day(2024, 9, 30)};
    state.status = status;
    state.revision = 4;
    state.draft = "{}";
    state.draft_updated_at = at_noon(day(2024, 10, 2));
    state.registry_number = "SFG 24-08.02";
    state.arrival_date = day(2024, 10, 3);
    state.signature = "KK";
    state.version_count = 2;
    return state;
}

Report sample_report() {
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
    report.period = {day(2024, 7, 1), day(2024, 9, 30)};
    report.registration = {"SFG 24-08.02", "KK", day(2024, 10, 3)};
    report.sections = {{"2.1", "Aktiviteter", "Första stycket.\n\nAndra stycket."}};
    report.figures = {{Measure::ParticipantsTotal, 12, Unit::Count, "2.1", "12 deltagare."},
                      {Measure::EndedToWork, 25, Unit::Percent, "2.1", "25 % till arbete."}};
    report.goals = {{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal}};
    report.warnings = {{"conflicting_figure", "two values"}};
    report.reporter = {day(2024, 10, 2), "Anna Ägare"};
    return report;
}

DisclosedVersion sample_version() {
    DisclosedVersion version{2,
                             at_noon(day(2024, 10, 3)),
                             {"q3.pdf", SourceFormat::Pdf, "hash", ReportKind::Quarterly},
                             sample_report(),
                             {},
                             true,
                             true};
    version.figures = {{Measure::ParticipantsTotal, Unit::Count, 12, false, "2.1", "12."},
                       {Measure::ParticipantsEnded, Unit::Count, std::nullopt, true, "2.1", ""}};
    return version;
}

std::vector<VersionListing> sample_versions() {
    return {{1, at_noon(day(2024, 10, 1)), {"webbformulär", SourceFormat::WebForm, "a", {}}},
            {2, at_noon(day(2024, 10, 3)), {"q3.pdf", SourceFormat::Pdf, "b", {}}}};
}

OverviewRow sample_row(std::optional<ReportStatus> status) {
    OverviewRow row;
    row.intervention_id = 3;
    row.intervention_name = "Kärnhuset 2.0";
    row.owner = "Sandvikens kommun";
    row.period_start = day(2024, 1, 1);
    row.period_end = day(2026, 12, 31);
    row.report_id = status ? std::optional<std::int64_t>(12) : std::nullopt;
    row.status = status;
    row.arrival = day(2024, 10, 20);
    row.warning_count = 1;
    return row;
}

class PageTemplatesTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto definitions = load_templates(templates_dir());
        ASSERT_TRUE(definitions) << definitions.error().reason;
        m_templates = ReportTemplates(std::move(*definitions));
        for (const auto& entry : std::filesystem::directory_iterator(FINSAM_WEB_TEMPLATES_DIR)) {
            const std::string name = entry.path().stem().string();
            (name.starts_with("_") ? m_partials : m_pages)[name] = read_file(entry.path());
        }
    }

    /// Checks the model against its template and renders it (a template mstch cannot render
    /// fails too). Pages get the CSRF token the exchange adds.
    void expect_complete(const std::string& page, mstch::map model, const std::string& sample) {
        m_checked.insert(page);
        ASSERT_TRUE(m_pages.contains(page)) << "no template " << page;
        if (page != "layout") {
            // Exchange::page gives every page these.
            model["csrf"] = std::string("token");
            model["signed_in"] = true;
        }
        for (const auto& key : missing_keys(m_pages.at(page), model, m_partials)) {
            ADD_FAILURE() << page << ".mustache (" << sample << ") uses " << key
                          << ", which its view model lacks";
        }
        const Views views(FINSAM_WEB_TEMPLATES_DIR);
        if (page != "layout") {
            EXPECT_FALSE(views.render(page, model).empty()) << page;
        }
    }

    ReportTemplates m_templates;
    std::map<std::string, std::string> m_pages;
    std::map<std::string, std::string> m_partials;
    std::set<std::string> m_checked;
};

TEST_F(PageTemplatesTest, TheLayout) {
    const Visitor visitor{sample_user(Role::Kansli), "digest", "csrf", false};
    auto signed_in = layout_frame("Översikt", &visitor);
    signed_in["content"] = std::string("<p>");
    expect_complete("layout", signed_in, "signed in");
    auto anonymous = layout_frame("Logga in", nullptr);
    anonymous["content"] = std::string("<p>");
    expect_complete("layout", anonymous, "no session");
}

TEST_F(PageTemplatesTest, TheErrorAndLoginPages) {
    expect_complete("error", error_page({404, "Sidan finns inte", "Adressen leder ingenstans."}),
                    "error");
    expect_complete("login", login_page("token", "anna", "/insatser", "Fel lösenord.", ""),
                    "error");
    expect_complete("login", login_page("token", "", "", "", "Lösenordet är sparat."), "notice");
}

TEST_F(PageTemplatesTest, TheOverview) {
    Overview full;
    full.quarter = Period::quarter_of(day(2024, 7, 1));
    full.today = day(2024, 10, 20);
    full.deadline = day(2024, 10, 15);
    full.first_quarter_start = day(2024, 1, 1);
    full.entries = {{sample_row(ReportStatus::Submitted), ReportKind::Quarterly, full.deadline,
                     Timeliness::Late, std::nullopt},
                    {sample_row(ReportStatus::Draft), ReportKind::Quarterly, full.deadline,
                     Timeliness::Missing, std::nullopt},
                    {sample_row(std::nullopt), ReportKind::Final, day(2024, 9, 15),
                     Timeliness::Missing, sample_row(ReportStatus::Submitted)}};
    full.counts = {0, 1, 2, 0};
    full.without_period = {sample_row(ReportStatus::Submitted), sample_row(std::nullopt)};
    full.finals = {
        {sample_row(ReportStatus::Registered), Timeliness::OnTime, day(2024, 6, 30),
         day(2024, 7, 15)},
        {sample_row(std::nullopt), Timeliness::Missing, day(2024, 6, 30), day(2024, 7, 15)}};
    for (int index = 0; index < 25; ++index)
        full.warnings.push_back(
            {12, 3, "Kärnhuset 2.0", ReportKind::Quarterly, day(2024, 7, 1), day(2024, 9, 30), 2});
    expect_complete("overview", overview_page(full), "full");
    Overview empty;
    empty.quarter = Period::quarter_of(day(2024, 7, 1));
    empty.today = day(2024, 10, 20);
    empty.deadline = day(2024, 10, 15);
    empty.first_quarter_start = day(2024, 7, 1);
    expect_complete("overview", overview_page(empty), "empty");
    Overview board = full;
    board.work_status = false;
    expect_complete("overview", overview_page(board), "without the kansli's work status");
}

TEST_F(PageTemplatesTest, TheStartPages) {
    const WorkItem returned{12,
                            3,
                            "Kärnhuset 2.0",
                            ReportKind::Quarterly,
                            day(2024, 7, 1),
                            day(2024, 9, 30),
                            ReportStatus::Returned,
                            at_noon(day(2024, 10, 20)),
                            "Komplettera 2.4."};
    const WorkItem imported{13,
                            3,
                            "Kärnhuset 2.0",
                            ReportKind::Final,
                            std::nullopt,
                            std::nullopt,
                            ReportStatus::Registered,
                            std::nullopt,
                            ""};
    const DueReport due{3,
                        "Kärnhuset 2.0",
                        ReportKind::Quarterly,
                        day(2024, 4, 1),
                        day(2024, 6, 30),
                        day(2024, 7, 15),
                        true,
                        14};
    const DueReport unstarted{3,
                              "Kärnhuset 2.0",
                              ReportKind::Final,
                              day(2024, 1, 1),
                              day(2024, 12, 31),
                              day(2025, 1, 15),
                              false,
                              std::nullopt};
    expect_complete("start_owner", owner_start_page({{due, unstarted}, {returned}, {returned}}),
                    "full");
    expect_complete("start_owner", owner_start_page({}), "empty");
    expect_complete("start_kansli",
                    kansli_start_page({{returned}, {imported, returned}, {returned}, {due}}),
                    "full");
    expect_complete("start_kansli", kansli_start_page({}), "empty");
    expect_complete("start_board", board_start_page({day(2024, 9, 1), true, {returned, imported}}),
                    "full");
    expect_complete("start_board", board_start_page({day(2024, 9, 1), false, {}}), "empty");
}

TEST_F(PageTemplatesTest, TheInsatsPages) {
    expect_complete("interventions",
                    intervention_list_page({sample_intervention()}, day(2024, 10, 1), true),
                    "full");
    expect_complete("interventions", intervention_list_page({}, day(2024, 10, 1), false), "empty");

    InterventionOverview full{sample_intervention(), {}, {}, true, true, true};
    full.reports = {{12, ReportKind::Quarterly, day(2024, 7, 1), day(2024, 9, 30),
                     ReportStatus::Registered, day(2024, 10, 3), "SFG 24-08.02", 2, 1}};
    full.timeline = {
        {12, day(2024, 7, 1), day(2024, 9, 30), Measure::ParticipantsTotal, 12, false},
        {12, day(2024, 7, 1), day(2024, 9, 30), Measure::ParticipantsEnded, std::nullopt, true}};
    const auto surveys = load_survey_catalog(surveys_folder(templates_dir()));
    ASSERT_TRUE(surveys) << surveys.error().reason;
    const auto page = intervention_page(full, day(2024, 10, 1), *surveys);
    expect_complete("intervention", page, "full");
    const std::string html = Views(FINSAM_WEB_TEMPLATES_DIR).render("intervention", page);
    EXPECT_NE(html.find("70 % (Självskattning: ”"), std::string::npos);
    EXPECT_NE(html.find("andel som svarar 7 eller högre vid avslut"), std::string::npos);
    InterventionDetails bare;
    bare.id = 4;
    bare.name = "Tom";
    expect_complete("intervention",
                    intervention_page({bare, {}, {}, false, false}, day(2024, 10, 1), *surveys),
                    "empty");

    const InterventionFormData form{
        sample_intervention(),
        {User{8, 1, "agare", "Anna Ägare", Role::InterventionOwner, {3}, false},
         sample_user(Role::Kansli)},
        surveys->for_association("Gävleborg")};
    expect_complete("intervention_form",
                    intervention_form_page(form, {{"name", "Skriv insatsens namn."},
                                                  {"goal_target_0", "Ett tal."},
                                                  {"goal_question_2", "Ingen sådan fråga."},
                                                  {"owner_user_ids", "Välj insatsägare."}}),
                    "with errors");
    expect_complete("intervention_form", intervention_form_page({InterventionDetails{}, {}}, {}),
                    "new");
}

TEST_F(PageTemplatesTest, TheReportPages) {
    ReportDetails full;
    full.state = sample_state(ReportStatus::Returned);
    full.intervention = sample_intervention();
    full.latest = sample_version();
    full.versions = sample_versions();
    full.shows_history = true;
    full.events = {{at_noon(day(2024, 10, 2)), 8, "Anna Ägare", ReportEventAction::Submit,
                    ReportStatus::Submitted, ""},
                   {at_noon(day(2024, 10, 3)), 7, "Karin Kansli", ReportEventAction::Return,
                    ReportStatus::Returned, "Komplettera 2.4."}};
    full.return_comment = "Komplettera 2.4.";
    full.actions = {true, true, true, true};
    full.default_signature = "KK";
    full.today = day(2024, 10, 8);
    full.small_count_mentions = {{"2.1", "Aktiviteter", "har 3 deltagare fått arbete"}};
    full.personal_data_mentions = {{"2.1", "Aktiviteter", "anna.svensson@gmail.com"}};
    full.figure_check = FigureCheck{3, true, std::nullopt, true};
    expect_complete("report", report_page(full), "full");
    ReportDetails confirmed = full;
    confirmed.figure_check = FigureCheck{
        3, true, FigureConfirmation{3, at_noon(day(2024, 10, 9)), 7, "Karin Kansli"}, false};
    expect_complete("report", report_page(confirmed), "figures confirmed");
    ReportDetails bare;
    bare.state = sample_state(ReportStatus::Draft);
    bare.state.registry_number.reset();
    bare.state.draft.reset();
    bare.intervention = sample_intervention();
    expect_complete("report", report_page(bare), "no version, no history");

    ReportDiff diff;
    diff.fields = {{"registry_number", "SFG 24-08.01", "SFG 24-08.02"}};
    diff.sections = {SectionChange{"2.1",
                                   "Aktiviteter",
                                   "",
                                   ChangeKind::Changed,
                                   {{DiffOp::Equal, "Gruppen "},
                                    {DiffOp::Deleted, "träffas"},
                                    {DiffOp::Inserted, "träffades"}}}};
    diff.figures = {{Measure::ParticipantsTotal, Unit::Count, 10, 12}};
    diff.goals = {GoalChange{ChangeKind::Added, "", "Nytt mål", {{DiffOp::Inserted, "Nytt mål"}}}};
    const VersionDetails changed{sample_state(ReportStatus::Registered),
                                 sample_intervention(),
                                 sample_version(),
                                 sample_versions(),
                                 1,
                                 diff,
                                 false,
                                 {}};
    expect_complete("report_version", report_version_page(changed), "with changes");
    const VersionDetails first{sample_state(ReportStatus::Registered),
                               sample_intervention(),
                               sample_version(),
                               sample_versions(),
                               std::nullopt,
                               std::nullopt,
                               false,
                               {}};
    expect_complete("report_version", report_version_page(first), "first version");
    VersionDetails redacted = first;
    redacted.may_redact = true;
    redacted.redactions = {{2, at_noon(day(2024, 11, 5)), 7, "Karin Kansli", 3}};
    redacted.figure_check = FigureCheck{2, true, std::nullopt, false};
    expect_complete(
        "report_version",
        report_version_page(redacted,
                            {"Bertil Berg", true, {{"phrases", "”Bertil Berg” finns inte."}}}),
        "the kansli's, with a removal and the form's errors");
}

TEST_F(PageTemplatesTest, TheReportForms) {
    for (const char* id : {"kvartalsrapport", "slutrapport"}) {
        const auto* definition = m_templates.find(id);
        ASSERT_TRUE(definition) << id;
        ReportFormData opened{definition,
                              sample_intervention(),
                              sample_state(ReportStatus::Returned),
                              {},
                              "Komplettera 2.4.",
                              day(2024, 10, 8),
                              {{"section:2.1", "Texten ser ut att innehålla en e-postadress."}}};
        opened.values.sections = {{"2.1", "Text"}};
        expect_complete("report_form",
                        report_form_page(opened, {{"section:2.1", "Fyll i 2.1 Aktiviteter."}}),
                        std::string(id) + ", opened");
        const ReportFormData fresh{
            definition, sample_intervention(), std::nullopt, {}, "", day(2024, 10, 8), {}};
        expect_complete("report_form", report_form_page(fresh, {{"period_start", "Välj kvartal."}}),
                        std::string(id) + ", new");
    }
}

TEST_F(PageTemplatesTest, TheImportPages) {
    expect_complete("import", import_page({{"", "Välj en fil att importera."}}), "error");
    expect_complete("import", import_page({{"q3.pdf", "Filen är skadad."}}), "a file's error");
    expect_complete("import", import_page({}), "empty");
    UploadPreview preview;
    preview.token = "token";
    preview.file_name = "q3.pdf";
    ReadDocument document{"q3.pdf", FileFormat::Pdf, "hash", std::nullopt, {}};
    document.reading.reports = {sample_report()};
    preview.read.documents = {document};
    preview.interventions = {sample_intervention()};
    expect_complete("import_preview", import_preview_page({preview}, {}), "one report");
    expect_complete("import_preview",
                    import_preview_page({preview, preview}, {{"q4.pdf", "Filen är skadad."}}),
                    "two files and one that could not be read");
    Report conflicting = sample_report();
    conflicting.figures.push_back(conflicting.figures.front());
    conflicting.figures.back().value += 1;
    conflicting.figures.back().quote = "Ett annat värde.";
    preview.read.documents.front().reading.reports = {conflicting};
    expect_complete("import_preview", import_preview_page({preview}, {}),
                    "a figure with two values");
    ImportSaved saved;
    saved.reports = 1;
    saved.saved = {SavedImport{7, ReportKind::Quarterly, "Vägvisaren", {}}};
    expect_complete("import_saved", import_saved_page(saved, "1 rapport sparades."), "one");
    saved.already_imported = {"q2.pdf"};
    expect_complete("import_saved", import_saved_page(saved, "1 rapport sparades."),
                    "one, and one file imported before");
    expect_complete("import_saved", import_saved_page({}, "Ingenting sparades."), "none");
}

TEST_F(PageTemplatesTest, TheSettings) {
    SettingsOverview overview;
    overview.settings.id = 1;
    overview.settings.name = "Samordningsförbundet Gävleborg";
    overview.settings.parties = {"Försäkringskassan"};
    expect_complete("settings",
                    settings_page(overview, m_templates, {{"name", "Skriv förbundets namn."}}),
                    "with errors");
}

TEST_F(PageTemplatesTest, TheAccount) {
    const OwnAccount account{sample_user(Role::InterventionOwner), {"anna@exempel.se", true}};
    expect_complete("account", account_page(account, {}, true), "saved");
    expect_complete("account",
                    account_page({sample_user(Role::Kansli), {std::nullopt, false}},
                                 {{"email", "Skriv en e-postadress."}}, false),
                    "with errors");
}

TEST_F(PageTemplatesTest, TheStatistics) {
    Statistics statistics;
    statistics.selection = {{day(2024, 7, 1), day(2024, 9, 30)}, PeriodGranularity::Quarter};
    statistics.association = "Samordningsförbundet Gävleborg";
    statistics.marks_small_counts = true;
    InterventionStatistics insats;
    insats.intervention_id = 3;
    insats.name = "Kärnhuset 2.0";
    insats.owner = "Sandvikens kommun";
    insats.report_id = 12;
    insats.report_period = statistics.selection.period;
    insats.figures = {{Measure::ParticipantsTotal, "", Unit::Count, 12, false, false, {}},
                      {Measure::ParticipantsWomen, "", Unit::Count, 3, false, true, {}},
                      {Measure::EndedByReason, "arbete", Unit::Count, 2, false, true, {}}};
    insats.goals = {{{"Totalt 45 deltagare", 45, Unit::Count, Measure::ParticipantsTotal},
                     12,
                     false,
                     GoalStatus::OnTheWay,
                     Trend::Up}};
    statistics.interventions = {insats};
    statistics.totals = insats.figures;
    expect_complete("statistics", statistics_page(statistics, m_templates, "2024Q3", "", true),
                    "kansli");
    statistics.marks_small_counts = false;
    statistics.interventions.front().figures[1] = {
        Measure::ParticipantsWomen, "", Unit::Count, std::nullopt, true, false, {}};
    expect_complete("statistics",
                    statistics_page(statistics, m_templates, "2024Q3", "Kärnhuset", false),
                    "board");
    expect_complete("statistics",
                    statistics_form_page("2024Q5", "", {{"period", "Perioden finns inte."}}),
                    "error");
}

TEST_F(PageTemplatesTest, SurveyResults) {
    SurveyResultsPage page;
    page.intervention_id = 3;
    page.intervention_name = "Kärnhuset 2.0";
    page.survey_id = "sjalvskattning";
    page.survey_name = "Självskattning";
    page.selection = *parse_period_selection("2024");
    page.surveys = {{"sjalvskattning", "Självskattning", true}, {"bip", "BIP", false}};
    page.kansli_copy = true;
    page.shown.periods = {page.selection.period};
    const ResultQuestion health = ResultQuestion::scale("halsa", "Hur mår du?", 1, 10);
    std::vector<AnswerSheet> sheets;
    for (const int value : {3, 5, 6, 7, 8, 8})
        sheets.push_back(AnswerSheet{SurveyTimePoint::Start,
                                     RespondentKind::Participant,
                                     {QuestionAnswer{"halsa", {value - 1}}}});
    page.shown.results = compute_survey_results({health}, sheets);
    page.shown.results.questions[0].groups[0].options[2].count.marked = true;
    expect_complete("survey_results", survey_results_view(page, "2024"), "kansli");
    page.kansli_copy = false;
    page.shown.scope = SurveyResultsScope::EndedHalfYears;
    expect_complete("survey_results", survey_results_view(page, "2024"), "board");
    page.shown = ShownSurveyResults{SurveyResultsScope::NothingToShow, {}, {}};
    expect_complete("survey_results", survey_results_view(page, "2024Q3"), "nothing to show");
}

TEST_F(PageTemplatesTest, TheBoardReport) {
    const auto layout =
        load_board_layout(templates_dir().parent_path() / "board" / "projektredovisning.json");
    BoardDocument document;
    document.title = "Projektredovisning";
    document.association = "Gävleborg";
    document.period = {day(2024, 1, 1), day(2024, 12, 31)};
    document.period_label = "2024";
    document.made_on = day(2025, 1, 20);
    document.kansli_copy = true;
    BoardSummaryRow row;
    row.name = "Kärnhuset 2.0";
    row.intervention_id = 3;
    row.participants_total.value = 12;
    document.summary = {row};
    BoardIntervention part;
    part.name = "Kärnhuset 2.0";
    part.owner = "Sandvikens kommun";
    part.intervention_id = 3;
    part.source = "Kvartalsrapport 2024-07-01 – 2024-09-30";
    part.sections = {{"resultat", "Resultat", "Det går bra.\n\nFler deltagare.", true, "Bra."}};
    part.source_choices = {{12, "Kvartalsrapport 2024-07-01 – 2024-09-30", true},
                           {13, "Slutrapport 2024-01-01 – 2024-12-31", false}};
    document.interventions = {part};
    document.attention = {{"Kärnhuset 2.0", "Kvartalsrapporten för kvartal 2 2024 saknas"}};
    expect_complete("board_report", board_report_page(document, layout, "2024"), "kansli");
    document.kansli_copy = false;
    document.attention.clear();
    expect_complete("board_report", board_report_page(document, layout, "2024"), "board");
    expect_complete("board_report",
                    board_report_form_page("2024Q5", {{"period", "Perioden finns inte."}}),
                    "error");
    const BoardTextForm form{"2024",     "2024",         3,     "Kärnhuset 2.0", "resultat",
                             "Resultat", "Det går bra.", "Bra."};
    expect_complete("board_text", board_text_page(form, {}), "form");
    expect_complete("board_text", board_text_page(form, {{"text", "Ett personnummer."}}), "error");
}

TEST_F(PageTemplatesTest, TheRegisterFigures) {
    RegisterYear register_year{2024, {}};
    RegisterRow row;
    row.name = "Kärnhuset 2.0";
    row.owner = "Sandvikens kommun";
    row.kind = InterventionKind::Individual;
    row.granted_sek = 400000;
    row.women = 8;
    row.men = 7;
    row.total = 15;
    row.source = ParticipantSource::PeriodFigures;
    register_year.rows = {row};
    expect_complete("register", register_page(register_year), "one insats");
    expect_complete("register", register_page(RegisterYear{2023, {}}), "empty");
}

TEST_F(PageTemplatesTest, TheUserAdministrationPages) {
    const ApiToken token{
        5,           7, 1, "karin", "Ekonomi", at_noon(day(2024, 10, 3)), at_noon(day(2024, 10, 4)),
        std::nullopt};
    const UsersOverview full{
        {sample_user(Role::InterventionOwner)}, {{3, "Kärnhuset 2.0"}}, {token}};
    expect_complete("users", users_page(full, {}, {}), "full");
    expect_complete("users",
                    users_page({}, {"karin", "", "admin", {"Kärnhuset 2.0"}, ""},
                               {{"username", "Upptaget."}, {"insats", "Ingen sådan."}}),
                    "empty, with errors");
    const UserOverview owner{
        sample_user(Role::InterventionOwner), {{3, "Kärnhuset 2.0"}}, {token}, true};
    expect_complete("user", user_page(owner, 1, "Insatserna är sparade.", {}), "an insatsägare");
    const UserOverview admin{sample_user(Role::Admin), {}, {}, false};
    expect_complete("user", user_page(admin, 7, "", {{"user", "Nej."}}), "an admin, oneself");
    const IssuedInvitation invitation{"token", sample_user(Role::Board), InvitationPurpose::Invite,
                                      at_noon(day(2024, 10, 10))};
    expect_complete("invitation_link",
                    invitation_link_page(invitation, "http://127.0.0.1/losenord/token"), "invite");
    const OpenInvitation open{sample_user(Role::Board), InvitationPurpose::Reset,
                              at_noon(day(2024, 10, 10))};
    expect_complete("set_password",
                    set_password_page(open, "/losenord/token", {{"password", "För kort."}}),
                    "reset, with an error");
}

TEST_F(PageTemplatesTest, TheAuditTrail) {
    AuditTrailPage full;
    full.filter = {7, AuditAction::View, day(2024, 10, 1), day(2024, 10, 31), 2};
    full.entries = {{{at_noon(day(2024, 10, 3)), 7, AuditAction::View, AuditObject::Report, 12, ""},
                     "Karin Kansli",
                     "Kärnhuset 2.0"},
                    {{at_noon(day(2024, 10, 3)), std::nullopt, AuditAction::LoginFailed,
                      AuditObject::User, std::nullopt, "command line"},
                     "",
                     ""}};
    full.has_older = true;
    full.users = {sample_user(Role::Kansli)};
    expect_complete("audit_trail", audit_trail_page(full, {}), "full");
    expect_complete("audit_trail", audit_trail_page({}, {{"fran", "Fel datum."}}), "empty");
}

TEST_F(PageTemplatesTest, TheSearch) {
    const BoardLayout layout =
        load_board_layout(templates_dir().parent_path() / "board" / "projektredovisning.json");
    SearchResults full;
    full.asked.text = "arbetsträning";
    full.asked.insats = "3";
    full.asked.kind = ReportKind::Final;
    full.asked.sections = {"framgangsfaktorer"};
    full.asked.status = ReportStatus::Reviewed;
    full.searched = true;
    full.total = 41;
    full.page = 2;
    full.page_count = 3;
    full.hits = {{12,
                  3,
                  "Kärnhuset 2.0",
                  ReportKind::Final,
                  {day(2024, 1, 1), day(2024, 12, 31)},
                  ReportStatus::Reviewed,
                  {{PassageSource::Section,
                    "6.4",
                    "Framgångsfaktorer",
                    {{"… nära ", false}, {"arbetsträning", true}, {" …", false}}}}}};
    expect_complete("search", search_page(full, {sample_intervention()}, layout, {}), "full");
    SearchResults board;
    board.shows_status = false;
    board.shows_comments = false;
    expect_complete("search", search_page(board, {}, layout, {{"period", "Fel period."}}),
                    "empty, with an error");
    board.searched = true;
    board.reviewed_only = true;
    const std::string nothing_found =
        Views(FINSAM_WEB_TEMPLATES_DIR).render("search", search_page(board, {}, layout, {}));
    EXPECT_NE(nothing_found.find("Inga granskade rapporter innehåller det du sökte efter."),
              std::string::npos);
}

TEST_F(PageTemplatesTest, TheLessons) {
    PeriodLessons full;
    full.asked = {*parse_period_selection("2024H1"), "arbetsgivare"};
    full.searched = true;
    full.interventions = {{3,
                           "Kärnhuset 2.0",
                           InterventionKind::Individual,
                           {{"framgangsfaktorer",
                             "Framgångsfaktorer",
                             {{12,
                               "Slutrapport 2024-01-01 – 2024-06-30",
                               "Arbetsgivarna ställde upp.",
                               {{{"Arbetsgivarna", true}, {" ställde upp.", false}}}}}},
                            {"lardomar", "Lärdomar", {}}}}};
    expect_complete("lessons", lessons_page(full, "2024H1", {}), "full");
    expect_complete("lessons", lessons_page({}, "förr", {{"period", "Fel period."}}),
                    "empty, with an error");
    PeriodLessons boards_none;
    boards_none.reviewed_only = true;
    const std::string boards_page =
        Views(FINSAM_WEB_TEMPLATES_DIR).render("lessons", lessons_page(boards_none, "2024", {}));
    EXPECT_NE(boards_page.find("Styrelsen läser en rapport när kansliet har granskat den."),
              std::string::npos);
}

SurveyDefinition sample_survey() {
    SurveyDefinition survey;
    survey.id = "uppfoljning";
    survey.name = "Uppföljning";
    survey.introduction = "Svara som det är.";
    survey.respondents = {RespondentKind::Participant};
    survey.time_points = {SurveyTimePoint::End};
    const std::map<RespondentKind, std::string> text{{RespondentKind::Participant, "Fråga?"}};
    survey.questions = {
        {"halsa", QuestionKind::Scale, text, "Dåligt", "Bra", {}, true},
        {"kon", QuestionKind::SingleChoice, text, "", "", {{"a", "A"}, {"b", "B"}}, false},
        {"stod", QuestionKind::MultipleChoice, text, "", "", {{"a", "A"}, {"b", "B"}}, false},
        {"nojd", QuestionKind::YesNo, text, "", "", {}, true},
        {"ord", QuestionKind::FreeText, text, "", "", {}, false},
    };
    return survey;
}

SurveyRound sample_round(bool requires_code) {
    SurveyRound round;
    round.id = 5;
    round.intervention_id = 3;
    round.survey_id = "uppfoljning";
    round.time_point = SurveyTimePoint::End;
    round.token = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    round.requires_code = requires_code;
    return round;
}

TEST_F(PageTemplatesTest, TheSurveyPages) {
    const SurveyDefinition survey = sample_survey();
    InterventionSurveys full{
        sample_intervention(),
        {{sample_round(true), "Uppföljning", 12}, {sample_round(false), "", 0}},
        {&survey}};
    expect_complete("surveys", intervention_surveys_page(full, "http://finsam.example", {}),
                    "full");
    expect_complete("surveys",
                    intervention_surveys_page(InterventionSurveys{sample_intervention(), {}, {}},
                                              "http://finsam.example", {{"enkat", "Välj."}}),
                    "empty, with an error");
    expect_complete(
        "survey_print",
        survey_print_page(sample_round(true), "http://finsam.example", {"ABCD-EFGH", "JKMN-PQRS"}),
        "with codes");
    expect_complete("survey_print",
                    survey_print_page(sample_round(true), "http://finsam.example", {}), "link");
    SurveyToAnswer form{sample_round(true), &survey,
                        survey.questions_for(RespondentKind::Participant)};
    FieldMap sent({{"q_halsa", "4"}, {"q_ord", "Text"}});
    sent.add("q_stod", "a");
    expect_complete("survey_answer", survey_answer_page(form, nullptr, {}, "nonce"), "empty");
    expect_complete("survey_answer",
                    survey_answer_page(
                        form, &static_cast<const FieldSource&>(sent.fields()),
                        {{"q_nojd", "Fråga 4: Frågan behöver ett svar."}, {"kod", "Skriv koden."}},
                        "nonce"),
                    "sent back with errors");
    expect_complete("survey_thanks", mstch::map{}, "thanks");
}

TEST(PageTemplates, EveryPageTemplateHasAViewModelTest) {
    const std::set<std::string> tested{"layout",
                                       "error",
                                       "login",
                                       "overview",
                                       "interventions",
                                       "intervention",
                                       "intervention_form",
                                       "report",
                                       "report_version",
                                       "report_form",
                                       "import",
                                       "import_preview",
                                       "import_saved",
                                       "settings",
                                       "statistics",
                                       "register",
                                       "board_report",
                                       "board_text",
                                       "users",
                                       "user",
                                       "invitation_link",
                                       "set_password",
                                       "audit_trail",
                                       "search",
                                       "lessons",
                                       "survey_results",
                                       "start_owner",
                                       "start_kansli",
                                       "start_board",
                                       "account",
                                       "surveys",
                                       "survey_print",
                                       "survey_answer",
                                       "survey_thanks"};
    for (const auto& entry : std::filesystem::directory_iterator(FINSAM_WEB_TEMPLATES_DIR)) {
        const std::string name = entry.path().stem().string();
        if (!name.starts_with("_")) {
            EXPECT_TRUE(tested.contains(name))
                << name << ".mustache has no view model in PageTemplatesTest";
        }
    }
}

} // namespace
} // namespace finsam::testing
