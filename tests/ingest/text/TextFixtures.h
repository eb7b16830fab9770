#pragma once

#include "TestSupport.h"
#include "domain/TemplateDefinition.h"

#include <gtest/gtest.h>

namespace finsam::testing {

/// The checked-in template definitions, loaded once per test.
inline TemplateDefinition template_named(const std::string& id) {
    auto definition = load_template(templates_dir() / (id + ".json"));
    if (!definition)
        throw std::runtime_error(definition.error().reason);
    return *definition;
}

} // namespace finsam::testing
