#include "AppTestSupport.h"
#include "app/notifications/NotificationRounds.h"
#include "app/reports/EditReport.h"
#include "app/reports/ReportWorkflow.h"
#include "storage/AssociationStore.h"
#include "storage/NotificationStore.h"
#include "storage/UserStore.h"
#include "storage/WorkflowStore.h"

#include <functional>

namespace finsam::testing {
namespace {

/// Keeps what it is asked to send; while `down`, refuses as a server that cannot be reached.
class RecordingMailer final : public Mailer {
public:
    tl::expected<void, MailError> send(const MailMessage& message) override {
        if (during_send)
            during_send();
        if (down)
            return tl::unexpected(MailError{"Couldn't connect to server"});
        sent.push_back(message);
        return {};
    }

    std::vector<MailMessage> sent;
    bool down = false;
    std::function<void()> during_send;
};

FieldMap fourth_quarter() {
    return FieldMap({{"period_start", "2024-10-01"},
                     {"section:2.1", "Vi har träffats varje vecka."},
                     {"section:2.5", "Insatsen fungerar väl."},
                     {"reporter_name", "Anna Ägare"}});
}

class NotificationsTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        UserStore users(database(), clock());
        ASSERT_TRUE(users.set_mail_preference(user("kansli").id, {"karin@exempel.se", true}));
        ASSERT_TRUE(users.set_mail_preference(user("agare").id, {"anna@exempel.se", true}));
        ASSERT_TRUE(users.set_mail_preference(user("styrelse").id, {"sture@exempel.se", true}));
    }

    static MailDelivery delivery(const std::string& sender) {
        return {"https://finsam.exempel.se", sender};
    }

    /// One round as `finsam remind` or the server's notifier runs it.
    RoundSummary round(Mailer& mailer, const std::string& sender = "a") {
        return run_notification_round(database(), clock(), mailer, delivery(sender));
    }

    void set_schedule(bool reminders, bool late_notices) {
        AssociationStore associations(database());
        auto settings = **associations.load(association());
        settings.reminders_enabled = reminders;
        settings.reminder_days = 7;
        settings.late_notices_enabled = late_notices;
        ASSERT_TRUE(associations.update(settings));
    }

    ReportState imported_state() {
        return **WorkflowStore(database(), clock()).state(imported_report());
    }
};

TEST_F(NotificationsTest, ASubmissionIsMailedToTheKansliOnceWithALinkToTheReport) {
    const auto submitted = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                         posted(fourth_quarter()), SaveMode::Submit);
    ASSERT_TRUE(submitted) << submitted.error().log_message;
    RecordingMailer mailer;

    const auto first = round(mailer);
    const auto second = round(mailer, "b");

    EXPECT_EQ(first.sending.sent, 1);
    EXPECT_EQ(second.sending.sent, 0);
    ASSERT_EQ(mailer.sent.size(), 1u);
    const auto& mail = mailer.sent[0];
    EXPECT_EQ(mail.to_address, "karin@exempel.se");
    EXPECT_EQ(mail.subject, "Rapport inskickad: Kärnhuset 2.0, 2024 kvartal 4");
    EXPECT_NE(
        mail.body.find("https://finsam.exempel.se/rapporter/" + std::to_string(submitted->id)),
        std::string::npos)
        << mail.body;
    EXPECT_NE(mail.body.find("https://finsam.exempel.se/konto"), std::string::npos);
}

TEST_F(NotificationsTest, ADraftIsMailedToNobody) {
    ASSERT_TRUE(create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                              posted(fourth_quarter()), SaveMode::Draft));
    RecordingMailer mailer;

    round(mailer);

    EXPECT_TRUE(mailer.sent.empty());
}

TEST_F(NotificationsTest, AKompletteringRequestIsMailedToTheInsatsagareWithTheComment) {
    const auto returned =
        act_on_report(as("kansli"), imported_report(), WorkflowAction::Return,
                      {imported_state().revision, "Komplettera avsnitt 2.4.", "", ""});
    ASSERT_TRUE(returned) << returned.error().log_message;
    RecordingMailer mailer;

    round(mailer);

    ASSERT_EQ(mailer.sent.size(), 1u);
    EXPECT_EQ(mailer.sent[0].to_address, "anna@exempel.se");
    EXPECT_EQ(mailer.sent[0].subject, "Komplettering begärd: Kärnhuset 2.0, 2024 kvartal 3");
    EXPECT_NE(mailer.sent[0].body.find("Komplettera avsnitt 2.4."), std::string::npos);
}

TEST_F(NotificationsTest, ASubmissionWhileTheMailServerIsDownIsSentWhenItIsBack) {
    RecordingMailer mailer;
    mailer.down = true;

    const auto submitted = create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                                         posted(fourth_quarter()), SaveMode::Submit);
    const auto while_down = round(mailer);
    mailer.down = false;
    const auto too_soon = round(mailer);
    clock().set(clock().now() + std::chrono::minutes(2));
    const auto back = round(mailer);

    ASSERT_TRUE(submitted) << submitted.error().log_message;
    EXPECT_EQ(while_down.sending.failed, 1);
    EXPECT_FALSE(while_down.complete);
    EXPECT_EQ(too_soon.sending.sent, 0);
    EXPECT_EQ(back.sending.sent, 1);
    EXPECT_EQ(mailer.sent.size(), 1u);
}

TEST_F(NotificationsTest, TwoSendersAtOnceSendEachNotificationOnce) {
    ASSERT_TRUE(create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                              posted(fourth_quarter()), SaveMode::Submit));
    RecordingMailer first;
    RecordingMailer second;
    // The second server's round runs, on a connection of its own, while the first is sending.
    auto other_connection = Database::open(database_url());
    ASSERT_TRUE(other_connection);
    std::optional<RoundSummary> during;
    first.during_send = [&] {
        if (!during)
            during = run_notification_round(*other_connection, clock(), second, delivery("b"));
    };

    const auto summary = round(first, "a");

    EXPECT_EQ(summary.sending.sent, 1);
    ASSERT_TRUE(during);
    EXPECT_EQ(during->sending.sent, 0);
    EXPECT_EQ(first.sent.size() + second.sent.size(), 1u);
}

TEST_F(NotificationsTest, ANotificationClaimedByASenderThatStoppedIsSentAfterTheTimeout) {
    ASSERT_TRUE(create_report(as("agare"), karnhuset(), ReportKind::Quarterly,
                              posted(fourth_quarter()), SaveMode::Submit));
    NotificationStore store(database());
    const Timestamp now = clock().now();
    const auto waiting = *store.waiting(now, now, 10);
    ASSERT_EQ(waiting.size(), 1u);
    // A server claimed it and stopped (a restart) before it sent it.
    ASSERT_TRUE(*store.claim(waiting[0].id, "stopped", now, now));
    RecordingMailer mailer;

    const auto at_once = round(mailer, "restarted");
    clock().set(now + std::chrono::minutes(11));
    const auto after_timeout = round(mailer, "restarted");

    EXPECT_EQ(at_once.sending.sent, 0);
    EXPECT_EQ(after_timeout.sending.sent, 1);
    EXPECT_EQ(mailer.sent.size(), 1u);
}

TEST_F(NotificationsTest, AUserWhoTurnedEmailOffGetsNothing) {
    ASSERT_TRUE(act_on_report(as("kansli"), imported_report(), WorkflowAction::Return,
                              {imported_state().revision, "Komplettera 2.4.", "", ""}));
    UserStore users(database(), clock());
    ASSERT_TRUE(users.set_mail_preference(user("agare").id, {"anna@exempel.se", false}));
    RecordingMailer mailer;

    const auto summary = round(mailer);
    set_schedule(true, true);
    clock().set(noon(date(2025, 1, 10)));
    round(mailer);

    EXPECT_EQ(summary.sending.dropped, 1);
    EXPECT_TRUE(mailer.sent.empty());
}

TEST_F(NotificationsTest, AReminderIsSentOnceForTheQuarterAndDeadlineWithinTheWindow) {
    set_schedule(true, false);
    RecordingMailer mailer;

    clock().set(noon(date(2025, 1, 7)));
    const auto before_window = round(mailer);
    clock().set(noon(date(2025, 1, 8)));
    const auto in_window = round(mailer);
    clock().set(noon(date(2025, 1, 12)));
    const auto again = round(mailer, "restarted");

    EXPECT_EQ(before_window.queued, 0);
    EXPECT_EQ(in_window.queued, 1);
    EXPECT_EQ(again.queued, 0);
    ASSERT_EQ(mailer.sent.size(), 1u);
    EXPECT_EQ(mailer.sent[0].to_address, "anna@exempel.se");
    EXPECT_EQ(mailer.sent[0].subject,
              "Påminnelse: kvartalsrapport för Kärnhuset 2.0 senast 2025-01-15");
    EXPECT_NE(mailer.sent[0].body.find("2024 kvartal 4"), std::string::npos);
    EXPECT_NE(mailer.sent[0].body.find("https://finsam.exempel.se/insatser/" +
                                       std::to_string(karnhuset())),
              std::string::npos);
}

TEST_F(NotificationsTest, NoReminderForAReportThatIsIn) {
    set_schedule(true, true);
    RecordingMailer mailer;
    // Kärnhuset's kvartalsrapport for 2024 kvartal 3 (deadline 2024-10-15) is in.
    clock().set(noon(date(2024, 10, 10)));

    round(mailer);

    EXPECT_TRUE(mailer.sent.empty());
}

TEST_F(NotificationsTest, ALateNoticeIsSentOnceTheDeadlineHasPassed) {
    RecordingMailer mailer;
    clock().set(noon(date(2025, 1, 16)));
    set_schedule(true, false);
    const auto turned_off = round(mailer);
    set_schedule(true, true);

    const auto late = round(mailer);
    clock().set(noon(date(2025, 1, 20)));
    const auto again = round(mailer);

    EXPECT_EQ(turned_off.queued, 0);
    EXPECT_EQ(late.queued, 1);
    EXPECT_EQ(again.queued, 0);
    ASSERT_EQ(mailer.sent.size(), 1u);
    EXPECT_EQ(mailer.sent[0].subject, "Försenad kvartalsrapport: Kärnhuset 2.0, 2024 kvartal 4");
}

TEST_F(NotificationsTest, DeadlineNoticesCanBeDecidedAsOnAnotherDay) {
    set_schedule(true, false);
    RecordingMailer mailer;

    const auto summary =
        run_notification_round(database(), clock(), mailer, delivery("a"), date(2025, 1, 10));

    EXPECT_EQ(summary.queued, 1);
    ASSERT_EQ(mailer.sent.size(), 1u);
    EXPECT_NE(mailer.sent[0].subject.find("senast 2025-01-15"), std::string::npos);
}

} // namespace
} // namespace finsam::testing
