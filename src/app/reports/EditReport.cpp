#include "app/reports/EditReport.h"

#include "app/InputGuard.h"
#include "app/ReadAccess.h"
#include "app/notifications/ReportNotices.h"
#include "app/reports/ActiveAtStart.h"
#include "domain/PersonalData.h"
#include "domain/ReportingCalendar.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

namespace finsam {

namespace {

AppResult<const TemplateDefinition*> form_template(const AppContext& context, ReportKind kind) {
    const auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    const auto* definition = context.templates().form_for(*settings, kind);
    if (!definition)
        return tl::unexpected(AppError::of(ErrorCode::NoReportForm));
    return definition;
}

AppResult<std::string> return_comment(const AppContext& context, const ReportState& state) {
    if (state.status != ReportStatus::Returned)
        return std::string();
    WorkflowStore workflow(context.database(), context.clock());
    const auto events = workflow.events(state.id);
    if (!events)
        return tl::unexpected(AppError::internal(events.error()));
    return latest_return_comment(*events);
}

/// A report's form keeps the report's own period, whatever was posted.
void keep_period(ReportFormValues& values, const ReportState& state) {
    values.period_start = format_iso_or_empty(state.period.start);
    values.period_end = format_iso_or_empty(state.period.end);
}

/// The values a report's form opens with: the draft, else the latest version (a returned
/// report), else the user's name as uppgiftslämnare.
AppResult<ReportFormValues> opening_values(const AppContext& context, const ReportState& state) {
    if (state.draft)
        return form_values_from_json(*state.draft);
    ReportFormValues values;
    if (state.version_count > 0) {
        ReportStore reports(context.database(), context.clock());
        const auto stored = reports.load_report(state.id);
        if (!stored)
            return tl::unexpected(AppError::internal(stored.error()));
        values = form_values_from_report(stored->versions.back().report);
    }
    keep_period(values, state);
    if (values.reporter_name.empty())
        values.reporter_name = context.user().display_name;
    return values;
}

AppResult<ReportState> reload(const AppContext& context, std::int64_t report_id) {
    WorkflowStore workflow(context.database(), context.clock());
    const auto state = workflow.state(report_id);
    if (!state)
        return tl::unexpected(AppError::internal(state.error()));
    if (!*state)
        return tl::unexpected(AppError::internal("a saved report cannot be read back"));
    return **state;
}

/// The guard's softer findings in the sections, as warnings at their fields.
std::map<std::string, std::string> personal_data_hints(const ReportFormValues& values) {
    std::map<std::string, std::string> hints;
    for (const auto& [id, text] : values.sections) {
        auto warning = personal_data_warning(find_personal_data(text));
        if (!warning.empty())
            hints.emplace(section_field(id), std::move(warning));
    }
    return hints;
}

/// The participants in the insats when the form's period began, which a submission's ended
/// cannot exceed together with the new; nullopt while the period cannot be read.
AppResult<std::optional<std::int64_t>> form_active_at_start(const AppContext& context,
                                                            const ReportFormData& form) {
    const auto period = form_period(*form.definition, form.values);
    if (!period)
        return std::optional<std::int64_t>();
    return active_at_start(context, form.intervention.id, *period);
}

/// Saves the form's values to its report, which is at `revision`.
AppResult<ReportState> store(const AppContext& context, const ReportFormData& form,
                             const ReportState& state, SaveMode mode, int revision) {
    auto errors = check_draft(form.values);
    std::optional<Report> report;
    if (mode == SaveMode::Submit && errors.empty()) {
        const auto active = form_active_at_start(context, form);
        if (!active)
            return tl::unexpected(active.error());
        auto check = check_submission(*form.definition, form.values, form.intervention,
                                      context.clock().today(), *active);
        errors = std::move(check.errors);
        report = std::move(check.report);
    }
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    WorkflowStore workflow(context.database(), context.clock());
    const std::int64_t user = context.user().id;
    const auto saved = mode == SaveMode::Submit
                           ? workflow.submit(state.id, *report, user, revision)
                           : workflow.save_draft(state.id, to_json(form.values), user, revision);
    if (!saved) {
        AppError error = from_storage(saved.error(), ErrorCode::ReportChanged);
        error.report_id = state.id;
        if (error.code == ErrorCode::ReportChanged) {
            if (const auto now = workflow.state(state.id); now && *now)
                error.status = (**now).status;
        }
        return tl::unexpected(std::move(error));
    }
    if (mode != SaveMode::Autosave)
        context.audit(mode == SaveMode::Submit ? AuditAction::Submit : AuditAction::Draft,
                      AuditObject::Report, state.id);
    auto saved_state = reload(context, state.id);
    if (saved_state && mode == SaveMode::Submit)
        queue_submitted_notices(context, *saved_state);
    return saved_state;
}

/// The form of a report the user may write and may still change, without its values or
/// the kansli's comment: what a save needs.
AppResult<ReportFormData> writable_report_form(const AppContext& context, std::int64_t report_id) {
    auto writable = writable_report(context, report_id);
    if (!writable)
        return tl::unexpected(writable.error());
    auto& [state, intervention] = *writable;
    const auto definition = form_template(context, state.kind);
    if (!definition)
        return tl::unexpected(definition.error());
    if (!is_editable_by_owner(state.status)) {
        AppError error = AppError::of(ErrorCode::ReportNotEditable);
        error.report_id = state.id;
        error.status = state.status;
        return tl::unexpected(std::move(error));
    }
    return ReportFormData{*definition, std::move(intervention), state, {},
                          "",          context.clock().today(), {}};
}

/// writable_report_form() with what was posted; the period stays the report's.
AppResult<ReportFormData> posted_report_form(const AppContext& context, std::int64_t report_id,
                                             const FieldSource& posted) {
    auto form = writable_report_form(context, report_id);
    if (form) {
        form->values = read_form(*form->definition, posted.value);
        keep_period(form->values, *form->state);
    }
    return form;
}

} // namespace

AppResult<ReportFormData> new_report_form(const AppContext& context, std::int64_t intervention_id,
                                          ReportKind kind, const FieldSource* posted,
                                          std::optional<Date> period_start) {
    auto intervention = readable_intervention(context, intervention_id);
    if (!intervention)
        return tl::unexpected(intervention.error());
    if (!context.policy().writes_reports_of(intervention->id))
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    const auto definition = form_template(context, kind);
    if (!definition)
        return tl::unexpected(definition.error());
    ReportFormData form{
        *definition, std::move(*intervention), std::nullopt, {}, "", context.clock().today(), {}};
    if (posted) {
        form.values = read_form(**definition, posted->value);
    } else {
        form.values.reporter_name = context.user().display_name;
        form.values.period_start =
            format_iso(period_start.value_or(default_overview_quarter(form.today).start));
    }
    form.personal_data_hints = personal_data_hints(form.values);
    return form;
}

AppResult<ReportFormData> edit_report_form(const AppContext& context, std::int64_t report_id,
                                           const FieldSource* posted) {
    auto form = posted ? posted_report_form(context, report_id, *posted)
                       : writable_report_form(context, report_id);
    if (!form)
        return form;
    auto comment = return_comment(context, *form->state);
    if (!comment)
        return tl::unexpected(comment.error());
    form->return_comment = std::move(*comment);
    if (!posted) {
        auto values = opening_values(context, *form->state);
        if (!values)
            return tl::unexpected(values.error());
        form->values = std::move(*values);
    }
    form->personal_data_hints = personal_data_hints(form->values);
    return form;
}

AppResult<ReportState> create_report(const AppContext& context, std::int64_t intervention_id,
                                     ReportKind kind, const FieldSource& fields, SaveMode mode) {
    const auto form = new_report_form(context, intervention_id, kind, &fields);
    if (!form)
        return tl::unexpected(form.error());
    if (const auto checked = check_sent_fields(fields); !checked)
        return tl::unexpected(checked.error());
    const auto active = form_active_at_start(context, *form);
    if (!active)
        return tl::unexpected(active.error());
    auto errors = check_new_report(*form->definition, form->values, form->intervention, form->today,
                                   *active, mode == SaveMode::Submit);
    const auto period = form_period(*form->definition, form->values);
    if (!errors.empty() || !period)
        return tl::unexpected(AppError::invalid(std::move(errors)));
    WorkflowStore workflow(context.database(), context.clock());
    const auto report_id =
        workflow.open_report(form->intervention.id, kind, *period, context.user().id);
    if (!report_id)
        return tl::unexpected(AppError::internal(report_id.error()));
    const auto opened = reload(context, *report_id);
    if (!opened)
        return opened;
    if (!opened->untouched()) {
        AppError error = AppError::of(ErrorCode::ReportExists);
        error.report_id = *report_id;
        return tl::unexpected(std::move(error));
    }
    return store(context, *form, *opened, mode, opened->revision);
}

AppResult<ReportState> save_report(const AppContext& context, std::int64_t report_id,
                                   const FieldSource& fields, SaveMode mode, int revision) {
    const auto form = posted_report_form(context, report_id, fields);
    if (!form)
        return tl::unexpected(form.error());
    if (const auto checked = check_sent_fields(fields); !checked)
        return tl::unexpected(checked.error());
    return store(context, *form, *form->state, mode, revision);
}

} // namespace finsam
