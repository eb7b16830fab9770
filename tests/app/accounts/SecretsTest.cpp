#include "app/accounts/Secrets.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

namespace finsam::testing {
namespace {

constexpr const char* k_password = "Rätt-lösenord-2024";

/// Hashed once: Argon2 is slow under ASan.
const std::string& password_hash() {
    static const std::string hash = hash_password(k_password);
    return hash;
}

TEST(PasswordHash, VerifiesTheSamePassword) {
    EXPECT_TRUE(verify_password(password_hash(), k_password));
}

TEST(PasswordHash, RefusesAnotherPassword) {
    EXPECT_FALSE(verify_password(password_hash(), "Rätt-lösenord-2025"));
    EXPECT_FALSE(verify_password(password_hash(), ""));
}

TEST(PasswordHash, IsSaltedArgon2id) {
    EXPECT_TRUE(password_hash().starts_with("$argon2id$")) << password_hash();
    EXPECT_EQ(password_hash().find(k_password), std::string::npos);
}

TEST(PasswordHash, RefusesAMalformedHash) {
    EXPECT_FALSE(verify_password("", k_password));
    EXPECT_FALSE(verify_password("not a hash", k_password));
    EXPECT_FALSE(
        verify_password(password_hash().substr(0, password_hash().size() / 2), k_password));
    EXPECT_FALSE(verify_password(std::string(1000, '$'), k_password));
}

TEST(RandomToken, Is43UrlSafeCharacters) {
    const std::string token = random_token();
    EXPECT_EQ(token.size(), 43u); // 32 bytes, base64 without padding
    EXPECT_TRUE(std::all_of(token.begin(), token.end(), [](char character) {
        return std::isalnum(static_cast<unsigned char>(character)) || character == '-' ||
               character == '_';
    })) << token;
}

TEST(RandomToken, NeverRepeats) {
    std::set<std::string> tokens;
    for (int count = 0; count < 1000; ++count)
        tokens.insert(random_token());
    EXPECT_EQ(tokens.size(), 1000u);
}

TEST(TokenDigest, IsStableLowercaseHexOf32Bytes) {
    const std::string digest = token_digest("abc");
    EXPECT_EQ(digest, token_digest("abc"));
    EXPECT_EQ(digest.size(), 64u);
    EXPECT_TRUE(std::all_of(digest.begin(), digest.end(), [](char character) {
        return std::isdigit(static_cast<unsigned char>(character)) ||
               (character >= 'a' && character <= 'f');
    })) << digest;
}

TEST(TokenDigest, DiffersForDifferentTokens) {
    EXPECT_NE(token_digest("abc"), token_digest("abd"));
    EXPECT_NE(token_digest(""), token_digest(" "));
    EXPECT_NE(token_digest("abc"), "abc");
}

TEST(TokenDigest, IsBlake2b256) {
    // BLAKE2b-256 of the empty string (RFC 7693's algorithm, 32-byte output, no key).
    EXPECT_EQ(token_digest(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST(SameSecret, ComparesWholeSecrets) {
    EXPECT_TRUE(same_secret("abc", "abc"));
    EXPECT_FALSE(same_secret("abc", "abd"));
    EXPECT_FALSE(same_secret("abc", "abcd"));
    EXPECT_FALSE(same_secret("", "a"));
}

} // namespace
} // namespace finsam::testing
