#pragma once

#include <httplib.h>
#include <string>
#include <vector>

namespace finsam {

/// The address of the client who sent the request, for limits keyed on the client (the
/// login throttle). The socket's peer, unless that is one of `trusted_proxies`: then the
/// right-most entry of X-Forwarded-For that is not a trusted proxy, since each proxy appends
/// the address it was reached from and entries to the left of it are whatever the client
/// wrote. A trusted proxy without the header is taken as the client.
std::string client_address(const httplib::Request& request,
                           const std::vector<std::string>& trusted_proxies);

} // namespace finsam
