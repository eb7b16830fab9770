#include "app/notifications/NotificationMessages.h"

#include "domain/ReportingCalendar.h"

namespace finsam {

namespace {

/// "2024 kvartal 3" for a quarter, else "2024-07-01–2024-09-30".
std::string period_label(const StatedPeriod& period) {
    if (const auto complete = period.complete(); complete && complete->calendar_quarter())
        return quarter_label(*complete);
    return (period.start ? format_iso(*period.start) : "?") + "–" +
           (period.end ? format_iso(*period.end) : "?");
}

/// "kvartalsrapporten för 2024 kvartal 3" or "slutrapporten".
std::string report_phrase(const ReportState& report) {
    switch (report.kind) {
    case ReportKind::Quarterly:
        return "kvartalsrapporten för " + period_label(report.period);
    case ReportKind::Final:
        return "slutrapporten";
    case ReportKind::Compiled:
        return "projektredovisningen för " + period_label(report.period);
    case ReportKind::Other:
        return "rapporten för " + period_label(report.period);
    }
    return "rapporten";
}

std::string report_path(const ReportState& report) {
    return "/rapporter/" + std::to_string(report.id);
}

std::string intervention_path(std::int64_t intervention_id) {
    return "/insatser/" + std::to_string(intervention_id);
}

} // namespace

NotificationText submitted_text(const ReportState& report) {
    return {"Rapport inskickad: " + report.intervention_name + ", " + period_label(report.period),
            report.intervention_name + " har skickat in " + report_phrase(report) +
                ".\n\nRapporten väntar på att registreras och granskas av kansliet.\n",
            report_path(report)};
}

NotificationText completion_request_text(const ReportState& report, std::string_view comment) {
    return {
        "Komplettering begärd: " + report.intervention_name + ", " + period_label(report.period),
        "Kansliet har gått igenom " + report_phrase(report) + " för " + report.intervention_name +
            " och ber om en komplettering.\n\nKansliets kommentar:\n\n" + std::string(comment) +
            "\n\nÖppna rapporten, komplettera och skicka in den igen.\n",
        report_path(report)};
}

NotificationText reminder_text(std::int64_t intervention_id, std::string_view intervention_name,
                               const Period& quarter, Date deadline) {
    const std::string name(intervention_name);
    return {"Påminnelse: kvartalsrapport för " + name + " senast " + format_iso(deadline),
            "Kvartalsrapporten för " + name + " för " + quarter_label(quarter) +
                " ska vara inskickad senast " + format_iso(deadline) +
                ".\n\nHar du redan börjat på den finns ditt utkast kvar på insatsens sida.\n",
            intervention_path(intervention_id)};
}

NotificationText late_text(std::int64_t intervention_id, std::string_view intervention_name,
                           const Period& quarter, Date deadline) {
    const std::string name(intervention_name);
    return {"Försenad kvartalsrapport: " + name + ", " + quarter_label(quarter),
            "Kvartalsrapporten för " + name + " för " + quarter_label(quarter) +
                " skulle ha skickats in senast " + format_iso(deadline) +
                " och har inte kommit in.\n\nSkriv och skicka in den så snart du kan.\n",
            intervention_path(intervention_id)};
}

std::string mail_body(const WaitingNotification& notification, std::string_view base_url) {
    const std::string base(base_url);
    return notification.body + "\n" + base + notification.link_path +
           "\n\n-- \nDet här meddelandet skickades automatiskt av Finsam uppföljning. Du kan "
           "stänga av e-post från systemet under Mitt konto: " +
           base + "/konto\n";
}

} // namespace finsam
