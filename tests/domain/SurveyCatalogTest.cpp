#include "domain/SurveyCatalog.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

class SurveyCatalogTest : public ::testing::Test {
protected:
    void write_survey(const std::string& file_name, const std::string& json) {
        std::filesystem::create_directories(folder());
        write_file(folder() / file_name, json);
    }

    std::filesystem::path folder() const { return m_directory.path() / "surveys"; }

    TemporaryDirectory m_directory;
};

constexpr const char* k_national = R"({"id": "indikator", "name": "Indikatorer", "version": 2,
    "national": true, "respondents": ["participant"], "time_points": ["during", "end"],
    "scale": {"low": "Inte alls", "high": "Helt"},
    "questions": [{"id": "bemotande", "kind": "scale", "text": "Jag har blivit väl bemött."}]})";

constexpr const char* k_shared = R"({"id": "egen", "name": "Egen", "version": 1,
    "respondents": ["participant"], "time_points": ["end"],
    "questions": [{"id": "nojd", "kind": "yes_no", "text": "Är du nöjd?"}]})";

TEST_F(SurveyCatalogTest, ReadsEveryKindOfQuestionWithItsWordingPerRespondent) {
    write_survey("bip.json", R"({"id": "bip", "name": "BIP", "version": 3,
        "introduction": "Svara som det är.",
        "respondents": ["participant", "caseworker"], "time_points": ["start", "end"],
        "scale": {"low": "Stämmer inte", "high": "Stämmer helt"},
        "questions": [
          {"id": "tro", "kind": "scale", "text": {"participant": "Jag tror på mig.",
                                                  "caseworker": "Deltagaren tror på sig."}},
          {"id": "arbete", "kind": "scale", "text": {"caseworker": "Hen får arbete."},
           "scale": {"low": "Nej", "high": "Ja"}},
          {"id": "kon", "kind": "single_choice", "required": false, "text": "Kön?",
           "options": [{"code": "kvinna", "label": "Kvinna"}, {"code": "man", "label": "Man"}]},
          {"id": "stod", "kind": "multiple_choice", "text": "Stöd?",
           "options": [{"code": "samtal", "label": "Samtal"}, {"code": "grupp", "label": "Grupp"}]},
          {"id": "vald", "kind": "yes_no", "text": "Våld?"},
          {"id": "ovrigt", "kind": "free_text", "text": "Övrigt?"}]})");

    const auto surveys = load_survey_definitions(folder());

    ASSERT_TRUE(surveys) << surveys.error().reason;
    ASSERT_EQ(surveys->size(), 1u);
    const auto& bip = surveys->front();
    EXPECT_EQ(bip.id, "bip");
    EXPECT_EQ(bip.version, 3);
    EXPECT_FALSE(bip.national);
    EXPECT_EQ(bip.introduction, "Svara som det är.");
    EXPECT_EQ(bip.respondents,
              (std::vector{RespondentKind::Participant, RespondentKind::Caseworker}));
    EXPECT_EQ(bip.time_points, (std::vector{SurveyTimePoint::Start, SurveyTimePoint::End}));
    EXPECT_EQ(bip.questions_for(RespondentKind::Participant).size(), 5u);
    EXPECT_EQ(bip.questions_for(RespondentKind::Caseworker).size(), 6u);
    EXPECT_EQ(*bip.find_question("tro")->text_for(RespondentKind::Caseworker),
              "Deltagaren tror på sig.");
    EXPECT_EQ(bip.find_question("arbete")->text_for(RespondentKind::Participant), nullptr);
    EXPECT_EQ(bip.find_question("tro")->low_label, "Stämmer inte");
    EXPECT_EQ(bip.find_question("arbete")->high_label, "Ja");
    EXPECT_EQ(bip.find_question("kon")->kind, QuestionKind::SingleChoice);
    EXPECT_FALSE(bip.find_question("kon")->required);
    EXPECT_EQ(bip.find_question("stod")->options.back(), (ChoiceOption{"grupp", "Grupp"}));
    EXPECT_TRUE(bip.find_question("vald")->required);
    EXPECT_FALSE(bip.find_question("ovrigt")->required);
}

TEST_F(SurveyCatalogTest, RefusesADefinitionThatCannotBeAnswered) {
    const std::vector<std::pair<std::string, std::string>> broken = {
        {"no end labels", R"({"id": "a", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": ["end"], "questions": [{"id": "q", "kind":
            "scale", "text": "?"}]})"},
        {"one option", R"({"id": "a", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": ["end"], "questions": [{"id": "q", "kind":
            "single_choice", "text": "?", "options": [{"code": "x", "label": "X"}]}]})"},
        {"unknown respondent", R"({"id": "a", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": ["end"], "questions": [{"id": "q", "kind":
            "yes_no", "text": {"caseworker": "?"}}]})"},
        {"unknown kind", R"({"id": "a", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": ["end"], "questions": [{"id": "q", "kind":
            "slider", "text": "?"}]})"},
        {"no time point", R"({"id": "a", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": [], "questions": [{"id": "q", "kind":
            "yes_no", "text": "?"}]})"},
        {"question twice", R"({"id": "a", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": ["end"], "questions": [{"id": "q", "kind":
            "yes_no", "text": "?"}, {"id": "q", "kind": "yes_no", "text": "?"}]})"},
        {"id no slug", R"({"id": "A b", "name": "A", "version": 1, "respondents":
            ["participant"], "time_points": ["end"], "questions": [{"id": "q", "kind":
            "yes_no", "text": "?"}]})"},
    };
    for (const auto& [why, json] : broken) {
        write_survey("broken.json", json);
        EXPECT_FALSE(load_survey_definitions(folder())) << why;
    }
}

TEST_F(SurveyCatalogTest, AForbundVariesASharedSurveyAndAddsItsOwn) {
    write_survey("egen.json", k_shared);
    write_survey("indikator.json", k_national);
    write_survey("dalen-egen.json", R"({"id": "egen", "name": "Egen för Dalen", "version": 1,
        "forbund": "Samordningsförbundet Dalen", "respondents": ["participant"],
        "time_points": ["end"],
        "questions": [{"id": "nojd", "kind": "yes_no", "text": "Är du nöjd med Dalen?"}]})");
    write_survey("dalen-extra.json", R"({"id": "extra", "name": "Extra", "version": 1,
        "forbund": "Samordningsförbundet Dalen", "respondents": ["participant"],
        "time_points": ["end"], "questions": [{"id": "ord", "kind": "free_text", "text":
        "Något mer?"}]})");

    const auto catalog = load_survey_catalog(folder());

    ASSERT_TRUE(catalog) << catalog.error().reason;
    EXPECT_EQ(catalog->find("samordningsförbundet  dalen", "egen")->name, "Egen för Dalen");
    EXPECT_EQ(catalog->find("Samordningsförbundet Höjden", "egen")->name, "Egen");
    EXPECT_EQ(catalog->find("Samordningsförbundet Höjden", "extra"), nullptr);
    EXPECT_EQ(catalog->find("Samordningsförbundet Dalen", "indikator")->version, 2);
    std::vector<std::string> dalen;
    for (const auto* survey : catalog->for_association("Samordningsförbundet Dalen"))
        dalen.push_back(survey->name);
    EXPECT_EQ(dalen, (std::vector<std::string>{"Egen för Dalen", "Extra", "Indikatorer"}));
    EXPECT_EQ(catalog->for_association("Samordningsförbundet Höjden").size(), 2u);
}

TEST_F(SurveyCatalogTest, AForbundCannotRewordANationalSurvey) {
    write_survey("indikator.json", k_national);
    write_survey("dalen.json", R"({"id": "indikator", "name": "Indikatorer", "version": 2,
        "forbund": "Samordningsförbundet Dalen", "respondents": ["participant"],
        "time_points": ["end"], "scale": {"low": "Nej", "high": "Ja"},
        "questions": [{"id": "bemotande", "kind": "scale", "text": "Var de snälla?"}]})");

    const auto catalog = load_survey_catalog(folder());

    ASSERT_FALSE(catalog);
    EXPECT_NE(catalog.error().reason.find("national"), std::string::npos);
}

TEST_F(SurveyCatalogTest, AForbundsOwnSurveyCannotCallItselfNational) {
    write_survey("dalen.json", R"({"id": "riks", "name": "Riks", "version": 1,
        "national": true, "forbund": "Samordningsförbundet Dalen",
        "respondents": ["participant"], "time_points": ["end"],
        "questions": [{"id": "q", "kind": "yes_no", "text": "?"}]})");

    EXPECT_FALSE(load_survey_catalog(folder()));
}

TEST_F(SurveyCatalogTest, ASurveyIsDefinedOncePerForbund) {
    write_survey("a.json", k_shared);
    write_survey("b.json", k_shared);

    EXPECT_FALSE(load_survey_catalog(folder()));
}

TEST_F(SurveyCatalogTest, TheSurveysShippedWithTheProgramLoad) {
    const auto folder = surveys_folder(templates_dir());

    const auto catalog = load_survey_catalog(folder);

    ASSERT_TRUE(catalog) << catalog.error().file << ": " << catalog.error().reason;
    const auto* self_assessment =
        catalog->find("Samordningsförbundet Exempeldalen", "sjalvskattning");
    ASSERT_NE(self_assessment, nullptr);
    EXPECT_EQ(self_assessment->questions.size(), 6u);
    const auto* screening = catalog->find("Samordningsförbundet Exempeldalen", "valdsscreening");
    ASSERT_NE(screening, nullptr);
    EXPECT_EQ(screening->questions.size(), 7u);
    const auto* bip = catalog->find("Samordningsförbundet Exempeldalen", "bip");
    ASSERT_NE(bip, nullptr);
    EXPECT_EQ(bip->questions_for(RespondentKind::Participant).size(), 9u);
    EXPECT_EQ(bip->questions_for(RespondentKind::Caseworker).size(), 11u);
    const auto* indicators = catalog->find("Samordningsförbundet Exempeldalen", "indikatorenkat");
    ASSERT_NE(indicators, nullptr);
    EXPECT_TRUE(indicators->national);
    EXPECT_NE(catalog->find("Samordningsförbundet Exempeldalen", "exempeldalen_uppfoljning"),
              nullptr);
    EXPECT_EQ(catalog->find("Samordningsförbundet Annat", "exempeldalen_uppfoljning"), nullptr);
}

TEST(SurveysFolderTest, StandsBesideTheReportTemplates) {
    EXPECT_EQ(surveys_folder("/srv/finsam/templates/reports/"),
              std::filesystem::path("/srv/finsam/templates/surveys"));
}

} // namespace
} // namespace finsam::testing
