#include "domain/CodeLists.h"

#include "TestSupport.h"
#include "domain/TemplateDefinition.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

class CodeListsTest : public ::testing::Test {
protected:
    std::filesystem::path write_list(const std::string& id, const std::string& json) {
        const auto file = m_directory.path() / "codes" / (id + ".json");
        std::filesystem::create_directories(file.parent_path());
        write_file(file, json);
        return file;
    }

    /// A report template whose form breaks the ended down by `code_list`.
    std::filesystem::path write_template(const std::string& code_list,
                                         const std::string& key_figures = "[]") {
        const auto file = m_directory.path() / "reports" / "kvartal.json";
        std::filesystem::create_directories(file.parent_path());
        write_file(file, R"({"id": "kvartal", "kind": "kvartalsrapport",
            "sections": [{"id": "2.1", "title": "Aktiviteter"}],
            "form": {"sections": ["2.1"], "key_figures": )" +
                             key_figures + R"(,
              "participant_table": {"caption": "Deltagare",
                "rows": [{"measure": "ended_in_period", "label": "Avslutade under perioden"}],
                "breakdowns": [{"caption": "Avslutade efter avslutsorsak", "code_list": ")" +
                             code_list + R"(",
                  "columns": [{"measure": "ended_by_reason", "label": "Avslutade"}]}]}}})");
        return file;
    }

    TemporaryDirectory m_directory;
};

TEST_F(CodeListsTest, AListTakesItsIdFromTheFileName) {
    const auto file = write_list("end_reasons", R"({"title": "Avslutsorsak", "codes": [
        {"code": "arbete", "label": "Arbete"}, {"code": "eget_val", "label": "Eget val"}]})");
    const auto list = load_code_list(file);
    ASSERT_TRUE(list) << list.error().reason;
    EXPECT_EQ(list->id, "end_reasons");
    EXPECT_EQ(list->title, "Avslutsorsak");
    EXPECT_EQ(list->codes, (std::vector<Code>{{"arbete", "Arbete"}, {"eget_val", "Eget val"}}));
}

TEST_F(CodeListsTest, ACodeGivenTwiceIsRefusedNamingTheFile) {
    const auto file = write_list("referrers", R"({"codes": [
        {"code": "af", "label": "Arbetsförmedlingen"}, {"code": "af", "label": "AF"}]})");
    const auto list = load_code_list(file);
    ASSERT_FALSE(list);
    EXPECT_EQ(list.error().file, file.string());
    EXPECT_EQ(list.error().reason, "the code 'af' is given twice");
}

TEST_F(CodeListsTest, ALabelGivenTwiceIsRefused) {
    const auto list = load_code_list(write_list("referrers", R"({"codes": [
        {"code": "af", "label": "Arbetsförmedlingen"},
        {"code": "arbetsformedlingen", "label": "Arbetsförmedlingen"}]})"));
    ASSERT_FALSE(list);
    EXPECT_EQ(list.error().reason, "the label 'Arbetsförmedlingen' is given twice");
}

TEST_F(CodeListsTest, ACodeMustBeAnAsciiSlug) {
    for (const std::string code : {"Arbete", "ohälsa", "eget val", "eget-val", "1arbete", ""}) {
        const auto list = load_code_list(
            write_list("end_reasons", R"({"codes": [{"code": ")" + code + R"(", "label": "X"}]})"));
        EXPECT_FALSE(list) << code;
    }
    EXPECT_TRUE(is_code_slug("unga_16_29"));
}

TEST_F(CodeListsTest, AListWithoutCodesOrALabelIsRefused) {
    EXPECT_FALSE(load_code_list(write_list("empty", R"({"codes": []})")));
    EXPECT_FALSE(
        load_code_list(write_list("unlabelled", R"({"codes": [{"code": "a", "label": ""}]})")));
    EXPECT_FALSE(load_code_list(write_list("broken", R"({"codes": [)")));
}

TEST_F(CodeListsTest, TheListsStandBesideTheReportTemplates) {
    EXPECT_EQ(code_lists_folder("/srv/finsam/templates/reports"),
              std::filesystem::path("/srv/finsam/templates/codes"));
    EXPECT_EQ(code_lists_folder("/srv/finsam/templates/reports/"),
              std::filesystem::path("/srv/finsam/templates/codes"));
}

TEST_F(CodeListsTest, EveryShippedListLoadsAndEveryFormFindsItsLists) {
    const auto lists = load_code_lists(code_lists_folder(templates_dir()));
    ASSERT_TRUE(lists) << lists.error().file << ": " << lists.error().reason;
    for (const std::string id : {"end_reasons", "income_sources", "referrers", "target_groups"})
        EXPECT_TRUE(find_code_list(*lists, id)) << id;
    const auto templates = load_templates(templates_dir());
    ASSERT_TRUE(templates) << templates.error().file << ": " << templates.error().reason;
}

TEST_F(CodeListsTest, AFormTakesItsBreakdownCodesFromTheList) {
    write_list("end_reasons", R"({"codes": [{"code": "arbete", "label": "Arbete"}]})");
    const auto definition = load_template(write_template("end_reasons"));
    ASSERT_TRUE(definition) << definition.error().reason;
    const auto& table = definition->form.participant_table;
    ASSERT_EQ(table.breakdowns.size(), 1u);
    EXPECT_EQ(table.breakdowns[0].codes.codes, (std::vector<Code>{{"arbete", "Arbete"}}));
}

TEST_F(CodeListsTest, AFormNamingAnUnknownListIsRefused) {
    write_list("end_reasons", R"({"codes": [{"code": "arbete", "label": "Arbete"}]})");
    write_template("avslutsorsaker");
    const auto templates = load_templates(m_directory.path() / "reports");
    ASSERT_FALSE(templates);
    EXPECT_EQ(templates.error().reason, "the form names the unknown code list 'avslutsorsaker'");
}

TEST_F(CodeListsTest, ABrokenListStopsTheTemplatesFromLoading) {
    write_list("end_reasons", R"({"codes": [{"code": "Arbete", "label": "Arbete"}]})");
    write_template("end_reasons");
    const auto templates = load_templates(m_directory.path() / "reports");
    ASSERT_FALSE(templates);
    EXPECT_EQ(templates.error().file, (m_directory.path() / "codes" / "end_reasons.json").string());
}

TEST_F(CodeListsTest, AFormAskingTwiceForAMeasureIsRefused) {
    write_list("end_reasons", R"({"codes": [{"code": "arbete", "label": "Arbete"}]})");
    write_template("end_reasons", R"([{"measure": "ended_in_period", "label": "Avslutade"}])");
    const auto templates = load_templates(m_directory.path() / "reports");
    ASSERT_FALSE(templates);
    EXPECT_EQ(templates.error().reason, "the form asks twice for 'ended_in_period'");
}

} // namespace
} // namespace finsam::testing
