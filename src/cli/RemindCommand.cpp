#include "cli/RemindCommand.h"

#include "app/notifications/NotificationRounds.h"
#include "cli/MailEnvironment.h"
#include "cli/OpenDatabase.h"
#include "mail/SmtpMailer.h"

#include <cstdio>

namespace finsam {

int run_remind(const CommonOptions& common, const std::string& as_of) {
    const auto day = as_of.empty() ? std::optional(system_clock().today()) : parse_iso_date(as_of);
    if (!day) {
        std::fprintf(stderr, "Ange dagen som ÅÅÅÅ-MM-DD.\n");
        return 2;
    }
    const auto mail = mail_environment();
    if (!mail) {
        std::fprintf(stderr, "%s\n", mail.error().c_str());
        return 2;
    }
    if (!*mail) {
        std::fprintf(stderr, "E-post är inte inställt: ange e-postservern i FINSAM_SMTP_HOST "
                             "(se README).\n");
        return 2;
    }
    auto database = open_database(common);
    if (!database)
        return 1;
    SmtpMailer mailer((*mail)->smtp, system_clock());
    const MailDelivery delivery{(*mail)->base_url, new_sender_token()};
    const auto round = run_notification_round(*database, system_clock(), mailer, delivery,
                                              as_of.empty() ? std::nullopt : day);
    std::printf("Nya påminnelser och förseningsmeddelanden: %d. Skickade: %d. Misslyckade (försöks "
                "igen): %d. Inte skickade (mottagaren vill inte ha e-post, eller för gamla): %d.\n",
                round.queued, round.sending.sent, round.sending.failed, round.sending.dropped);
    return round.complete ? 0 : 1;
}

} // namespace finsam
