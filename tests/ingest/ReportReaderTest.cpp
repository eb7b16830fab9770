// Reader behaviour on small fixtures that reproduce one quirk each.
#include "ingest/ReportReader.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

DocumentReading read_text(std::string_view text) {
    auto templates = load_templates(testing::templates_dir());
    EXPECT_TRUE(templates.has_value());
    return ReportReader(*templates).read(text);
}

bool has_warning(const Report& report, std::string_view code) {
    for (const auto& warning : report.warnings) {
        if (warning.code == code)
            return true;
    }
    return false;
}

constexpr std::string_view k_final_report_head =
    "Slutrapport\n\n1. Allmänna uppgifter\n\nInsatsens namn\nProvinsatsen\n"
    "Insatstid – åååå-mm-dd\n";

TEST(ReportReader, WarnsWhenUsedFundsExceedGranted) {
    auto text = std::string(k_final_report_head) +
                "240101 - 241231\nBeviljade medel för insatsen\n100 000 kr\nUtnyttjade medel\n"
                "120 500 kr\n\n8. Uppgiftslämnare\n\nDatum Namn\n2025-01-20 Eva Exempel\n";
    auto reading = read_text(text);
    ASSERT_EQ(reading.reports.size(), 1u);
    EXPECT_TRUE(has_warning(reading.reports[0], "used_above_granted"));
    EXPECT_FALSE(has_warning(reading.reports[0], "reporter_date_before_period_end"));
}

TEST(ReportReader, WarnsAboutAReversedPeriodAndAnEarlyReporterDate) {
    auto text = std::string(k_final_report_head) +
                "241231 - 240101\nUtnyttjade medel\n10 000 kr\n\n8. Uppgiftslämnare\n\n"
                "Datum Namn\n2023-12-01 Eva Exempel\n";
    auto reading = read_text(text);
    ASSERT_EQ(reading.reports.size(), 1u);
    EXPECT_TRUE(has_warning(reading.reports[0], "period_reversed"));
    EXPECT_TRUE(has_warning(reading.reports[0], "reporter_date_before_period_end"));
}

TEST(ReportReader, RefusesTextThatIsNoReport) {
    auto reading = read_text("Protokoll från styrelsemöte\n\nNärvarande: alla.\n");
    EXPECT_FALSE(reading.document_kind);
    EXPECT_TRUE(reading.reports.empty());
    ASSERT_EQ(reading.errors.size(), 1u);
}

TEST(ReportReader, RemovesAPersonalIdentityNumberBeforeItIsStored) {
    auto reading = read_text("Kvartalsrapport\n\nInsatsens namn\nProvinsatsen\n\n"
                             "2.1 Aktiviteter:\nEn deltagare (640823-3234) har fått arbete.\n");
    ASSERT_EQ(reading.reports.size(), 1u);
    const auto& report = reading.reports[0];
    EXPECT_EQ(report.section("2.1")->text,
              "En deltagare ([personnummer borttaget]) har fått arbete.");
    ASSERT_TRUE(has_warning(report, "personal_identity_number"));
    for (const auto& warning : report.warnings)
        EXPECT_EQ(warning.message.find("640823"), std::string::npos);
    for (const auto& figure : report.figures)
        EXPECT_EQ(figure.quote.find("640823"), std::string::npos);
}

TEST(ReportReader, ReadsTheFuzzerCrashWithATenDigitNumber) {
    // Found by finsam_fuzz_report_reader: a ten-digit number overflowed int in the figure
    // tokenizer. Under UBSan the overflow aborts; now the number is simply no figure.
    auto reading =
        read_text(testing::read_file(testing::fixture("fuzz-crash-ten-digit-number.md")));
    EXPECT_EQ(reading.document_kind, ReportKind::Quarterly);
}

TEST(ReportReader, NamesAMissingInsatsName) {
    auto reading = read_text("Kvartalsrapport\n\nKvartalsrapporten gäller för perioden\n"
                             "240101 - 240331\n\n2.1 Aktiviteter:\nVi har startat.\n");
    ASSERT_EQ(reading.reports.size(), 1u);
    EXPECT_TRUE(has_warning(reading.reports[0], "missing_field"));
}

} // namespace
} // namespace finsam
