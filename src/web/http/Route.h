#pragma once

#include "web/WebContext.h"
#include "web/http/Exchange.h"

#include <httplib.h>
#include <string_view>
#include <vector>

namespace finsam {

enum class Method { Get, Post, Put };

/// Who may call a route at all, checked before its handler runs. What a user may do with
/// the insats or report a path names is the access policy's to decide, in the use case.
enum class Who {
    Anyone,   // no session: the login form
    SignedIn, // every user of a förbund
    Kansli,   // admin and kansli: the kansli's work and the förbund's settings
};

/// A handler is thin: it reads the request, calls one use case, and renders the result.
using Handler = void (*)(Exchange&);

struct Route {
    Method method;
    std::string_view path; // a regular expression; numbers in it are (\d+) groups
    Who who;
    Handler handler;
};

/// One area's routes, for one audience: the list reads as that area's security policy.
struct RouteTable {
    Audience audience;
    std::vector<Route> routes;
};

/// Puts a table's routes on the server. Every route runs the same steps: authenticate (a
/// page redirects to /login, the API answers 401), check the CSRF token of a change, check
/// the route's access, run the handler, and empty the page cache after a change. What a
/// handler throws becomes a logged error and a Swedish 500 page or JSON.
void add_routes(httplib::Server& server, WebContext& web, const RouteTable& table);

} // namespace finsam
