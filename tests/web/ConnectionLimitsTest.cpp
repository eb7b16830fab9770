// A client that opens many connections, sends slowly or sits idle must not keep the server
// from answering anyone else; a port another server listens on is an error.
#include "RawConnection.h"
#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

class ConnectionLimitsTest : public WebTest {};

TEST_F(ConnectionLimitsTest, ManyIdleConnectionsFromOneAddressDoNotStopTheServer) {
    restart_server([](WebConfig& config) {
        config.threads = 4;
        config.connection_limits.per_address = 2;
        config.connection_limits.keep_alive_idle = 30s;
    });
    std::vector<RawConnection> idle;
    for (int count = 0; count < 8; ++count) {
        idle.emplace_back("127.0.0.2", port());
        ASSERT_TRUE(idle.back().connected());
    }
    std::this_thread::sleep_for(300ms); // the server has taken them all in

    const auto start = Clock::now();
    const Answer answer = anonymous().get("/login");
    EXPECT_EQ(answer.status, 200);
    EXPECT_LT(Clock::now() - start, 2s);

    int refused = 0;
    for (auto& connection : idle)
        refused += connection.closed_within(100ms) ? 1 : 0;
    EXPECT_EQ(refused, 6); // two are served and wait for a request; the rest were closed
}

TEST_F(ConnectionLimitsTest, AClientSendingAByteEverySoOftenIsCutOffAtTheDeadline) {
    restart_server([](WebConfig& config) { config.connection_limits.request_deadline = 1s; });
    RawConnection slow("127.0.0.1", port());
    ASSERT_TRUE(slow.send("GET /login HTTP/1.1\r\nHost: localhost\r\n"));
    const auto start = Clock::now();
    bool closed = false;
    // Each header line comes well within the server's timeout for one read.
    while (!closed && Clock::now() - start < 4s) {
        slow.send("X-Slow: a\r\n");
        closed = slow.closed_within(250ms);
    }
    EXPECT_TRUE(closed);
    EXPECT_LT(Clock::now() - start, 3s);
    EXPECT_EQ(slow.received().find("200 OK"), std::string::npos);
}

TEST_F(ConnectionLimitsTest, AKeptAliveConnectionServesRequestsThenClosesWhenIdle) {
    restart_server([](WebConfig& config) { config.connection_limits.keep_alive_idle = 500ms; });
    RawConnection client("127.0.0.1", port());
    const std::string request = "GET /static/finsam.css HTTP/1.1\r\nHost: localhost\r\n\r\n";
    ASSERT_TRUE(client.send(request + request));
    const auto start = Clock::now();
    EXPECT_TRUE(client.closed_within(3s));
    EXPECT_LT(Clock::now() - start, 2s);
    const std::string& received = client.received();
    const auto first = received.find("HTTP/1.1 200 OK");
    ASSERT_NE(first, std::string::npos);
    EXPECT_NE(received.find("HTTP/1.1 200 OK", first + 1), std::string::npos); // both answered
}

TEST_F(ConnectionLimitsTest, ASecondServerCannotListenOnAPortInUse) {
    WebConfig config;
    config.report_templates = templates_dir();
    config.web_templates = FINSAM_WEB_TEMPLATES_DIR;
    config.static_files = FINSAM_STATIC_DIR;
    WebServer second(config);
    EXPECT_FALSE(second.bind("127.0.0.1", port()));
}

} // namespace
} // namespace finsam::testing
