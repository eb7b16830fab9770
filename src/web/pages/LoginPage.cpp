#include "web/pages/LoginPage.h"

namespace finsam {

mstch::map login_page(const std::string& login_csrf, const std::string& username,
                      const std::string& next, const std::string& error,
                      const std::string& notice) {
    return mstch::map{{"login_csrf", login_csrf},
                      {"username", username},
                      {"next", next},
                      {"error", error},
                      {"notice", notice}};
}

} // namespace finsam
