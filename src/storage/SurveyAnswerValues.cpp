#include "storage/SurveyAnswerValues.h"

#include <nlohmann/json.hpp>

namespace finsam {

namespace {

using nlohmann::json;

json value_json(const AnswerValue& value) {
    if (const auto* scale = std::get_if<ScaleValue>(&value))
        return scale->value;
    if (const auto* choice = std::get_if<ChoiceValue>(&value))
        return choice->codes;
    if (const auto* yes_no = std::get_if<YesNoValue>(&value))
        return yes_no->yes;
    return std::get<TextValue>(value).text;
}

std::optional<AnswerValue> read_value(const json& value) {
    if (value.is_number_integer())
        return ScaleValue{value.get<int>()};
    if (value.is_boolean())
        return YesNoValue{value.get<bool>()};
    if (value.is_string())
        return TextValue{value.get<std::string>()};
    if (value.is_array()) {
        ChoiceValue choice;
        for (const auto& code : value) {
            if (!code.is_string())
                return std::nullopt;
            choice.codes.push_back(code.get<std::string>());
        }
        return choice;
    }
    return std::nullopt;
}

} // namespace

std::string answer_values_json(const std::map<std::string, AnswerValue>& values) {
    json object = json::object();
    for (const auto& [question_id, value] : values)
        object[question_id] = value_json(value);
    return object.dump();
}

std::optional<std::map<std::string, AnswerValue>> parse_answer_values(const std::string& text) {
    const auto object = json::parse(text, nullptr, false);
    if (!object.is_object())
        return std::nullopt;
    std::map<std::string, AnswerValue> values;
    for (const auto& [question_id, value] : object.items()) {
        auto read = read_value(value);
        if (!read)
            return std::nullopt;
        values.emplace(question_id, std::move(*read));
    }
    return values;
}

} // namespace finsam
