#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// What a stretch of a word diff is: in both texts, only in the older, or only in the newer.
enum class DiffOp { Equal, Inserted, Deleted };

struct TextSegment {
    DiffOp op;
    std::string text;

    bool operator==(const TextSegment&) const = default;
};

/// Word-level diff of two texts. Concatenating the Equal and Deleted segments gives back
/// `before` exactly, and the Equal and Inserted segments `after`, white space included.
///
/// Tokens are runs of non-space and runs of ASCII white space (space, tab, CR, LF, FF, VT);
/// a text is never split inside a UTF-8 character, and a no-break space counts as part of a
/// word. Adjacent segments never share an op; within one change the Deleted segment comes
/// before the Inserted one. White space left equal between two changes is folded into them,
/// so a rewritten phrase reads as one deletion and one insertion rather than word by word.
/// Identical texts give one Equal segment, or none when both are empty.
///
/// The script is a shortest one (Myers) after the common prefix and suffix are set aside.
/// Its cost grows with the number of tokens times the number of edits; where the middle
/// that differs would take more than about four million steps (two long texts that have
/// little in common), that middle is given as one Deleted and one Inserted segment.
std::vector<TextSegment> diff_words(std::string_view before, std::string_view after);

/// An edit script from `before` to `after`, compared element by element as exact strings:
/// one op per step, where Equal consumes an element of each, Deleted one of `before` and
/// Inserted one of `after`. The script is a shortest one (Myers) within the same budget as
/// diff_words(); beyond it, the script deletes all of `before` and then inserts all of
/// `after`. diff_reports() matches goal lists with it.
std::vector<DiffOp> edit_script(std::span<const std::string_view> before,
                                std::span<const std::string_view> after);

} // namespace finsam
