#include "domain/Redaction.h"

#include "domain/Text.h"

#include <algorithm>

namespace finsam {

namespace {

/// Calls `visit` with every text of the report a redaction reaches: the one list of them, so
/// that what is searched and what is replaced cannot drift apart.
template <typename ReportType, typename Visit> void for_each_text(ReportType& report, Visit visit) {
    auto visit_optional = [&](auto& text) {
        if (text)
            visit(*text);
    };
    visit_optional(report.intervention.owner);
    visit_optional(report.reporter.name);
    for (auto& partner : report.partners)
        visit(partner);
    for (auto& section : report.sections) {
        visit(section.title);
        visit(section.text);
    }
    for (auto& goal : report.goals)
        visit(goal.text);
    for (auto& figure : report.figures)
        visit(figure.quote);
    for (auto& warning : report.warnings)
        visit(warning.message);
}

} // namespace

Redaction::Redaction(const std::vector<std::string>& phrases) {
    for (const auto& phrase : phrases) {
        std::string trimmed(trim(phrase));
        if (!trimmed.empty() &&
            std::find(m_phrases.begin(), m_phrases.end(), trimmed) == m_phrases.end())
            m_phrases.push_back(std::move(trimmed));
    }
    std::stable_sort(m_phrases.begin(), m_phrases.end(), [](const auto& left, const auto& right) {
        return left.size() > right.size();
    });
}

std::vector<std::string> Redaction::missing_from(const Report& report) const {
    std::vector<std::string> missing;
    for (const auto& phrase : m_phrases) {
        bool found = false;
        for_each_text(report, [&](const std::string& text) {
            found = found || text.find(phrase) != std::string::npos;
        });
        if (!found)
            missing.push_back(phrase);
    }
    return missing;
}

int Redaction::apply_to(Report& report) const {
    int passages = 0;
    for_each_text(report, [&](std::string& text) { passages += apply_to(text); });
    return passages;
}

int Redaction::apply_to(std::string& text) const {
    int passages = 0;
    for (const auto& phrase : m_phrases) {
        for (auto at = text.find(phrase); at != std::string::npos;
             at = text.find(phrase, at + k_redaction_mask.size())) {
            text.replace(at, phrase.size(), k_redaction_mask);
            ++passages;
        }
    }
    return passages;
}

} // namespace finsam
