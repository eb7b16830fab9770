#include "web/pages/AccountPage.h"

#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"

namespace finsam {

mstch::map account_page(const OwnAccount& account, const std::vector<FieldError>& errors,
                        bool saved) {
    return mstch::map{
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"saved", saved},
        {"name", account.user.display_name},
        {"username", account.user.username},
        {"role", std::string(role_label(account.user.role))},
        {"email", form_field("email", "E-postadress", account.mail.email.value_or(""), errors)},
        {"notifications", account.mail.notifications},
    };
}

} // namespace finsam
