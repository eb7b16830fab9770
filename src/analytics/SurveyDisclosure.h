#pragma once

#include "analytics/SurveyResults.h"
#include "domain/AccessPolicy.h"

#include <vector>

namespace finsam {

// Small-count protection for survey results. Who sees what is the access policy's decision
// (Disclosure::small_survey_groups, free_text_answers, small_count_threshold); this applies
// it to one result.
//
// Each group (a question, a time point, a kind of respondent) is its own table for
// CellSuppression: its inner cells are the counts per option, and a reader sees the number
// of answers (their sum) and, through the mean, the sum of the values (each count times its
// step). A group of fewer answers than the threshold is hidden whole; in a larger group a
// count from 1 up to below the threshold is hidden, and whatever would let a reader work it
// out: the other counts, the number of answers or the mean. For a multiple choice each
// option is a yes/no of its own: "10 of 12 chose it" says 2 did not, so both are protected.
// A share, a mean, a median, a change and a comparison are shown only where every figure
// they are made of is: "start 12 answers, end 3" hides the end's mean, and so the change.
// Free-text answers are for the kansli only.

/// The results as the audience may see them: for the kansli every value, with what the
/// board would not see marked; for everyone else those values hidden.
SurveyResults disclose_survey_results(SurveyResults results, const Disclosure& disclosure);

/// The results of a period made of several units (half years, each its own protected table)
/// as an audience may see them: a figure of the whole is shown only where every unit shows
/// its own, so that their sum gives away nothing a unit hides ("12 answers in the year, 9 in
/// its second half" would give the first half's 3). `units` are the units' results for the
/// same questions, as disclose_survey_results gave them.
SurveyResults disclose_survey_results_over(SurveyResults whole,
                                           const std::vector<SurveyResults>& units,
                                           const Disclosure& disclosure);

} // namespace finsam
