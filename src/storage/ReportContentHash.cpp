#include "storage/ReportContentHash.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <sodium.h>
#include <stdexcept>
#include <string_view>

namespace finsam {

namespace {

/// BLAKE2b-256 through libsodium, the same hash the importer gives documents.
class ContentDigest {
public:
    ContentDigest() {
        static const bool initialised = sodium_init() >= 0;
        if (!initialised || crypto_generichash_init(&m_state, nullptr, 0, k_digest_size) != 0)
            throw std::runtime_error("cannot start a content digest");
    }

    /// Length first, so that ("ab", "c") and ("a", "bc") differ.
    void add(std::string_view field) {
        const auto length = static_cast<std::uint64_t>(field.size());
        std::array<unsigned char, 8> prefix{};
        for (std::size_t index = 0; index < prefix.size(); ++index)
            prefix[index] = static_cast<unsigned char>(length >> (8 * index));
        update(prefix.data(), prefix.size());
        update(field.data(), field.size());
    }

    void add(const std::string& field) { add(std::string_view(field)); }

    /// A missing value and an empty one differ.
    void add(const std::optional<std::string>& field) {
        add(std::string_view(field ? "1" : "0"));
        if (field)
            add(*field);
    }

    void add(const std::optional<Date>& date) {
        add(date ? std::optional<std::string>(format_iso(*date)) : std::nullopt);
    }

    void add(const std::optional<std::int64_t>& amount) {
        add(amount ? std::optional<std::string>(std::to_string(*amount)) : std::nullopt);
    }

    void add(double value) {
        // Shortest round-trip form: equal doubles give equal text.
        std::array<char, 32> text{};
        const auto result = std::to_chars(text.data(), text.data() + text.size(), value);
        add(std::string_view(text.data(), static_cast<std::size_t>(result.ptr - text.data())));
    }

    void add(const std::optional<double>& value) {
        add(std::string_view(value ? "1" : "0"));
        if (value)
            add(*value);
    }

    void add_count(std::size_t count) { add(std::to_string(count)); }

    std::string hex() {
        std::array<unsigned char, k_digest_size> digest{};
        if (crypto_generichash_final(&m_state, digest.data(), digest.size()) != 0)
            throw std::runtime_error("cannot finish a content digest");
        std::array<char, 2 * k_digest_size + 1> text{};
        sodium_bin2hex(text.data(), text.size(), digest.data(), digest.size());
        return std::string(text.data(), 2 * k_digest_size);
    }

private:
    static constexpr std::size_t k_digest_size = crypto_generichash_BYTES;

    void update(const void* data, std::size_t size) {
        crypto_generichash_update(&m_state, static_cast<const unsigned char*>(data), size);
    }

    crypto_generichash_state m_state{};
};

} // namespace

std::string report_content_hash(const Report& report) {
    ContentDigest digest;
    digest.add(to_string(report.kind));
    digest.add(report.intervention.name);
    digest.add(report.intervention.owner);
    digest.add(to_string(report.intervention.kind));
    digest.add(report.period.start);
    digest.add(report.period.end);
    digest.add(report.registration.registry_number);
    digest.add(report.registration.signature);
    digest.add(report.registration.arrival_date);
    digest.add(report.funds.granted_sek);
    digest.add(report.funds.used_sek);
    digest.add(report.reporter.date);
    digest.add(report.reporter.name);
    digest.add_count(report.partners.size());
    for (const auto& partner : report.partners)
        digest.add(partner);
    digest.add_count(report.sections.size());
    for (const auto& section : report.sections) {
        digest.add(section.id);
        digest.add(section.title);
        digest.add(section.text);
    }
    // Goals came with schema version 2. They are hashed only when a report has any, so a
    // report without goals keeps the hash it had before, and re-importing it is Unchanged.
    if (!report.goals.empty()) {
        digest.add(std::string_view("goals"));
        digest.add_count(report.goals.size());
        for (const auto& goal : report.goals) {
            digest.add(goal.text);
            digest.add(goal.target);
            digest.add(goal.unit ? std::optional<std::string>(to_string(*goal.unit))
                                 : std::nullopt);
            digest.add(goal.measure ? std::optional<std::string>(to_string(*goal.measure))
                                    : std::nullopt);
        }
    }
    digest.add_count(report.figures.size());
    for (const auto& figure : report.figures) {
        digest.add(to_string(figure.measure));
        digest.add(figure.value);
        digest.add(to_string(figure.unit));
        digest.add(figure.section_id);
        digest.add(figure.quote);
        // Added with breakdowns: a figure of no part hashes as before, so the versions
        // stored earlier keep their hashes.
        if (!figure.category.empty())
            digest.add(figure.category);
    }
    digest.add_count(report.warnings.size());
    for (const auto& warning : report.warnings) {
        digest.add(warning.code);
        digest.add(warning.message);
    }
    return digest.hex();
}

} // namespace finsam
