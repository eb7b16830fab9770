#include "web/WebContext.h"

#include <stdexcept>

namespace finsam {

namespace {

std::vector<TemplateDefinition> load_report_templates(const std::filesystem::path& folder) {
    auto templates = load_templates(folder);
    if (!templates) {
        throw std::runtime_error("cannot load the report template " + templates.error().file +
                                 ": " + templates.error().reason);
    }
    return std::move(*templates);
}

SurveyCatalog load_surveys(const std::filesystem::path& report_templates) {
    auto catalog = load_survey_catalog(surveys_folder(report_templates));
    if (!catalog) {
        throw std::runtime_error("cannot load the survey " + catalog.error().file + ": " +
                                 catalog.error().reason);
    }
    return std::move(*catalog);
}

} // namespace

WebContext::WebContext(WebConfig config)
    : m_config(std::move(config)), m_views(m_config.web_templates),
      m_pool(m_config.database_url, m_config.connections), m_throttle(m_config.login_throttle),
      m_report_templates(load_report_templates(m_config.report_templates)),
      m_reader(m_report_templates.all()),
      m_uploads(m_config.upload_folder.empty()
                    ? std::filesystem::temp_directory_path() / "finsam-uploads"
                    : m_config.upload_folder,
                std::chrono::hours(1)),
      m_import_gate(m_config.import_limits.readers, m_config.import_limits.longest_wait),
      m_inflation_budget(m_config.import_limits.inflated_bytes),
      m_page_cache(m_config.page_cache_lifetime),
      m_survey_catalog(load_surveys(m_config.report_templates)) {
    if (m_config.board_templates.empty())
        m_config.board_templates = m_config.web_templates.parent_path() / "board";
    m_board_layout = load_board_layout(m_config.board_templates / "projektredovisning.json");
}

std::filesystem::path WebContext::board_html_template() const {
    return m_config.board_templates / "board-report.mustache";
}

} // namespace finsam
