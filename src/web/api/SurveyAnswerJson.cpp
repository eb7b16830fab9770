#include "web/api/SurveyAnswerJson.h"

#include "app/surveys/SurveyAnswerInput.h"
#include "app/surveys/SurveyAnswering.h"

namespace finsam {

namespace {

bool add_value(FieldMap& fields, const std::string& field, const nlohmann::json& value) {
    if (value.is_number_integer()) {
        fields.set(field, std::to_string(value.get<long long>()));
    } else if (value.is_boolean()) {
        fields.set(field, value.get<bool>() ? "ja" : "nej");
    } else if (value.is_string()) {
        fields.set(field, value.get<std::string>());
    } else if (value.is_array()) {
        for (const auto& code : value) {
            if (!code.is_string())
                return false;
            fields.add(field, code.get<std::string>());
        }
    } else {
        return value.is_null();
    }
    return true;
}

} // namespace

AppResult<FieldMap> survey_answer_fields(const nlohmann::json& body) {
    if (!body.is_object() || !body.contains("svar") || !body.at("svar").is_object())
        return tl::unexpected(AppError::of(ErrorCode::MalformedRequest));
    FieldMap fields;
    if (body.contains(k_code_field)) {
        if (!body.at(k_code_field).is_string())
            return tl::unexpected(AppError::of(ErrorCode::MalformedRequest));
        fields.set(k_code_field, body.at(k_code_field).get<std::string>());
    }
    for (const auto& [question_id, value] : body.at("svar").items()) {
        if (!add_value(fields, question_field(question_id), value))
            return tl::unexpected(AppError::of(ErrorCode::MalformedRequest));
    }
    return fields;
}

} // namespace finsam
