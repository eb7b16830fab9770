#include "app/reports/OriginalFileDownload.h"

#include "app/ReadAccess.h"
#include "ingest/Importer.h"
#include "storage/OriginalFiles.h"

#include <string>

namespace finsam {

AppResult<OriginalFileContent> download_original(const AppContext& context, std::int64_t report_id,
                                                 std::int64_t version) {
    const auto readable = readable_report(context, report_id);
    if (!readable)
        return tl::unexpected(readable.error());
    if (!context.policy().reads_original_files()) {
        context.audit(AuditAction::Denied, AuditObject::Report, report_id, "original file");
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    }
    OriginalFileStore originals(context.database());
    const auto original_id = originals.original_of(report_id, version);
    if (!original_id)
        return tl::unexpected(AppError::internal(original_id.error()));
    if (!*original_id)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    auto original = originals.load(context.user().association_id, **original_id);
    if (!original)
        return tl::unexpected(AppError::internal(original.error()));
    // What is handed out is what arrived: bytes that no longer match their hash are not.
    if (content_hash(original->bytes) != original->file.content_hash) {
        return tl::unexpected(AppError::internal("original file " + std::to_string(**original_id) +
                                                 " does not match its hash"));
    }
    context.audit(AuditAction::Download, AuditObject::Report, report_id,
                  "version " + std::to_string(version));
    return std::move(*original);
}

} // namespace finsam
