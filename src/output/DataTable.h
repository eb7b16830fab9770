#pragma once

#include <string>
#include <variant>
#include <vector>

namespace finsam {

/// One cell of an exported table. Which cells are hidden or marked is decided before export
/// (SmallCounts and the audience's Disclosure); the writers only show that decision.
struct DataCell {
    std::variant<std::monostate, double, std::string> value; // monostate: the cell is empty
    /// Suppressed for the audience: written as "..", the Swedish statistics convention for
    /// "uppgift får ej förekomma", and never the number.
    bool hidden = false;
    /// The kansli's view of a value that would be hidden for the board: CSV writes the number,
    /// XLSX gives it a visible format, and a note of the table explains it.
    bool marked = false;
    /// A value resting on figures read from a report's text that the kansli has not confirmed
    /// ("läst ur texten, ej bekräftad"): marked like `marked` (a visible format in XLSX, a
    /// sign in a terminal's table, a note of the table; CSV writes the number).
    bool unconfirmed = false;
};

/// A table for export: CSV writes the tables one after another, XLSX one sheet per table.
struct DataTable {
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<DataCell>> rows;
    /// Lines written below the table: the source, what ".." means, what a marking means.
    std::vector<std::string> notes;
};

} // namespace finsam
