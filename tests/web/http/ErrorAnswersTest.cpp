#include "web/http/ErrorAnswers.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

TEST(ErrorAnswers, ANotEditableReportSaysItsStatus) {
    AppError error = AppError::of(ErrorCode::ReportNotEditable);
    error.status = ReportStatus::Registered;
    const ErrorMessage page = error_message(error);
    EXPECT_EQ(page.status, 409);
    EXPECT_NE(page.text.find("Rapporten är registrerad"), std::string::npos) << page.text;
}

TEST(ErrorAnswers, AChangedReportLinksToTheReport) {
    AppError error = AppError::of(ErrorCode::ReportChanged);
    error.report_id = 42;
    EXPECT_NE(error_message(error).text.find("/rapporter/42"), std::string::npos);
    EXPECT_EQ(error_json(error).body["error"]["code"], "stale");
}

TEST(ErrorAnswers, AnExistingReportIsNamedInTheJson) {
    AppError error = AppError::of(ErrorCode::ReportExists);
    error.report_id = 7;
    const ErrorJson answer = error_json(error);
    EXPECT_EQ(answer.status, 409);
    EXPECT_EQ(answer.body["error"]["code"], "exists");
    EXPECT_EQ(answer.body["error"]["report_id"], 7);
}

TEST(ErrorAnswers, FieldErrorsAreProblemDetails) {
    const AppError error = AppError::invalid(
        {{"name", "Skriv insatsens namn."}, {"period_end", "Slutdatum ligger före startdatum."}});
    const ErrorJson answer = error_json(error);
    EXPECT_EQ(answer.status, 422);
    EXPECT_EQ(answer.body["error"]["code"], "invalid");
    EXPECT_EQ(answer.body["error"]["message"], "Skriv insatsens namn.");
    ASSERT_EQ(answer.body["error"]["fields"].size(), 2u);
    EXPECT_EQ(answer.body["error"]["fields"][1]["field"], "period_end");
    EXPECT_EQ(error_message(error).text, "Skriv insatsens namn. Slutdatum ligger före startdatum.");
}

TEST(ErrorAnswers, AnInternalErrorShowsNothingOfWhatWentWrong) {
    const AppError error = AppError::internal("SQLITE_BUSY on table reports at /srv/finsam.db");
    const ErrorMessage page = error_message(error);
    const ErrorJson answer = error_json(error);
    EXPECT_EQ(page.status, 500);
    EXPECT_EQ(page.text.find("SQLITE"), std::string::npos);
    EXPECT_EQ(answer.body.dump().find("SQLITE"), std::string::npos);
}

TEST(ErrorAnswers, EveryRefusalIsAClientOrServerErrorWithSwedishWords) {
    for (const auto code : {ErrorCode::NotFound,
                            ErrorCode::Forbidden,
                            ErrorCode::Invalid,
                            ErrorCode::MalformedRequest,
                            ErrorCode::NoReportForm,
                            ErrorCode::ReportNotEditable,
                            ErrorCode::ReportChanged,
                            ErrorCode::ReportExists,
                            ErrorCode::ReportActionOutdated,
                            ErrorCode::CommentMissing,
                            ErrorCode::RegistryPatternUnusable,
                            ErrorCode::InterventionChanged,
                            ErrorCode::SettingsChanged,
                            ErrorCode::UploadExpired,
                            ErrorCode::SurveyClosed,
                            ErrorCode::ImportCorrectionsInvalid,
                            ErrorCode::LoginExpired,
                            ErrorCode::LoginThrottled,
                            ErrorCode::ImportBusy,
                            ErrorCode::LoginFailed,
                            ErrorCode::Unauthenticated,
                            ErrorCode::RequestForged,
                            ErrorCode::LengthRequired,
                            ErrorCode::PayloadTooLarge,
                            ErrorCode::BadRequest,
                            ErrorCode::Internal}) {
        const ErrorMessage page = error_message(AppError::of(code));
        const ErrorJson answer = error_json(AppError::of(code));
        EXPECT_GE(page.status, 400);
        EXPECT_EQ(page.status, answer.status);
        EXPECT_FALSE(page.heading.empty());
        EXPECT_FALSE(answer.body["error"]["code"].get<std::string>().empty());
        EXPECT_FALSE(answer.body["error"]["message"].get<std::string>().empty());
        if (code != ErrorCode::Internal) {
            EXPECT_NE(page.heading, "Något gick fel") << static_cast<int>(code);
        }
    }
}

} // namespace
} // namespace finsam::testing
