#include "app/accounts/OwnAccount.h"

#include "app/InputGuard.h"
#include "domain/EmailAddress.h"
#include "domain/Text.h"
#include "storage/UserStore.h"

namespace finsam {

namespace {

/// The preference as posted, and what is wrong with it.
struct PostedPreference {
    MailPreference preference;
    std::vector<FieldError> errors;
};

PostedPreference read_preference(const FieldSource& fields) {
    PostedPreference posted;
    const std::string typed = fields.value("email");
    if (!trim(typed).empty()) {
        posted.preference.email = checked_email_address(typed);
        if (!posted.preference.email) {
            posted.preference.email = typed;
            posted.errors.push_back({"email", "Skriv en e-postadress som namn@exempel.se, eller "
                                              "lämna fältet tomt."});
        }
    }
    posted.preference.notifications = fields.has("notifications");
    return posted;
}

/// The audit detail: what changed, never the address.
std::string changes(const MailPreference& before, const MailPreference& after) {
    std::string detail;
    if (before.email != after.email)
        detail = after.email ? "e-mail address changed" : "e-mail address removed";
    if (before.notifications != after.notifications) {
        detail += detail.empty() ? "" : ", ";
        detail += after.notifications ? "e-mail notifications on" : "e-mail notifications off";
    }
    return detail;
}

AppResult<void> require_account(const AppContext& context) {
    if (context.user().id == 0)
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    return {};
}

} // namespace

AppResult<OwnAccount> own_account(const AppContext& context, const FieldSource* posted) {
    if (const auto allowed = require_account(context); !allowed)
        return tl::unexpected(allowed.error());
    UserStore users(context.database(), context.clock());
    auto stored = users.mail_preference(context.user().id);
    if (!stored)
        return tl::unexpected(AppError::internal(stored.error()));
    OwnAccount account{context.user(), std::move(*stored)};
    if (posted)
        account.mail = read_preference(*posted).preference;
    return account;
}

AppResult<void> save_own_account(const AppContext& context, const FieldSource& fields) {
    if (const auto allowed = require_account(context); !allowed)
        return tl::unexpected(allowed.error());
    if (const auto checked = check_sent_fields(fields); !checked)
        return tl::unexpected(checked.error());
    auto posted = read_preference(fields);
    if (!posted.errors.empty())
        return tl::unexpected(AppError::invalid(std::move(posted.errors)));
    UserStore users(context.database(), context.clock());
    const auto before = users.mail_preference(context.user().id);
    if (!before)
        return tl::unexpected(AppError::internal(before.error()));
    if (const auto saved = users.set_mail_preference(context.user().id, posted.preference); !saved)
        return tl::unexpected(AppError::internal(saved.error()));
    if (const auto detail = changes(*before, posted.preference); !detail.empty())
        context.audit(AuditAction::Edit, AuditObject::User, context.user().id, detail);
    return {};
}

} // namespace finsam
