#pragma once

#include "web/http/Route.h"

namespace finsam {

// Each area of the application declares its routes in one table (src/web/routes/), with the
// access each needs beside its path.

RouteTable login_routes();
RouteTable overview_routes();
RouteTable start_page_routes();
RouteTable intervention_routes();
RouteTable report_routes();
RouteTable settings_routes();
RouteTable account_routes();
RouteTable import_routes();
RouteTable statistics_routes();
RouteTable board_report_routes();
RouteTable board_report_api_routes();
RouteTable statistics_api_routes();
RouteTable api_routes();
RouteTable user_routes();
RouteTable audit_routes();
RouteTable search_routes();
RouteTable search_api_routes();
RouteTable lessons_routes();
RouteTable lessons_api_routes();
RouteTable survey_routes();
RouteTable survey_api_routes();
RouteTable survey_result_routes();
RouteTable survey_result_api_routes();

} // namespace finsam
