#pragma once

#include <string>
#include <string_view>

namespace finsam {

/// An Argon2id hash in libsodium's encoded form (algorithm, parameters and salt included),
/// with OWASP's minimum parameters for Argon2id (19 MiB, 2 passes): a login costs some 30 ms
/// and the server stays small while several people log in at once. Throws std::bad_alloc
/// when the memory cannot be had.
std::string hash_password(std::string_view password);

/// Constant time in the password; false for a malformed hash.
bool verify_password(const std::string& hash, std::string_view password);

/// 32 random bytes, URL-safe base64 without padding: session ids, CSRF and API tokens.
std::string random_token();

/// What the database keeps of a token: its BLAKE2b-256 digest in hex.
std::string token_digest(std::string_view token);

/// Compares secrets without leaking where they differ.
bool same_secret(std::string_view a, std::string_view b);

} // namespace finsam
