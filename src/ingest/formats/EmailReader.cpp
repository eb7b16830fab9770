#include "ingest/formats/TextExtractors.h"

#include <algorithm>
#include <cctype>
#include <gmime/gmime.h>
#include <memory>
#include <mutex>

namespace finsam {

namespace {

// A forwarded mail inside a forwarded mail is common; a hundred levels is an attack.
constexpr int k_max_nesting_depth = 32;
constexpr const char* k_report_time_zone = "Europe/Stockholm";

struct GObjectUnreferencer {
    void operator()(void* object) const { g_object_unref(object); }
};
template <typename T> using GObjectPointer = std::unique_ptr<T, GObjectUnreferencer>;

struct TimeZoneUnreferencer {
    void operator()(GTimeZone* time_zone) const { g_time_zone_unref(time_zone); }
};
struct DateTimeUnreferencer {
    void operator()(GDateTime* date_time) const { g_date_time_unref(date_time); }
};

ExtractError error(ExtractError::Code code, std::string message) {
    return ExtractError{code, std::move(message)};
}

void initialize_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

std::string lowercase(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char character) {
        return static_cast<char>(std::tolower(character));
    });
    return result;
}

/// The calendar date in Sweden when the mail was sent: a report sent 00:30 Swedish time is
/// dated +0000 the day before. Falls back to the date as written without time-zone data.
std::optional<Date> sent_date(GMimeMessage* message) {
    GDateTime* written = g_mime_message_get_date(message);
    if (written == nullptr) {
        return std::nullopt;
    }
    const std::unique_ptr<GTimeZone, TimeZoneUnreferencer> time_zone(
        g_time_zone_new_identifier(k_report_time_zone));
    std::unique_ptr<GDateTime, DateTimeUnreferencer> local;
    if (time_zone) {
        local.reset(g_date_time_to_timezone(written, time_zone.get()));
    }
    int year = 0;
    int month = 0;
    int day = 0;
    g_date_time_get_ymd(local ? local.get() : written, &year, &month, &day);
    const Date date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                    std::chrono::day{static_cast<unsigned>(day)}};
    return date.ok() ? std::optional<Date>(date) : std::nullopt;
}

bool has_extension(std::string_view file_name, std::string_view extension) {
    return lowercase(file_name).ends_with(extension);
}

/// The file name without any directory a sender's client put in front of it.
std::string base_name(std::string_view file_name) {
    const auto separator = file_name.find_last_of("/\\");
    return std::string(separator == std::string_view::npos ? file_name
                                                           : file_name.substr(separator + 1));
}

std::optional<std::string> attachment_name(GMimePart* part) {
    GMimeContentType* content_type = g_mime_object_get_content_type(GMIME_OBJECT(part));
    const char* declared_name = g_mime_part_get_filename(part);
    const std::string name = declared_name != nullptr ? base_name(declared_name) : std::string();
    if (has_extension(name, ".pdf") || has_extension(name, ".docx")) {
        return name;
    }
    const bool is_pdf = g_mime_content_type_is_type(content_type, "application", "pdf") ||
                        g_mime_content_type_is_type(content_type, "application", "x-pdf");
    const bool is_docx = g_mime_content_type_is_type(
        content_type, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document");
    if (!is_pdf && !is_docx) {
        return std::nullopt;
    }
    const std::string stem = name.empty() ? std::string("attachment") : name;
    return stem + (is_pdf ? ".pdf" : ".docx");
}

/// The part's content with its transfer encoding (base64, quoted-printable) undone.
std::string decoded_content(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content == nullptr) {
        return {};
    }
    const GObjectPointer<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    const GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return std::string(reinterpret_cast<const char*>(array->data), array->len);
}

void collect_attachments(GMimeObject* object, std::vector<EmailAttachment>& attachments,
                         int depth) {
    if (object == nullptr || depth > k_max_nesting_depth) {
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int index = 0; index < count; ++index) {
            collect_attachments(g_mime_multipart_get_part(multipart, index), attachments,
                                depth + 1);
        }
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* forwarded = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (forwarded != nullptr) {
            collect_attachments(g_mime_message_get_mime_part(forwarded), attachments, depth + 1);
        }
        return;
    }
    if (!GMIME_IS_PART(object)) {
        return;
    }
    GMimePart* part = GMIME_PART(object);
    std::optional<std::string> name = attachment_name(part);
    if (!name) {
        return;
    }
    std::string bytes = decoded_content(part);
    // The content decides over the name: a PDF sent as "rapport.docx" is read as a PDF, and a
    // mail forwarded as "rapport.pdf" is not a report.
    const std::optional<FileFormat> format = detect_format(*name, bytes);
    if (format != FileFormat::Pdf && format != FileFormat::Docx) {
        return;
    }
    attachments.push_back(EmailAttachment{std::move(*name), *format, std::move(bytes)});
}

GObjectPointer<GMimeMessage> parse_message(std::string_view bytes) {
    const GObjectPointer<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    const GObjectPointer<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    // An mbox export starts with a "From " separator line instead of a header.
    g_mime_parser_set_format(parser.get(),
                             bytes.starts_with("From ") ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GMimeParserOptions* options = g_mime_parser_options_new();
    // Swedish mail clients that send 8-bit headers without declaring a charset use Windows-1252.
    const char* fallback_charsets[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback_charsets);
    GObjectPointer<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    return message;
}

bool has_headers(GMimeMessage* message) {
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    return headers != nullptr && g_mime_header_list_get_count(headers) > 0;
}

} // namespace

tl::expected<EmailMessage, ExtractError> read_email(std::string_view bytes) {
    if (bytes.empty()) {
        return tl::unexpected(error(ExtractError::Code::Empty, "The e-mail file is empty."));
    }
    if (bytes.size() > k_max_input_bytes) {
        return tl::unexpected(error(ExtractError::Code::TooLarge,
                                    "The e-mail file is larger than the import limit."));
    }
    initialize_gmime();
    const GObjectPointer<GMimeMessage> message = parse_message(bytes);
    if (!message || !has_headers(message.get())) {
        return tl::unexpected(error(ExtractError::Code::Corrupt,
                                    "The file is not a readable e-mail; save the mail again as "
                                    ".eml."));
    }
    EmailMessage email;
    email.sent_date = sent_date(message.get());
    if (const char* subject = g_mime_message_get_subject(message.get())) {
        email.subject = subject;
    }
    collect_attachments(g_mime_message_get_mime_part(message.get()), email.attachments, 0);
    if (email.attachments.empty()) {
        return tl::unexpected(error(ExtractError::Code::NoReport,
                                    "The e-mail has no PDF or Word attachment; save the report "
                                    "itself and import that."));
    }
    return email;
}

} // namespace finsam
