// `finsam serve` on a port that another server listens on stops with an error, rather than
// sharing the port's connections with it.
#include "TestSupport.h"

#include <arpa/inet.h>
#include <cstdlib>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace finsam {
namespace {

/// A socket listening on a free loopback port with the options cpp-httplib gives its own
/// (SO_REUSEADDR and SO_REUSEPORT), as an earlier `finsam serve` would; closed when destroyed.
class OtherServer {
public:
    OtherServer() : m_socket(::socket(AF_INET, SOCK_STREAM, 0)) {
        const int yes = 1;
        setsockopt(m_socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        setsockopt(m_socket, SOL_SOCKET, SO_REUSEPORT, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
        socklen_t length = sizeof address;
        if (::bind(m_socket, reinterpret_cast<sockaddr*>(&address), length) == 0 &&
            ::listen(m_socket, 5) == 0 &&
            getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~OtherServer() { ::close(m_socket); }

    int port() const { return m_port; }

private:
    int m_socket;
    int m_port = 0;
};

TEST(ServeCommand, StopsWithAnErrorOnAPortAnotherServerListensOn) {
    testing::TemporaryDirectory directory;
    OtherServer other;
    ASSERT_GT(other.port(), 0);
    const auto err_file = directory.path() / "stderr.txt";
    // Bounded: a server that shares the port would serve until the timeout ends it.
    const std::string command = "timeout 30 " + std::string(FINSAM_EXECUTABLE) + " --db '" +
                                (directory.path() / "finsam.db").string() + "' --templates '" +
                                testing::templates_dir().string() + "' serve --port " +
                                std::to_string(other.port()) + " >/dev/null 2>'" +
                                err_file.string() + "'";
    const int status = std::system(command.c_str());

    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1);
    const std::string err = testing::read_file(err_file);
    EXPECT_NE(err.find("cannot listen on 127.0.0.1:" + std::to_string(other.port())),
              std::string::npos)
        << err;
}

} // namespace
} // namespace finsam
