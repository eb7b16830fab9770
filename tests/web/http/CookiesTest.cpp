#include "web/http/Cookies.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

TEST(CookieValue, FindsTheNamedCookieAmongOthers) {
    EXPECT_EQ(cookie_value("a=1; finsam_session=xyz; b=2", "finsam_session"), "xyz");
    EXPECT_EQ(cookie_value("finsam_session=xyz", "finsam_session"), "xyz");
    EXPECT_EQ(cookie_value("a=1;finsam_session=xyz", "finsam_session"), "xyz");
}

TEST(CookieValue, IsEmptyWhenTheCookieIsAbsent) {
    EXPECT_EQ(cookie_value("", "finsam_session"), "");
    EXPECT_EQ(cookie_value("a=1; b=2", "finsam_session"), "");
    EXPECT_EQ(cookie_value("finsam_session", "finsam_session"), "");
}

TEST(CookieValue, DoesNotMatchANameThatOnlyEndsOrStartsTheSame) {
    EXPECT_EQ(cookie_value("x_finsam_session=evil; finsam_session=good", "finsam_session"), "good");
    EXPECT_EQ(cookie_value("finsam_session_old=evil", "finsam_session"), "");
}

TEST(CookieValue, KeepsEqualsSignsInTheValue) {
    EXPECT_EQ(cookie_value("token=a=b=", "token"), "a=b=");
}

TEST(IsLocalPath, AcceptsPathsOfThisServer) {
    EXPECT_TRUE(is_local_path("/"));
    EXPECT_TRUE(is_local_path("/insatser"));
    EXPECT_TRUE(is_local_path("/insatser/12/ny-rapport"));
    EXPECT_TRUE(is_local_path("/rapporter/3/versioner/2"));
}

TEST(IsLocalPath, RefusesOtherSitesAndOddPaths) {
    EXPECT_FALSE(is_local_path(""));
    EXPECT_FALSE(is_local_path("//evil.example"));
    EXPECT_FALSE(is_local_path("//evil.example/insatser"));
    EXPECT_FALSE(is_local_path("https://evil.example"));
    EXPECT_FALSE(is_local_path("evil.example"));
    EXPECT_FALSE(is_local_path("/\\evil.example"));
    EXPECT_FALSE(is_local_path("/insatser?next=//evil"));
    EXPECT_FALSE(is_local_path("/insatser/../../etc"));
    EXPECT_FALSE(is_local_path("/a\r\nSet-Cookie: x=1"));
    EXPECT_FALSE(is_local_path("/%2F%2Fevil.example"));
}

} // namespace
} // namespace finsam::testing
