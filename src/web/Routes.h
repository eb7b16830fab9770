#pragma once

#include "web/RequestScope.h"
#include "web/WebContext.h"

#include <functional>
#include <httplib.h>

namespace finsam {

using ScopedHandler = std::function<void(RequestScope&)>;

/// A page: needs a session (else a redirect to /login); a POST also needs the CSRF token.
/// What the handler throws becomes a logged error and a Swedish 500 page.
httplib::Server::Handler page_handler(WebContext& context, ScopedHandler handler);
/// An API call: a session or an API token (else 401 JSON); writes need the CSRF token when
/// made with a session. Errors are JSON.
httplib::Server::Handler api_handler(WebContext& context, ScopedHandler handler);

// Each area of the application registers its routes (src/web/routes/).
void add_login_routes(httplib::Server& server, WebContext& context);
void add_overview_routes(httplib::Server& server, WebContext& context);
void add_intervention_routes(httplib::Server& server, WebContext& context);
void add_report_routes(httplib::Server& server, WebContext& context);
void add_settings_routes(httplib::Server& server, WebContext& context);
void add_import_routes(httplib::Server& server, WebContext& context);
void add_api_routes(httplib::Server& server, WebContext& context);
void add_api_write_routes(httplib::Server& server, WebContext& context);

} // namespace finsam
