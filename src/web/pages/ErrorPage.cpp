#include "web/pages/ErrorPage.h"

namespace finsam {

mstch::map error_page(const ErrorMessage& message) {
    return mstch::map{{"heading", message.heading}, {"text", message.text}};
}

} // namespace finsam
