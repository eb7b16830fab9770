#include "ingest/text/HeaderFields.h"

#include "TextFixtures.h"
#include "ingest/text/CleanLines.h"
#include "ingest/text/FieldValues.h"

namespace finsam {
namespace {

using testing::template_named;
using namespace std::chrono;

HeaderFields fields_of(std::string_view text, const std::string& template_id) {
    auto definition = template_named(template_id);
    auto lines = clean_lines(text, definition.boilerplate);
    return read_header_fields(lines, find_sections(lines, definition), definition);
}

TEST(HeaderFields, ReadsFlattenedRegistrationBoxOfAPdf) {
    auto text = "Kvartalsrapport \n\n"
                "    Diarienummer                         Signatur \n"
                "    XYZ 25-03.07                            BKL  \n \n"
                "    Ankomstdatum                 \n    2025-04-12                 \n\n"
                "1. Allmänna uppgifter \n\nInsatsens namn \n\nStegvis 3.0 \n\n"
                "Huvudman för insatsen \n\nExempelby kommun, Arbetsmarknadsenheten \n\n"
                "Kvartalsrapporten gäller för perioden    \n\n250101 - 250331 \n";
    auto fields = fields_of(text, "kvartalsrapport");
    EXPECT_EQ(fields.registration.registry_number, "XYZ 25-03.07");
    EXPECT_EQ(fields.registration.signature, "BKL");
    EXPECT_EQ(fields.registration.arrival_date, year{2025} / 4 / 12);
    EXPECT_EQ(fields.intervention_name, "Stegvis 3.0");
    EXPECT_EQ(fields.owner, "Exempelby kommun, Arbetsmarknadsenheten");
    EXPECT_EQ(fields.period.start, year{2025} / 1 / 1);
    EXPECT_EQ(fields.period.end, year{2025} / 3 / 31);
}

TEST(HeaderFields, LeavesAnEmptyRegistrationBoxEmpty) {
    auto text = "Kvartalsrapport\n\nDiarienummer\n\nSignatur\n\nAnkomstdatum\n\n"
                "## 1. Allmänna uppgifter\n\nInsatsens namn\n\nRäkna med oss\n";
    auto fields = fields_of(text, "kvartalsrapport");
    EXPECT_FALSE(fields.registration.registry_number);
    EXPECT_FALSE(fields.registration.signature);
    EXPECT_FALSE(fields.registration.arrival_date);
    EXPECT_EQ(fields.intervention_name, "Räkna med oss");
}

TEST(HeaderFields, ReadsSlutrapportFundsOwnerPartnersAndReporter) {
    auto text = "Slutrapport \n\n1. Allmänna uppgifter \n\nInsatsens namn \nStöd efter Trisam - "
                "Exempelby \n"
                "Insatstid – åååå-mm-dd    \n211001 - 220131 \n"
                "Beviljade medel för insatsen \n250 000 kr \nUtnyttjade medel \n196 997 kr \n\n"
                "2. Ansvarig för genomförande av insatsen \n\n"
                "Organisations namn Arbetsställets namn \n"
                "Exempelby kommun Arbete & Försörjning Jobbcentrum \n"
                "Namn - kontaktperson för insatsägare  Mobiltelefonnummer \n"
                "Eva Exempel 070-000 00 00 \n\n"
                " 3. Samverkansparter  \n\nOrganisation \nRegion Exempel, VO Primärvård \n"
                "Organisation \nFörsäkringskassan \nOrganisation \n      \n\n"
                "4. Insatsbeskrivning \n\n8. Uppgiftslämnare \n\nDatum Namn \n"
                "22-02-15 Eva Exempel, Teamledare, Jobbcentrum \n";
    auto fields = fields_of(text, "slutrapport");
    EXPECT_EQ(fields.intervention_name, "Stöd efter Trisam - Exempelby");
    EXPECT_EQ(fields.period.start, year{2021} / 10 / 1);
    EXPECT_EQ(fields.period.end, year{2022} / 1 / 31);
    EXPECT_EQ(fields.funds.granted_sek, 250000);
    EXPECT_EQ(fields.funds.used_sek, 196997);
    EXPECT_EQ(fields.owner, "Exempelby kommun");
    EXPECT_EQ(fields.partners,
              (std::vector<std::string>{"Region Exempel, VO Primärvård", "Försäkringskassan"}));
    EXPECT_EQ(fields.reporter.date, year{2022} / 2 / 15);
    EXPECT_EQ(fields.reporter.name, "Eva Exempel");
}

TEST(HeaderFields, ReportsAnUnreadableDate) {
    auto text = "Projektägare/ansvarig part \nExempelby kommun \n\nPeriod \n20101–220831 \n";
    auto fields = fields_of(text, "projektredovisning");
    EXPECT_EQ(fields.owner, "Exempelby kommun");
    EXPECT_FALSE(fields.period.start);
    EXPECT_EQ(fields.period.end, year{2022} / 8 / 31);
    ASSERT_EQ(fields.date_errors.size(), 1u);
    EXPECT_EQ(fields.date_errors[0].input, "20101");
}

TEST(FieldValues, ParsesAmounts) {
    EXPECT_EQ(parse_amount("100 000 kr"), 100000);
    EXPECT_EQ(parse_amount("96 997 kr"), 96997);
    EXPECT_EQ(parse_amount("1.200.000 SEK"), 1200000);
    EXPECT_EQ(parse_amount("100000:-"), 100000);
    EXPECT_EQ(parse_amount("Ca 45 000,50 kr"), 45000);
    EXPECT_FALSE(parse_amount("inga medel"));
}

TEST(FieldValues, SplitsColumnsAndOrganisations) {
    EXPECT_EQ(split_columns("SFG 24-08.02      AKH"),
              (std::vector<std::string>{"SFG 24-08.02", "AKH"}));
    EXPECT_EQ(split_columns("20260414\tEva Exempel"),
              (std::vector<std::string>{"20260414", "Eva Exempel"}));
    EXPECT_EQ(leading_organisation("Exempelby kommun Arbetsliv & Försörjning"), "Exempelby kommun");
    EXPECT_EQ(leading_organisation("Region Exempel Hälsocentralen"), "Region Exempel");
    EXPECT_EQ(leading_organisation("Försäkringskassan Lokalkontor"), "Försäkringskassan");
    EXPECT_TRUE(looks_like_initials("AKH"));
    EXPECT_TRUE(looks_like_initials("ÅÖ"));
    EXPECT_FALSE(looks_like_initials("Akh"));
    EXPECT_FALSE(looks_like_initials("24-08"));
}

} // namespace
} // namespace finsam
