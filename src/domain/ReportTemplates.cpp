#include "domain/ReportTemplates.h"

namespace finsam {

const TemplateDefinition* ReportTemplates::find(std::string_view id) const {
    for (const auto& definition : m_definitions) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

bool ReportTemplates::is_form_of(std::string_view id, ReportKind kind) const {
    const auto* definition = find(id);
    return definition && definition->kind == kind && !definition->form.empty();
}

const TemplateDefinition* ReportTemplates::form_for(const AssociationSettings& settings,
                                                    ReportKind kind) const {
    const auto& chosen =
        kind == ReportKind::Final ? settings.final_template : settings.quarterly_template;
    return is_form_of(chosen, kind) ? find(chosen) : nullptr;
}

} // namespace finsam
