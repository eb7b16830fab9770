#include "app/reports/RedactVersion.h"

#include "app/ReadAccess.h"
#include "domain/Redaction.h"
#include "domain/Text.h"
#include "storage/RedactionStore.h"

namespace finsam {

namespace {

constexpr const char* k_phrases_field = "phrases";

std::vector<std::string> posted_phrases(const FieldSource& fields) {
    std::vector<std::string> phrases;
    for (const auto& value : fields.values(k_phrases_field)) {
        for (auto& line : nonempty_lines(value))
            phrases.push_back(std::move(line));
    }
    return phrases;
}

std::size_t character_count(std::string_view text) {
    std::size_t count = 0;
    for (const char byte : text)
        count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

std::vector<FieldError> unusable_phrases(const Redaction& redaction) {
    if (redaction.phrases().empty())
        return {{k_phrases_field, "Skriv texten som ska tas bort, en per rad."}};
    std::vector<FieldError> errors;
    for (const auto& phrase : redaction.phrases()) {
        if (character_count(phrase) < k_shortest_redacted_passage) {
            errors.push_back(
                {k_phrases_field, "”" + phrase +
                                      "” är för kort. Skriv minst tre tecken, till exempel hela "
                                      "namnet."});
        }
    }
    return errors;
}

std::vector<FieldError> missing_phrases(const std::vector<std::string>& phrases, int version) {
    std::vector<FieldError> errors;
    for (const auto& phrase : phrases) {
        errors.push_back({k_phrases_field, "”" + phrase + "” finns inte i version " +
                                               std::to_string(version) +
                                               ". Skriv texten exakt som den står i rapporten."});
    }
    return errors;
}

/// Which versions changed and how much, never what was removed.
std::string audit_detail(const std::vector<VersionRedaction>& redacted) {
    std::string detail;
    for (const auto& version : redacted) {
        detail += (detail.empty() ? "" : ", ") + std::string("version ") +
                  std::to_string(version.version) + " (" + std::to_string(version.passages) +
                  (version.passages == 1 ? " passage)" : " passages)");
    }
    return detail;
}

} // namespace

AppResult<std::vector<VersionRedaction>> redact_version(const AppContext& context,
                                                        std::int64_t report_id,
                                                        std::int64_t version,
                                                        const FieldSource& fields) {
    const auto target = kansli_version(context, report_id, version);
    if (!target)
        return tl::unexpected(target.error());
    const int version_number = target->version;

    const Redaction redaction(posted_phrases(fields));
    if (auto errors = unusable_phrases(redaction); !errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    const RedactionScope scope =
        fields.has("every_version") ? RedactionScope::EveryVersion : RedactionScope::OneVersion;
    RedactionStore store(context.database(), context.clock());
    auto outcome =
        store.redact(target->report_id, version_number, redaction, scope, context.user().id);
    if (!outcome && outcome.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!outcome)
        return tl::unexpected(AppError::internal(outcome.error()));
    if (!outcome->missing_phrases.empty()) {
        return tl::unexpected(
            AppError::invalid(missing_phrases(outcome->missing_phrases, version_number)));
    }
    context.audit(AuditAction::Redact, AuditObject::Report, target->report_id,
                  audit_detail(outcome->redacted));
    return std::move(outcome->redacted);
}

} // namespace finsam
