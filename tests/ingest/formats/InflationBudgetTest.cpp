#include "ingest/formats/InflationBudget.h"

#include "ZipBuilder.h"
#include "ingest/formats/TextExtractors.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace finsam {
namespace {

constexpr std::size_t k_kib = 1024;

/// A Word document whose document.xml inflates to a little over `bytes`.
std::string docx_of_about(std::size_t bytes) {
    const std::string paragraph =
        "<w:p><w:r><w:t>Insatsen har haft tolv deltagare under kvartalet.</w:t></w:r></w:p>";
    std::string body;
    while (body.size() < bytes)
        body += paragraph;
    return testing::build_docx(body);
}

TEST(InflationBudget, ASharesBytesAreGivenBackWhenItEnds) {
    InflationBudget budget(100);
    {
        InflationBudget::Share first(budget);
        EXPECT_TRUE(first.grow(60));
        InflationBudget::Share second(budget);
        EXPECT_FALSE(second.grow(50));
        EXPECT_TRUE(second.grow(40));
        EXPECT_EQ(budget.in_use(), 100u);
        EXPECT_EQ(second.taken(), 40u);
    }
    EXPECT_EQ(budget.in_use(), 0u);
}

TEST(InflationBudget, NeverHandsOutMoreThanItHasToReadersAtOnce) {
    InflationBudget budget(1000);
    std::atomic<bool> exceeded = false;
    std::vector<std::thread> readers;
    for (int reader = 0; reader < 8; ++reader) {
        readers.emplace_back([&] {
            for (int round = 0; round < 2000; ++round) {
                InflationBudget::Share share(budget);
                for (int chunk = 0; chunk < 5 && share.grow(97); ++chunk)
                    exceeded = exceeded || budget.in_use() > budget.total();
            }
        });
    }
    for (auto& reader : readers)
        reader.join();
    EXPECT_FALSE(exceeded);
    EXPECT_EQ(budget.in_use(), 0u);
}

TEST(InflationBudget, AWordDocumentOverWhatIsLeftIsBusy) {
    // 512 KB of XML takes four times that: 2 MB, of which 1 MB is left.
    const std::string docx = docx_of_about(512 * k_kib);
    InflationBudget budget(3 * 1024 * k_kib);
    InflationBudget::Share other_reader(budget);
    ASSERT_TRUE(other_reader.grow(2 * 1024 * k_kib));

    const auto text = extract_docx_text(docx, budget);
    ASSERT_FALSE(text.has_value());
    EXPECT_EQ(text.error().code, ExtractError::Code::Busy);
    EXPECT_EQ(budget.in_use(), 2 * 1024 * k_kib); // the refused reader took nothing
}

TEST(InflationBudget, AWordDocumentIsReadOnceTheOtherReaderIsDone) {
    const std::string docx = docx_of_about(512 * k_kib);
    InflationBudget budget(3 * 1024 * k_kib);
    {
        InflationBudget::Share other_reader(budget);
        ASSERT_TRUE(other_reader.grow(2 * 1024 * k_kib));
    }
    const auto text = extract_docx_text(docx, budget);
    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_NE(text->find("tolv deltagare"), std::string::npos);
    EXPECT_EQ(budget.in_use(), 0u); // given back when the text is written
}

TEST(InflationBudget, ADocumentThatLiesAboutItsSizeIsCountedAsItInflates) {
    const std::string docx = testing::with_declared_size(
        testing::build_zip({{"word/document.xml", "", 2048 * k_kib}}), "word/document.xml", 4096);
    InflationBudget budget(1024 * k_kib);
    const auto text = extract_docx_text(docx, budget);
    ASSERT_FALSE(text.has_value());
    EXPECT_EQ(text.error().code, ExtractError::Code::TooLarge); // over its declared size
    EXPECT_EQ(budget.in_use(), 0u);
}

} // namespace
} // namespace finsam
