#include "web/pages/FormFields.h"

#include <cctype>

namespace finsam {

mstch::map form_field(const std::string& name, const std::string& label, const std::string& value,
                      const std::vector<FieldError>& errors) {
    return mstch::map{{"name", name},
                      {"id", field_id(name)},
                      {"label", label},
                      {"value", value},
                      {"error", error_for(errors, name)},
                      {"rows", std::string("4")}}; // a text area's height, in lines
}

std::string field_id(const std::string& field) {
    std::string id = "f-";
    for (const char character : field)
        id += std::isalnum(static_cast<unsigned char>(character)) ? character : '-';
    return id;
}

mstch::array error_summary(const std::vector<FieldError>& errors) {
    mstch::array list;
    for (const auto& error : errors)
        list.push_back(mstch::map{{"id", field_id(error.field)}, {"message", error.message}});
    return list;
}

std::string error_for(const std::vector<FieldError>& errors, const std::string& field) {
    std::string message;
    for (const auto& error : errors) {
        if (error.field == field)
            message += (message.empty() ? "" : " ") + error.message;
    }
    return message;
}

} // namespace finsam
