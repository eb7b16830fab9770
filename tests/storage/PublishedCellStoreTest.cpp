#include "storage/PublishedCellStore.h"

#include "StorageTestSupport.h"

namespace finsam::testing {
namespace {

class PublishedCellStoreTest : public StoreTest {
protected:
    PublishedCellStore cells() { return PublishedCellStore(database()); }
};

// An identity is a 64-bit hash: half of them have the top bit set, which a signed column
// holds as a negative number.
constexpr std::uint64_t k_high_identity = 0xfedcba9876543210ULL;

TEST_P(PublishedCellStoreTest, RecordedCellsAreReadBackByTheYearsOfTheirFigures) {
    ASSERT_TRUE(cells().record(association_id(), {{k_high_identity, 2023}, {42, 2024}, {7, 2021}}));

    const auto of_2023_and_2024 = cells().published(association_id(), 2023, 2024);
    ASSERT_TRUE(of_2023_and_2024) << of_2023_and_2024.error().message;
    EXPECT_EQ(*of_2023_and_2024, (PublishedCells{k_high_identity, 42}));
    EXPECT_EQ(*cells().published(association_id(), 2021, 2021), (PublishedCells{7}));
    EXPECT_TRUE(cells().published(association_id() + 1, 2020, 2025)->empty())
        << "another förbund's readers saw nothing";
}

TEST_P(PublishedCellStoreTest, ACellRecordedTwiceIsKeptOnce) {
    ASSERT_TRUE(cells().record(association_id(), {{42, 2024}}));
    const auto again = cells().record(association_id(), {{42, 2024}, {43, 2024}});

    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(*cells().published(association_id(), 2024, 2024), (PublishedCells{42, 43}));
}

TEST_P(PublishedCellStoreTest, ManyCellsAreRecordedInOneGo) {
    std::vector<PublishedCell> shown;
    PublishedCells expected;
    for (std::uint64_t identity = 1; identity <= 1'234; ++identity) {
        shown.push_back({identity * 0x9e3779b97f4a7c15ULL, 2024});
        expected.insert(identity * 0x9e3779b97f4a7c15ULL);
    }
    ASSERT_TRUE(cells().record(association_id(), shown));

    EXPECT_EQ(*cells().published(association_id(), 2024, 2024), expected);
    const auto every = cells().published_in_every_association(2024, 2024);
    ASSERT_TRUE(every) << every.error().message;
    EXPECT_EQ(every->at(association_id()), expected);
}

INSTANTIATE_TEST_SUITE_P(Backends, PublishedCellStoreTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

} // namespace
} // namespace finsam::testing
