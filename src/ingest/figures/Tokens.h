#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::figures {

enum class TokenKind {
    Word,        // lower-cased; also codes such as "10h", "3fk", "2.1"
    Number,      // digits ("1 200", "10,7") or a spelled number ("sju", "Femton")
    Percent,     // %
    Punctuation, // any other mark, one per token ("/", ",", "–")
};

struct Token {
    TokenKind kind = TokenKind::Word;
    std::string text;     // lower-cased word, the digits as written, or the mark
    double value = 0;     // for numbers
    bool spelled = false; // a number written as a word

    bool is_word(std::string_view word) const { return kind == TokenKind::Word && text == word; }
    bool is_mark(std::string_view mark) const {
        return kind == TokenKind::Punctuation && text == mark;
    }
};

/// The token at `index`, or an empty mark past the end, so that look-ahead needs no bounds
/// checks (the empty mark ends a clause like any other mark).
const Token& token_at(const std::vector<Token>& tokens, std::size_t index);

/// Splits one sentence into tokens. Thousands groups ("1 200") and decimal commas ("10,7")
/// stay one number; a hyphen between letters stays inside the word ("pre-rehab").
std::vector<Token> tokenize(std::string_view sentence);

} // namespace finsam::figures
