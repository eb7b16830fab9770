#pragma once

#include "app/AppError.h"
#include "app/reports/EditReport.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// report_form.mustache's view model: the template's sections, key figures and participant
/// statistics with the values and errors, the period (a choice of quarter for a new
/// kvartalsrapport, fixed once the report exists), and the kansli's latest comment when the report
/// was returned. With `saved_elsewhere` (the report was saved in another tab or by someone else
/// since the form was opened), the saved text stands beside each field where it differs.
mstch::map report_form_page(const ReportFormData& form, const std::vector<FieldError>& errors,
                            const ReportFormValues* saved_elsewhere = nullptr);

} // namespace finsam
