#include "web/http/ClientAddress.h"

#include "domain/Text.h"

#include <algorithm>

namespace finsam {

namespace {

bool is_trusted(const std::string& address, const std::vector<std::string>& trusted_proxies) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) !=
           trusted_proxies.end();
}

/// Every X-Forwarded-For entry, in order: a request may carry the header more than once.
std::vector<std::string> forwarded_for(const httplib::Request& request) {
    std::vector<std::string> entries;
    const std::size_t headers = request.get_header_value_count("X-Forwarded-For");
    for (std::size_t index = 0; index < headers; ++index) {
        const std::string value = request.get_header_value("X-Forwarded-For", index);
        std::size_t start = 0;
        while (start <= value.size()) {
            const std::size_t comma = std::min(value.find(',', start), value.size());
            entries.emplace_back(trim(std::string_view(value).substr(start, comma - start)));
            start = comma + 1;
        }
    }
    return entries;
}

} // namespace

std::string client_address(const httplib::Request& request,
                           const std::vector<std::string>& trusted_proxies) {
    if (!is_trusted(request.remote_addr, trusted_proxies))
        return request.remote_addr;
    const std::vector<std::string> entries = forwarded_for(request);
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
        if (entry->empty())
            break;
        if (!is_trusted(*entry, trusted_proxies))
            return *entry;
    }
    return request.remote_addr;
}

} // namespace finsam
