#include "app/accounts/OwnAccount.h"
#include "web/pages/AccountPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void show_account(Exchange& exchange, const std::vector<FieldError>& errors, int status) {
    const FieldSource posted = exchange.input().fields();
    const auto account = own_account(exchange.app(), errors.empty() ? nullptr : &posted);
    if (exchange.failed(account))
        return;
    const bool saved = errors.empty() && exchange.input().value("sparat") == "1";
    exchange.page("account", account_page(*account, errors, saved), "Mitt konto", status);
}

void account(Exchange& exchange) {
    show_account(exchange, {}, 200);
}

void save(Exchange& exchange) {
    const auto saved = save_own_account(exchange.app(), exchange.input().fields());
    if (!saved && saved.error().code == ErrorCode::Invalid) {
        show_account(exchange, saved.error().fields, 422);
        return;
    }
    if (exchange.failed(saved))
        return;
    exchange.reply().redirect("/konto?sparat=1");
}

} // namespace

RouteTable account_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/konto", Who::SignedIn, account},
                {Method::Post, "/konto", Who::SignedIn, save},
            }};
}

} // namespace finsam
