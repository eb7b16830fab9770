#include "web/http/ClientAddress.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

httplib::Request from(const std::string& peer, const std::vector<std::string>& forwarded_for) {
    httplib::Request request;
    request.remote_addr = peer;
    for (const auto& header : forwarded_for)
        request.headers.emplace("X-Forwarded-For", header);
    return request;
}

const std::vector<std::string> k_proxy = {"127.0.0.1"};

TEST(ClientAddress, IsTheSocketsPeerWithoutATrustedProxy) {
    EXPECT_EQ(client_address(from("192.0.2.4", {"203.0.113.9"}), {}), "192.0.2.4");
    EXPECT_EQ(client_address(from("192.0.2.4", {"203.0.113.9"}), k_proxy), "192.0.2.4");
}

TEST(ClientAddress, BehindATrustedProxyIsTheAddressItAppended) {
    EXPECT_EQ(client_address(from("127.0.0.1", {"203.0.113.9"}), k_proxy), "203.0.113.9");
}

TEST(ClientAddress, IgnoresWhatTheClientWroteToTheLeftOfTheProxysEntry) {
    EXPECT_EQ(client_address(from("127.0.0.1", {"10.9.9.9, 198.51.100.1,203.0.113.9"}), k_proxy),
              "203.0.113.9");
    EXPECT_EQ(client_address(from("127.0.0.1", {"10.9.9.9", "203.0.113.9"}), k_proxy),
              "203.0.113.9");
}

TEST(ClientAddress, SkipsTrustedProxiesFromTheRight) {
    const std::vector<std::string> proxies = {"127.0.0.1", "10.0.0.5"};
    EXPECT_EQ(client_address(from("127.0.0.1", {"10.9.9.9, 203.0.113.9, 10.0.0.5"}), proxies),
              "203.0.113.9");
}

TEST(ClientAddress, IsTheProxyWhenItSaysNothingUsable) {
    EXPECT_EQ(client_address(from("127.0.0.1", {}), k_proxy), "127.0.0.1");
    EXPECT_EQ(client_address(from("127.0.0.1", {"203.0.113.9, "}), k_proxy), "127.0.0.1");
    EXPECT_EQ(client_address(from("127.0.0.1", {"127.0.0.1"}), k_proxy), "127.0.0.1");
}

} // namespace
} // namespace finsam
