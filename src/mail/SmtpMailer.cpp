#include "mail/SmtpMailer.h"

#include "mail/MimeMessage.h"

#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace finsam {

namespace {

/// curl_global_init is not thread-safe in every libcurl: once, before the first handle.
void initialise_curl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

/// What libcurl reads the message from.
struct Upload {
    std::string data;
    std::size_t sent = 0;
};

extern "C" std::size_t read_upload(char* buffer, std::size_t size, std::size_t count,
                                   void* userdata) {
    auto* upload = static_cast<Upload*>(userdata);
    const std::size_t room = size * count;
    const std::size_t length = std::min(room, upload->data.size() - upload->sent);
    std::memcpy(buffer, upload->data.data() + upload->sent, length);
    upload->sent += length;
    return length;
}

curl_usessl tls_level(StartTls starttls) {
    switch (starttls) {
    case StartTls::Off:
        return CURLUSESSL_NONE;
    case StartTls::IfOffered:
        return CURLUSESSL_TRY;
    case StartTls::Required:
        return CURLUSESSL_ALL;
    }
    return CURLUSESSL_ALL;
}

struct CurlHandleDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct CurlListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpMailer::SmtpMailer(SmtpSettings settings, const Clock& clock)
    : m_settings(std::move(settings)), m_clock(clock) {
    initialise_curl();
}

tl::expected<void, MailError> SmtpMailer::send(const MailMessage& message) {
    std::unique_ptr<CURL, CurlHandleDeleter> handle(curl_easy_init());
    if (!handle)
        return tl::unexpected(MailError{"libcurl cannot make a handle"});
    CURL* curl = handle.get();
    const std::string url = "smtp://" + m_settings.host + ":" + std::to_string(m_settings.port);
    const std::string from = "<" + m_settings.from_address + ">";
    const std::string to = "<" + message.to_address + ">";
    std::unique_ptr<curl_slist, CurlListDeleter> recipients(curl_slist_append(nullptr, to.c_str()));
    Upload upload{
        mime_message(message, m_settings.from_address, m_settings.from_name, m_clock.now()), 0};
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(tls_level(m_settings.starttls)));
    if (!m_settings.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_settings.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_settings.password.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_settings.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(m_settings.timeout.count()));
    // A background thread must not be woken by SIGALRM for name lookups.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode result = curl_easy_perform(curl);
    if (result == CURLE_OK)
        return {};
    long answer = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &answer);
    // Only curl's own words and the server's code: the server's text may name the recipient.
    return tl::unexpected(MailError{std::string(curl_easy_strerror(result)) +
                                    (answer ? " (SMTP " + std::to_string(answer) + ")" : "")});
}

} // namespace finsam
