#include "app/audit/AuditTrail.h"

#include "AppTestSupport.h"
#include "app/accounts/Login.h"
#include "output/CsvWriter.h"
#include "storage/ReportStore.h"
#include "storage/UserStore.h"

namespace finsam::testing {
namespace {

class AuditTrailTest : public UseCaseTest {
protected:
    /// Records a view of the insats by the user at a moment.
    void viewed_at(const std::string& username, Timestamp moment) {
        clock().set(moment);
        as(username).audit(AuditAction::View, AuditObject::Intervention, karnhuset());
    }
};

Timestamp utc(int year, unsigned month, unsigned day, int hour, int minute) {
    return Timestamp(std::chrono::sys_days{date(year, month, day)} + std::chrono::hours{hour} +
                     std::chrono::minutes{minute});
}

TEST_F(AuditTrailTest, TheTrailShowsOnlyTheForbundsOwnEventsWithNames) {
    const auto other = *ReportStore(database(), clock()).ensure_association("Annat förbund");
    const auto foreign_id = UserStore(database(), clock())
                                .add({other, "annan", "Anders Annan", Role::Kansli, "hash", {}});
    ASSERT_TRUE(foreign_id);
    const User foreign{*foreign_id, other, "annan", "Anders Annan", Role::Kansli, {}, false};
    const ReportTemplates no_templates;
    AppContext foreign_context(database(), foreign, clock(), no_templates, Channel::Web);
    foreign_context.audit(AuditAction::View, AuditObject::Intervention, 4711);
    LoginThrottle throttle;
    ASSERT_FALSE(log_in(database(), clock(), throttle, {}, {"okand", "fel-lösenord", "10.0.0.1"}));
    ASSERT_FALSE(log_in(database(), clock(), throttle, {}, {"annan", "fel-lösenord", "10.0.0.1"}));
    ASSERT_FALSE(log_in(database(), clock(), throttle, {}, {"agare", "fel-lösenord", "10.0.0.1"}));
    as("agare").audit(AuditAction::View, AuditObject::Intervention, karnhuset());

    const auto trail = audit_trail(as("kansli"), {});

    ASSERT_TRUE(trail) << trail.error().log_message;
    ASSERT_EQ(trail->entries.size(), 2u);
    EXPECT_EQ(trail->entries[0].event.action, AuditAction::View);
    EXPECT_EQ(trail->entries[0].user_name, "Anna Ägare");
    EXPECT_EQ(audit_entry_text(trail->entries[0]), "Visade insats Kärnhuset 2.0");
    EXPECT_EQ(trail->entries[1].event.action, AuditAction::LoginFailed);
    EXPECT_EQ(trail->entries[1].event.object_id, std::nullopt);
    EXPECT_FALSE(trail->has_older);
}

TEST_F(AuditTrailTest, OnlyAdminAndKansliReadTheTrail) {
    for (const char* username : {"agare", "styrelse"}) {
        const auto trail = audit_trail(as(username), {});
        const auto table = audit_trail_table(as(username), {});
        ASSERT_FALSE(trail);
        EXPECT_EQ(trail.error().code, ErrorCode::Forbidden);
        ASSERT_FALSE(table);
        EXPECT_EQ(table.error().code, ErrorCode::Forbidden);
    }
}

TEST_F(AuditTrailTest, PagesGoBeyondTheNewestFifty) {
    for (int minute = 0; minute < 120; ++minute)
        viewed_at("agare", utc(2026, 12, 7, 8, 0) + std::chrono::minutes{minute});

    const auto first = audit_trail(as("kansli"), {});
    const auto third = audit_trail(as("kansli"), {{}, {}, {}, {}, 3});

    ASSERT_TRUE(first && third);
    ASSERT_EQ(first->entries.size(), 50u);
    EXPECT_TRUE(first->has_older);
    EXPECT_EQ(first->entries.front().event.at, utc(2026, 12, 7, 9, 59));
    ASSERT_EQ(third->entries.size(), 20u);
    EXPECT_FALSE(third->has_older);
    EXPECT_EQ(third->entries.back().event.at, utc(2026, 12, 7, 8, 0));
}

TEST_F(AuditTrailTest, DatesAreSwedishDaysWithBothEndsIncluded) {
    // 22:30 UTC on 30 November is 23:30 on the 30th in Sweden; 23:30 UTC is 1 December.
    viewed_at("agare", utc(2026, 11, 30, 22, 30));
    viewed_at("agare", utc(2026, 11, 30, 23, 30));
    viewed_at("kansli", utc(2026, 12, 7, 22, 59));
    viewed_at("kansli", utc(2026, 12, 7, 23, 0));
    FieldMap form({{"fran", "2026-12-01"}, {"till", "2026-12-07"}});
    const auto filter = audit_filter(form.fields());
    ASSERT_TRUE(filter);

    const auto trail = audit_trail(as("kansli"), *filter);

    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->entries.size(), 2u);
    EXPECT_EQ(trail->entries[0].event.at, utc(2026, 12, 7, 22, 59));
    EXPECT_EQ(trail->entries[1].event.at, utc(2026, 11, 30, 23, 30));
}

TEST_F(AuditTrailTest, AFilterByWhoAndWhatLeavesOnlyTheirEvents) {
    viewed_at("agare", utc(2026, 12, 7, 8, 0));
    viewed_at("kansli", utc(2026, 12, 7, 9, 0));
    as("kansli").audit(AuditAction::Edit, AuditObject::Intervention, karnhuset());
    FieldMap form({{"vem", std::to_string(user("kansli").id)}, {"vad", "view"}});

    const auto trail = audit_trail(as("kansli"), *audit_filter(form.fields()));

    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->entries.size(), 1u);
    EXPECT_EQ(trail->entries[0].user_name, "Karin Kansli");
    EXPECT_EQ(trail->entries[0].event.action, AuditAction::View);
}

TEST_F(AuditTrailTest, AFilterThatCannotBeReadSaysWhichField) {
    FieldMap form({{"vem", "x"}, {"vad", "dance"}, {"fran", "1 december"}, {"sida", "0"}});

    const auto filter = audit_filter(form.fields());

    ASSERT_FALSE(filter);
    ASSERT_EQ(filter.error().fields.size(), 4u);
    EXPECT_EQ(filter.error().fields[0].field, "vem");
    EXPECT_EQ(filter.error().fields[1].field, "vad");
    EXPECT_EQ(filter.error().fields[2].field, "fran");
    EXPECT_EQ(filter.error().fields[3].field, "sida");
    FieldMap backwards({{"fran", "2026-12-07"}, {"till", "2026-12-01"}});
    EXPECT_FALSE(audit_filter(backwards.fields()));
}

TEST_F(AuditTrailTest, ADetailIsShownInSwedish) {
    EXPECT_EQ(audit_detail_text("command line"), "kommandoraden");
    EXPECT_EQ(audit_detail_text("statistics 2024Q3, api"), "statistik 2024Q3, API");
    EXPECT_EQ(audit_detail_text("board report 2022H1 source by kind"),
              "styrelserapport 2022H1 källa efter typ");
    EXPECT_EQ(audit_detail_text("GET /api/v1/reports"), "GET /api/v1/reports");
}

TEST_F(AuditTrailTest, TheExportHoldsEveryFilteredEntryInSwedishTimeAndIsItselfAudited) {
    for (int minute = 0; minute < 60; ++minute)
        viewed_at("agare", utc(2026, 12, 7, 11, 0) + std::chrono::minutes{minute});
    viewed_at("kansli", utc(2026, 12, 7, 12, 30));
    FieldMap form({{"vem", std::to_string(user("agare").id)}});

    const auto table = audit_trail_table(as("kansli"), *audit_filter(form.fields()));

    ASSERT_TRUE(table) << table.error().log_message;
    ASSERT_EQ(table->rows.size(), 60u);
    EXPECT_EQ(std::get<std::string>(table->rows.front()[0].value), "2026-12-07 12:59");
    EXPECT_EQ(std::get<std::string>(table->rows.front()[1].value), "Anna Ägare");
    EXPECT_EQ(std::get<std::string>(table->rows.front()[2].value), "Visade insats Kärnhuset 2.0");
    EXPECT_EQ(std::get<std::string>(table->rows.back()[0].value), "2026-12-07 12:00");
    const auto trail = audit_trail(as("kansli"), {{}, AuditAction::View, {}, {}, 1});
    ASSERT_TRUE(trail);
    EXPECT_EQ(trail->entries.front().event.object, AuditObject::Page);
    EXPECT_EQ(trail->entries.front().user_name, "Karin Kansli");
}

} // namespace
} // namespace finsam::testing
