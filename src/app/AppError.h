#pragma once

#include "domain/ReportStatus.h"
#include "storage/StorageError.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Why a use case, or a request before it reaches one, did not do what was asked. Each code
/// says one thing a person can act on; web/http/ErrorAnswers.cpp turns it into an HTTP status
/// and Swedish words in one table, and the command line prints its own.
enum class ErrorCode {
    NotFound,                 // nothing there, or it lies outside the user's förbund
    Forbidden,                // there, but not for this user
    Invalid,                  // what was typed or sent does not validate; `fields` say where
    MalformedRequest,         // an API call's body is not the JSON the call takes
    NoReportForm,             // the förbund has no web form for this kind of report
    ReportNotEditable,        // the report is in and its content cannot change; `status`
    ReportChanged,            // saved, submitted or changed elsewhere since it was opened
    ReportExists,             // a new report's period already has a report: `report_id`
    ReportActionOutdated,     // the report changed since the page with the action was opened
    VersionNotLatest,         // figures confirmed of a version that a later one has replaced
    CommentMissing,           // komplettering asked for without saying what to complete
    RegistryPatternUnusable,  // the förbund's diarienummer pattern cannot number the report,
                              // or the number it gives is another report's
    InterventionChanged,      // the insats was saved by someone else since it was opened
    SettingsChanged,          // the settings were saved by someone else since they were opened
    UploadExpired,            // the uploaded file waiting for confirmation is gone
    ImportCorrectionsInvalid, // the kansli's corrections of an upload do not validate
    SurveyClosed,             // the survey round behind a link takes no more answers
    LoginExpired,             // the login form's own token is missing or old
    LoginThrottled,           // too many failed logins: wait `retry_after` before the next
    ImportBusy,               // as many files as the server reads at once are being read
    LoginFailed,              // wrong username or password (which of them is not told)
    Unauthenticated,          // no valid session or API token
    RequestForged,            // a change without the session's CSRF token: not the förbund's form
    LengthRequired,           // a body without a length, which the server does not read
    PayloadTooLarge,          // a body over the upload limit
    BadRequest,               // a request the HTTP server itself could not handle
    Internal,                 // the system failed (the database...); logged, never shown
};

/// A problem with one field, in Swedish, for the page to show beside it.
struct FieldError {
    std::string field; // the form field's name
    std::string message;
};

/// An error with what a person needs to put it right.
struct AppError {
    ErrorCode code = ErrorCode::Internal;
    std::vector<FieldError> fields;        // Invalid, ImportCorrectionsInvalid
    std::optional<std::int64_t> report_id; // the report it concerns, for a link back to it
    std::optional<ReportStatus> status;    // the report's status now (NotEditable, Changed)
    std::string log_message;               // Internal: English, no personal data
    std::optional<std::chrono::seconds> retry_after; // LoginThrottled, ImportBusy

    static AppError of(ErrorCode code) { return AppError{code, {}, {}, {}, {}, {}}; }
    static AppError invalid(std::vector<FieldError> fields) {
        return AppError{ErrorCode::Invalid, std::move(fields), {}, {}, {}, {}};
    }
    /// A storage failure the caller did not expect: Internal, with its English message.
    static AppError internal(const StorageError& error) {
        return AppError{ErrorCode::Internal, {}, {}, {}, error.message, {}};
    }
    static AppError internal(std::string log_message) {
        return AppError{ErrorCode::Internal, {}, {}, {}, std::move(log_message), {}};
    }
    /// Come back later: LoginThrottled or ImportBusy, with how long to wait.
    static AppError retry_later(ErrorCode code, std::chrono::seconds wait) {
        return AppError{code, {}, {}, {}, {}, wait};
    }
};

template <typename T> using AppResult = tl::expected<T, AppError>;

/// `failure` as an AppError: Stale becomes `on_stale`, anything else Internal.
AppError from_storage(const StorageError& failure, ErrorCode on_stale);

/// The value of a storage call, or its failure as Internal.
template <typename T> AppResult<T> or_internal(tl::expected<T, StorageError>&& result) {
    if (!result)
        return tl::unexpected(AppError::internal(result.error()));
    if constexpr (std::is_void_v<T>)
        return {};
    else
        return std::move(*result);
}

} // namespace finsam
