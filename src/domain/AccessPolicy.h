#pragma once

#include "domain/Figure.h"
#include "domain/ReportState.h"
#include "domain/ReportStatus.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace finsam {

// The one access policy: who may read and write which insats and report, and what of a
// report each audience may see. The use cases ask it before they load, change or hand on
// anything; pages, API answers and charts show what the use cases hand them.

/// Whether a user may open something: NotFound for what lies outside their förbund (its
/// existence is not revealed), Forbidden for what is theirs to know of but not to open.
enum class Access { Allowed, NotFound, Forbidden };

/// What an audience may see of reports. The kansli sees everything; an insatsägare all of
/// their own reports but not the importer's warnings; the board, and anything made for it
/// or exported, only reports the kansli has reviewed, and no count that could point at a
/// person.
struct Disclosure {
    bool unreviewed_reports = true; // reports not yet reviewed (drafts, submitted, registered)
    bool small_counts = true;       // counts below small_count_threshold
    bool figure_quotes = true;      // the sentence a figure was read from: it may describe
                                    // the few people counted
    bool warnings = true;           // the importer's warnings to the kansli
    bool history = true;            // who did what to a report, and when; earlier versions
    bool work_status = true;        // the kansli's work: what is late, missing, in review
    int small_count_threshold = 5;  // a group smaller than this can point out a person
    // Figures the importer read from a file's text that the kansli has not confirmed: the
    // board's statistics count only checked numbers.
    bool unconfirmed_figures = true;
    // Survey results (enkätresultat) of fewer answers than the threshold, and whatever would
    // let a reader work such a group or a small part of it out: the kansli only. An
    // insatsägare is outside the kansli too: they know who took part, so a small group's
    // answers could point at a person for them more than for anyone.
    bool small_survey_groups = true;
    // Free-text survey answers (after the personal-data guard): a participant may describe
    // themself in their own words, so the kansli only.
    bool free_text_answers = true;

    /// Whether a report of this status may be shown at all.
    bool shows_report(ReportStatus status) const {
        return unreviewed_reports || status == ReportStatus::Reviewed;
    }
    /// Whether a figure's value must be hidden: a count above 0 and below the threshold.
    bool hides(double value, Unit unit) const {
        return !small_counts && unit == Unit::Count && value > 0 && value < small_count_threshold;
    }
};

/// The one rule for what each role may see of reports; the board's is also every export's.
/// `small_count_threshold` is the förbund's setting.
Disclosure disclosure_for(Role role, int small_count_threshold);

/// A key figure as an audience may see it: its value is nullopt when suppressed, and its
/// quote empty when quotes are not shown.
struct DisclosedFigure {
    Measure measure = Measure::ParticipantsTotal;
    Unit unit = Unit::Count;
    std::optional<double> value;
    bool suppressed = false;
    std::string section_id;
    std::string quote;
    std::string category = {}; // the part of a breakdown, as Figure::category
};

DisclosedFigure disclose(const Figure& figure, const Disclosure& disclosure);

/// What one user may do, read and see.
class AccessPolicy {
public:
    explicit AccessPolicy(const User& user);

    /// Admin and kansli: everything of their förbund, the kansli's work and its settings.
    bool manages_association() const { return sees_whole_association(m_user.role); }
    /// The förbund's users, their API tokens and its audit trail: admin and kansli.
    bool administers_users() const { return manages_association(); }
    /// Whether the user may give someone this role or change the account of someone who has
    /// it: an admin's account is an admin's to change, so the kansli makes no one an admin.
    bool may_administer(Role role) const {
        return administers_users() && (role != Role::Admin || m_user.role == Role::Admin);
    }
    /// The files reports arrived as, kept as received: they may hold what the stored text
    /// does not (a personnummer the importer masked, a signature), so only the kansli.
    bool reads_original_files() const { return manages_association(); }
    /// The board report (projektredovisning): the kansli makes it, the styrelse reads it.
    bool reads_board_report() const { return manages_association() || m_user.role == Role::Board; }
    /// An insats of `association_id`: staff and the board read every one; an insatsägare
    /// only those bound to them.
    Access read_intervention(std::int64_t association_id, std::int64_t intervention_id) const;
    /// A report: as its insats, and the board only once the kansli has reviewed it.
    Access read_report(const ReportState& report) const;
    /// Whether the user may write and submit the insats's reports: staff, and the
    /// insatsägare bound to it.
    bool writes_reports_of(std::int64_t intervention_id) const;
    /// An insats's surveys: opening and closing its rounds and making one-time codes. The
    /// kansli for every insats, and the insatsägare bound to it, whose staff hand the links
    /// and codes to the participants; not the board. Nobody reads single answers here: the
    /// results are the kansli's (issue 13).
    Access manage_surveys_of(std::int64_t association_id, std::int64_t intervention_id) const;
    /// Whether the user may take a workflow action (register, return, review) on a report
    /// in this status now.
    bool may_act(WorkflowAction action, ReportStatus status) const;
    /// Whether the user may change the report's content now.
    bool may_edit(const ReportState& report) const;
    /// The insatser the user's lists are limited to; nullopt for all of their förbund's.
    std::optional<std::vector<std::int64_t>> intervention_scope() const;
    /// The overview of every insats: not an insatsägare's starting point, though their own
    /// insatser's overview is theirs to read.
    bool overview_in_menu() const { return m_user.role != Role::InterventionOwner; }

    const Disclosure& disclosure() const { return m_disclosure; }
    const User& user() const { return m_user; }

private:
    bool bound_to(std::int64_t intervention_id) const;

    const User& m_user;
    Disclosure m_disclosure;
};

} // namespace finsam
