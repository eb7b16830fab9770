#include "domain/PersonalData.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace finsam {
namespace {

std::string redacted(std::string text) {
    redact_identity_numbers(text);
    return text;
}

std::vector<PersonalDataKind> kinds(std::string_view text) {
    std::vector<PersonalDataKind> found;
    for (const auto& finding : find_personal_data(text))
        found.push_back(finding.kind);
    return found;
}

/// The bytes of `text` a finding covers.
std::string_view covered(std::string_view text, const PersonalDataFinding& finding) {
    return text.substr(finding.offset, finding.length);
}

TEST(PersonalData, RedactsTheFormsWrittenWithHyphenPlusOrCentury) {
    EXPECT_EQ(redacted("Deltagaren 640823-3234 har fått arbete."),
              "Deltagaren [personnummer borttaget] har fått arbete.");
    EXPECT_EQ(redacted("(19640823-3234)"), "([personnummer borttaget])");
    EXPECT_EQ(redacted("pnr 196408233234."), "pnr [personnummer borttaget].");
    EXPECT_EQ(redacted("900101+1239"), "[personnummer borttaget]");
    EXPECT_EQ(redacted("samordningsnummer 640883-3231"),
              "samordningsnummer [personnummer borttaget]");
    std::string two = "121212-1212 och 640823-3234";
    EXPECT_EQ(redact_identity_numbers(two), 2);
    EXPECT_EQ(two, "[personnummer borttaget] och [personnummer borttaget]");
}

// Each of these slipped past the ingest redaction this guard replaces: Word's autocorrection,
// other dashes, spaces of every kind, invisible characters inside the number, full-width
// digits.
TEST(PersonalData, FindsEverySeparatorAndDisguise) {
    const std::vector<std::string> written_forms = {
        "6408233234",              // ten digits, no separator
        "640823 3234",             // space
        "640823\t3234",            // tab
        "640823\u20133234",        // en dash
        "640823\u20103234",        // hyphen
        "640823\u20113234",        // non-breaking hyphen
        "640823\u20123234",        // figure dash
        "640823\u20143234",        // em dash
        "640823\u20153234",        // horizontal bar
        "640823\u22123234",        // minus sign
        "640823\ufe633234",        // small hyphen-minus
        "640823\uff0d3234",        // full-width hyphen-minus
        "640823.3234",             // dot
        "640823/3234",             // slash
        "640823\u00a03234",        // no-break space
        "640823\u202f3234",        // narrow no-break space
        "640823\u2009-\u20093234", // thin spaces around a hyphen
        "6408\u200b23-3234",       // zero-width space
        "640\u200c823-3234",       // zero-width non-joiner
        "640823-32\u200d34",       // zero-width joiner
        "640823\u2060-3234",       // word joiner
        "64082\ufeff3-3234",       // zero-width no-break space (byte-order mark)
        "640823\u00ad3234",        // soft hyphen as the separator
        "6408\u00ad23-3234",       // soft hyphen inside the date
        "\uff16\uff14\uff10\uff18\uff12\uff13-\uff13\uff12\uff13\uff14", // full-width digits
        "640823 - 3234",                                                 // spaced hyphen
        "640823 \u2013 3234",                                            // spaced en dash
        "19850412 - 1230",      // twelve digits, spaced hyphen
        "19850412 \u2013 1230", // twelve digits, spaced en dash
        "19850412 1230",        // twelve digits, space
    };
    for (const auto& number : written_forms) {
        const std::string text = "Deltagaren (" + number + ") har fått arbete.";
        EXPECT_TRUE(contains_identity_number(text)) << number;
        EXPECT_EQ(redacted(text), "Deltagaren ([personnummer borttaget]) har fått arbete.")
            << number;
    }
}

TEST(PersonalData, RaisesNoAlarmForDatesRegistryNumbersAmountsPhonesAndOrganisations) {
    for (std::string text : {
             "Period 230901-250228.",
             "2023-09-01",
             "2023-09-01\u20132024-02-28",
             "2023-09-01 \u2013 2024-02-28",
             "240701 - 240930",
             "20250701 - 20250930",
             "SFG 23-05.01",
             "Dnr 2023/145",
             "Diarienummer 2024-1234",
             "1 234 567 kr",
             "1 250 000",
             "Budget 1\u00a0250\u00a0000 kr",
             "Tfn 070-123 45 67",
             "08-123 456 78",
             "+46 70 123 45 67",
             "222000-1234",
             "556123-4567",
             "Org.nr 5561234567",
             "Andelen var 12,5 % (2023: 9,75 %).",
             "Åren 2019, 2020, 2021 och 2022",
             "100 000 kr",
             "640823-3235 (fel kontrollsiffra)",
             "991301-1234",
             "640230-1234",
             "29640823-3234",
             "1640823-3234",
             "640823-32345",
         }) {
        EXPECT_FALSE(contains_identity_number(text)) << text;
        auto copy = text;
        EXPECT_EQ(redact_identity_numbers(copy), 0) << text;
        EXPECT_EQ(copy, text);
    }
}

TEST(PersonalData, RedactionCoversInvisibleCharactersInsideTheNumberAndKeepsTheRest) {
    EXPECT_EQ(redacted("Pnr:\u200b 6408\u200b23\u2013\u00ad3234\u200b, se ovan."),
              "Pnr:\u200b [personnummer borttaget]\u200b, se ovan.");
    EXPECT_EQ(redacted("Före 640823-3234"), "Före [personnummer borttaget]");
    EXPECT_EQ(redacted("640823-3234 efter"), "[personnummer borttaget] efter");
}

TEST(PersonalData, FindingsAreInTheOriginalBytes) {
    const std::string text = "Åsa: 640823\u20133234 och \uff16\uff14\uff10\uff18\uff12\uff13-"
                             "\uff13\uff12\uff13\uff14.";
    const auto findings = find_personal_data(text);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].kind, PersonalDataKind::IdentityNumber);
    EXPECT_EQ(findings[0].offset, std::string("Åsa: ").size());
    EXPECT_EQ(covered(text, findings[0]), "640823\u20133234");
    EXPECT_EQ(covered(text, findings[1]),
              "\uff16\uff14\uff10\uff18\uff12\uff13-\uff13\uff12\uff13\uff14");
}

// Runs of replaced or removed characters (a line of dashes, the no-break spaces of a table)
// are kept as one edit each; a number inside or beside one must still map to its own bytes.
TEST(PersonalData, FindingsInRunsOfReplacedCharactersAreInTheOriginalBytes) {
    const std::string full_width_number =
        "\uff16\uff14\uff10\uff18\uff12\uff13\uff0d\uff13\uff12\uff13\uff14";
    const std::string text = "\u00a0\u00a0\u00a0Pnr\u2013\u2013 640823\u2013\u200b\u00ad3234 "
                             "\u2013\u2013\u2013 \uff0d\uff0d" +
                             full_width_number + "\uff0d\uff0d \u200b\u200b";
    const auto findings = find_personal_data(text);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(covered(text, findings[0]), "640823\u2013\u200b\u00ad3234");
    EXPECT_EQ(covered(text, findings[1]), full_width_number);
    EXPECT_EQ(redacted(text), "\u00a0\u00a0\u00a0Pnr\u2013\u2013 [personnummer borttaget] "
                              "\u2013\u2013\u2013 \uff0d\uff0d[personnummer borttaget]\uff0d\uff0d "
                              "\u200b\u200b");
}

TEST(PersonalData, InvalidUtf8IsReadByteForByte) {
    const std::string truncated_dash = "640823-3234 \xe2\x80";
    EXPECT_TRUE(contains_identity_number(truncated_dash));
    EXPECT_EQ(redacted(truncated_dash), "[personnummer borttaget] \xe2\x80");
    // An overlong encoding of U+00A0 is not a no-break space.
    for (std::string text : {"\xef\xbc", "\xc2", "\xff\xfe 640823\xe2-3234",
                             "640823\xe0\x82\xa0"
                             "3234",
                             "@", "+46", "07"}) {
        auto copy = text;
        EXPECT_NO_THROW(find_personal_data(text));
        EXPECT_EQ(redact_identity_numbers(copy), 0);
    }
}

TEST(PersonalData, FindsPrivateEmailAddresses) {
    const std::string text = "Skriv till kalle123@gmail.com eller anna.svensson@kommunen.se.";
    const auto findings = find_personal_data(text);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].kind, PersonalDataKind::EmailAddress);
    EXPECT_EQ(covered(text, findings[0]), "kalle123@gmail.com");
    EXPECT_EQ(covered(text, findings[1]), "anna.svensson@kommunen.se");
    EXPECT_EQ(kinds("goran.persson@hotmail.se"), std::vector{PersonalDataKind::EmailAddress});
    EXPECT_EQ(kinds("Bjorn.Berg@example.org"), std::vector{PersonalDataKind::EmailAddress});
}

TEST(PersonalData, LeavesAnOrganisationsSharedAddresses) {
    for (std::string text :
         {"info@finsam.se", "kansli@samordningsforbund.se", "registrator@kommunen.se",
          "stegvis.kansli@kommunen.se", "info@gmail", "@gmail.com", "a@b"}) {
        EXPECT_TRUE(find_personal_data(text).empty()) << text;
    }
}

TEST(PersonalData, FindsMobileNumbersInTheirUsualGroupings) {
    for (std::string number : {"070-123 45 67", "0701234567", "073-1234567", "076 123 45 67",
                               "072-12 34 567", "079 - 123 45 67", "+46 70 123 45 67",
                               "+46701234567", "+46 (0)70-123 45 67", "0046 73 123 45 67"}) {
        const std::string text = "Ring " + number + " efter lunch.";
        const auto findings = find_personal_data(text);
        ASSERT_EQ(findings.size(), 1u) << number;
        EXPECT_EQ(findings[0].kind, PersonalDataKind::PhoneNumber) << number;
        EXPECT_EQ(covered(text, findings[0]), number);
    }
}

TEST(PersonalData, LeavesLandlinesAndNumbersOfOtherLengths) {
    for (std::string text :
         {"08-123 456 78", "031-123 45 67", "070-123 45 6", "071-123 45 67", "070-123 45 678",
          "07012345678", "+46 8 123 456 78", "070 1 2 3 4 5 6 7"}) {
        EXPECT_TRUE(find_personal_data(text).empty()) << text;
    }
}

TEST(PersonalData, AnIdentityNumberIsNotAlsoAPhoneNumber) {
    // Ten plain digits that pass the date and Luhn checks are refused even when they start 07.
    EXPECT_EQ(kinds("0701234569"), std::vector{PersonalDataKind::IdentityNumber});
}

TEST(PersonalData, FindsFullNames) {
    const std::string text = "Samordnare Anna Svensson och Mohammed Ali, samt Anna-Karin "
                             "Öberg och Åsa Nilsson.";
    const auto findings = find_personal_data(text);
    ASSERT_EQ(findings.size(), 4u);
    EXPECT_EQ(findings[0].kind, PersonalDataKind::FullName);
    EXPECT_EQ(covered(text, findings[0]), "Anna Svensson");
    EXPECT_EQ(covered(text, findings[1]), "Mohammed Ali");
    EXPECT_EQ(covered(text, findings[2]), "Anna-Karin Öberg");
    EXPECT_EQ(covered(text, findings[3]), "Åsa Nilsson");
    EXPECT_EQ(covered("Anna\u00a0Svensson", find_personal_data("Anna\u00a0Svensson").at(0)),
              "Anna\u00a0Svensson");
}

TEST(PersonalData, NeedsAFirstNameAndACapitalisedWordAfterIt) {
    for (std::string text :
         {"Anna", "Linnea berättar om gruppen.", "Vi träffade Anna. Hon kom.", "Anna, Svensson",
          "Anna AB", "Kommunen Svensson", "ANNA SVENSSON", "anna Svensson"}) {
        EXPECT_TRUE(find_personal_data(text).empty()) << text;
    }
}

TEST(PersonalData, OrdersFindingsByOffset) {
    const std::string text = "Anna Svensson, 070-123 45 67, anna@gmail.com, 640823-3234";
    EXPECT_EQ(kinds(text),
              (std::vector{PersonalDataKind::FullName, PersonalDataKind::PhoneNumber,
                           PersonalDataKind::EmailAddress, PersonalDataKind::IdentityNumber}));
}

TEST(PersonalData, WarningNamesTheSofterKinds) {
    EXPECT_EQ(personal_data_warning(find_personal_data("Ingenting personligt här.")), "");
    EXPECT_EQ(personal_data_warning(find_personal_data("640823-3234")), "");
    EXPECT_EQ(personal_data_warning(find_personal_data("kalle@gmail.com, 070-123 45 67")),
              "Texten ser ut att innehålla en e-postadress och ett mobilnummer. Kontrollera att "
              "ingen enskild deltagare går att känna igen: förbundet får inte spara uppgifter "
              "om enskilda deltagare.");
    EXPECT_TRUE(personal_data_warning(
                    find_personal_data("a@gmail.com b@gmail.com Anna Svensson 0701234567"))
                    .starts_with("Texten ser ut att innehålla e-postadresser, ett mobilnummer "
                                 "och ett namn på en person. "));
}

} // namespace
} // namespace finsam
