#include "storage/PostgresqlConnectString.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(PostgresqlConnectStringTest, QuotesEveryPartOfTheUrlForSociAndLibpq) {
    const auto connect_string = postgresql_connect_string(
        "postgresql://finsam:it's%20a\\pass@db.example:5433/uppf%C3%B6ljning"
        "?application_name=finsam&options=-csearch_path%3Dtest");

    ASSERT_TRUE(connect_string) << connect_string.error().message;
    EXPECT_NE(connect_string->find(R"(user="'finsam'")"), std::string::npos) << *connect_string;
    EXPECT_NE(connect_string->find(R"(password="'it\'s a\\pass'")"), std::string::npos);
    EXPECT_NE(connect_string->find(R"(host="'db.example'")"), std::string::npos);
    EXPECT_NE(connect_string->find(R"(port="'5433'")"), std::string::npos);
    EXPECT_NE(connect_string->find(R"(dbname="'uppföljning'")"), std::string::npos);
    EXPECT_NE(connect_string->find(R"(application_name="'finsam'")"), std::string::npos);
    EXPECT_NE(connect_string->find(R"(options="'-csearch_path=test'")"), std::string::npos);
}

TEST(PostgresqlConnectStringTest, RefusesADoubleQuoteSociCannotCarry) {
    const auto connect_string = postgresql_connect_string("postgresql://finsam:a%22b@localhost/x");

    ASSERT_FALSE(connect_string);
    EXPECT_EQ(connect_string.error().code, StorageError::Code::CannotOpen);
    EXPECT_NE(connect_string.error().message.find("password"), std::string::npos);
    EXPECT_EQ(connect_string.error().message.find("a\"b"), std::string::npos);
}

TEST(PostgresqlConnectStringTest, AMalformedUrlCannotBeOpened) {
    const auto connect_string = postgresql_connect_string("postgresql://host/x?no_such_option=1");

    ASSERT_FALSE(connect_string);
    EXPECT_EQ(connect_string.error().code, StorageError::Code::CannotOpen);
}

} // namespace
} // namespace finsam
