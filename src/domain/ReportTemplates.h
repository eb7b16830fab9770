#pragma once

#include "domain/AssociationSettings.h"
#include "domain/ReportKind.h"
#include "domain/TemplateDefinition.h"

#include <string_view>
#include <vector>

namespace finsam {

/// Every report template the program has (templates/reports/*.json), and which of them a
/// förbund's web forms use.
class ReportTemplates {
public:
    ReportTemplates() = default;
    explicit ReportTemplates(std::vector<TemplateDefinition> definitions)
        : m_definitions(std::move(definitions)) {}

    const std::vector<TemplateDefinition>& all() const { return m_definitions; }
    /// A template by id (its file name without .json); nullptr when unknown.
    const TemplateDefinition* find(std::string_view id) const;
    /// Whether `id` names a template of this kind with a web form: what a förbund may choose.
    bool is_form_of(std::string_view id, ReportKind kind) const;
    /// The form the förbund's settings choose for a kind of report; nullptr when it has none.
    const TemplateDefinition* form_for(const AssociationSettings& settings, ReportKind kind) const;

private:
    std::vector<TemplateDefinition> m_definitions;
};

} // namespace finsam
