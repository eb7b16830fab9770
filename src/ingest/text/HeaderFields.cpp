#include "ingest/text/HeaderFields.h"

#include "domain/Text.h"
#include "ingest/text/FieldValues.h"

#include <algorithm>
#include <set>

namespace finsam {

namespace {

/// A field label found at the start of a line.
struct LabelMatch {
    const FieldDefinition* field = nullptr;
    std::string rest; // what follows the label on the line, trimmed
};

struct Scope {
    std::size_t begin;
    std::size_t end;
};

bool is_label_boundary(std::string_view text, std::size_t position) {
    return position >= text.size() || text[position] == ' ' || text[position] == ':' ||
           text[position] == '\t';
}

class LabelIndex {
public:
    explicit LabelIndex(const TemplateDefinition& definition) {
        for (const auto& field : definition.fields) {
            for (const auto& label : field.labels)
                m_labels.push_back({lowercase(collapse_whitespace(label)), &field});
        }
        // Longest first, so "Beviljade medel för insatsen" wins over "Beviljade medel".
        std::stable_sort(m_labels.begin(), m_labels.end(), [](const auto& a, const auto& b) {
            return a.label.size() > b.label.size();
        });
    }

    std::optional<LabelMatch> match(std::string_view line) const {
        auto collapsed = collapse_whitespace(line);
        auto lower = lowercase(collapsed);
        for (const auto& [label, field] : m_labels) {
            if (lower.starts_with(label) && is_label_boundary(lower, label.size()))
                return LabelMatch{
                    field, std::string(trim(std::string_view(collapsed).substr(label.size())))};
        }
        return std::nullopt;
    }

    const FieldDefinition* field_with_label(std::string_view text) const {
        auto lower = lowercase(collapse_whitespace(text));
        for (const auto& [label, field] : m_labels) {
            if (lower == label)
                return field;
        }
        return nullptr;
    }

private:
    struct Entry {
        std::string label;
        const FieldDefinition* field;
    };
    std::vector<Entry> m_labels;
};

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class FieldReader {
public:
    FieldReader(const std::vector<std::string>& lines, const std::vector<SectionSpan>& sections,
                const TemplateDefinition& definition)
        : m_lines(lines), m_sections(sections), m_labels(definition) {
        for (const auto& span : sections)
            m_heading_lines.insert(span.heading_line);
        // Every field looks at every line: match the labels once per line.
        m_line_labels.reserve(lines.size());
        for (const auto& line : lines)
            m_line_labels.push_back(line.empty() ? std::nullopt : m_labels.match(line));
    }

    HeaderFields read(const TemplateDefinition& definition) {
        for (const auto& field : definition.fields)
            read_field(field);
        return std::move(m_result);
    }

private:
    Scope scope_of(const FieldDefinition& field) const {
        if (field.section_id.empty())
            return {0, m_lines.size()};
        for (const auto& span : m_sections) {
            if (span.definition->id == field.section_id)
                return {span.heading_line + 1, span.end_line};
        }
        return {0, 0};
    }

    /// The value line that follows a label line: the next non-blank line that is neither a
    /// label nor a heading.
    std::optional<std::string> value_after(std::size_t label_line, Scope scope) const {
        for (auto index = label_line + 1; index < scope.end; ++index) {
            if (m_lines[index].empty())
                continue;
            if (m_heading_lines.contains(index) || m_line_labels[index])
                return std::nullopt;
            return m_lines[index];
        }
        return std::nullopt;
    }

    void read_field(const FieldDefinition& field) {
        auto scope = scope_of(field);
        for (auto index = scope.begin; index < scope.end; ++index) {
            const auto& match = m_line_labels[index];
            if (!match || match->field != &field)
                continue;
            auto value = value_of(*match, index, scope);
            if (value && !value->empty() && store(field, *value) && field.type != FieldType::List)
                return;
        }
    }

    std::optional<std::string> value_of(const LabelMatch& match, std::size_t line, Scope scope) {
        const auto& rest = match.rest;
        if (rest.starts_with(':')) {
            auto inline_value = std::string(trim(std::string_view(rest).substr(1)));
            if (!inline_value.empty())
                return inline_value;
            return value_after(line, scope);
        }
        if (!rest.empty() && has_digit(rest))
            return rest; // "Period 240701 - 240930"
        auto value = value_after(line, scope);
        if (!value || rest.empty())
            return value;
        // A flattened two-column table: this label and another above two values.
        return first_column(*match.field, *value, m_labels.field_with_label(rest));
    }

    std::string first_column(const FieldDefinition& field, const std::string& value,
                             const FieldDefinition* companion) {
        auto columns = split_columns(value);
        if (columns.size() >= 2) {
            if (companion)
                store(*companion, columns[1]);
            return columns[0];
        }
        auto single = collapse_whitespace(value);
        switch (field.type) {
        case FieldType::RegistryNumber: {
            auto last_space = single.rfind(' ');
            if (last_space != std::string::npos &&
                looks_like_initials(std::string_view(single).substr(last_space + 1))) {
                if (companion)
                    store(*companion, single.substr(last_space + 1));
                return single.substr(0, last_space);
            }
            return single;
        }
        case FieldType::SingleDate: {
            auto first_space = single.find(' ');
            if (first_space != std::string::npos && companion)
                store(*companion, single.substr(first_space + 1));
            return single.substr(0, first_space);
        }
        case FieldType::Organisation:
            return leading_organisation(single);
        default:
            return single;
        }
    }

    void store_date(std::optional<Date>& target, const std::string& value) {
        auto date = parse_date(trim(value));
        if (date)
            target = *date;
        else
            m_result.date_errors.push_back(date.error());
    }

    /// Stores a value unless the field already has one; false when the value is unusable.
    bool store(const FieldDefinition& field, const std::string& raw_value) {
        auto value = collapse_whitespace(raw_value);
        if (value.empty())
            return false;
        auto& result = m_result;
        const auto& id = field.id;
        if (id == "intervention_name" && !result.intervention_name) {
            result.intervention_name = value;
        } else if (id == "owner" && !result.owner) {
            result.owner =
                field.type == FieldType::Organisation ? leading_organisation(value) : value;
        } else if (id == "period" && !result.period.start && !result.period.end) {
            auto parsed = parse_period(value);
            if (!parsed.period.start && !parsed.period.end && parsed.errors.empty())
                return false;
            result.period = parsed.period;
            for (auto& error : parsed.errors)
                result.date_errors.push_back(std::move(error));
        } else if (id == "registry_number" && !result.registration.registry_number) {
            if (!has_digit(value))
                return false;
            result.registration.registry_number = value;
        } else if (id == "signature" && !result.registration.signature) {
            if (!looks_like_initials(value))
                return false;
            result.registration.signature = value;
        } else if (id == "arrival_date" && !result.registration.arrival_date) {
            store_date(result.registration.arrival_date, value);
        } else if (id == "granted_sek" && !result.funds.granted_sek) {
            result.funds.granted_sek = parse_amount(value);
        } else if (id == "used_sek" && !result.funds.used_sek) {
            result.funds.used_sek = parse_amount(value);
        } else if (id == "partners") {
            if (std::find(result.partners.begin(), result.partners.end(), value) ==
                result.partners.end())
                result.partners.push_back(value);
        } else if (id == "reporter_date" && !result.reporter.date) {
            store_date(result.reporter.date, value);
        } else if (id == "reporter_name" && !result.reporter.name) {
            // "Helena Hägg, Teamledare, Jobbcentrum": the name, not the title.
            result.reporter.name = value.substr(0, value.find(','));
        }
        return true;
    }

    const std::vector<std::string>& m_lines;
    const std::vector<SectionSpan>& m_sections;
    LabelIndex m_labels;
    std::set<std::size_t> m_heading_lines;
    std::vector<std::optional<LabelMatch>> m_line_labels;
    HeaderFields m_result;
};

} // namespace

HeaderFields read_header_fields(const std::vector<std::string>& lines,
                                const std::vector<SectionSpan>& sections,
                                const TemplateDefinition& definition) {
    return FieldReader(lines, sections, definition).read(definition);
}

} // namespace finsam
