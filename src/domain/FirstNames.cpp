#include "domain/FirstNames.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace finsam {

namespace {

// First names common in Sweden: the most frequent given names of women and men of all ages,
// and names frequent among people born abroad. A hand-made list in the spirit of Statistics
// Sweden's name statistics, not an extract of them. Sorted bytewise, so that binary search
// works on the UTF-8 (names with Å, Ä, Ö sort last).
constexpr std::string_view k_first_names[] = {
    "Abdi",     "Adam",      "Agnes",     "Agneta",   "Ahmad",     "Ahmed",     "Aisha",
    "Albin",    "Alexander", "Alfred",    "Ali",      "Alice",     "Alicia",    "Alva",
    "Amanda",   "Amina",     "Anders",    "Andreas",  "Anette",    "Anita",     "Ann",
    "Anna",     "Anneli",    "Annika",    "Anton",    "Arne",      "Arvid",     "Astrid",
    "Axel",     "Barbro",    "Bengt",     "Benjamin", "Bertil",    "Birger",    "Birgitta",
    "Björn",    "Bo",        "Britt",     "Camilla",  "Carina",    "Carl",      "Caroline",
    "Cecilia",  "Charlie",   "Charlotte", "Christer", "Christian", "Christina", "Conny",
    "Daniel",   "David",     "Dennis",    "Ebba",     "Edvin",     "Elena",     "Elias",
    "Elin",     "Elisabet",  "Elisabeth", "Ella",     "Ellen",     "Elliot",    "Elsa",
    "Emanuel",  "Emelie",    "Emil",      "Emilia",   "Emilie",    "Emma",      "Erik",
    "Eva",      "Fatima",    "Felicia",   "Felix",    "Filip",     "Folke",     "Fredrik",
    "Frida",    "Gabriel",   "Gunilla",   "Gunnar",   "Gunnel",    "Gustav",    "Göran",
    "Hampus",   "Hanna",     "Hans",      "Harald",   "Hassan",    "Helen",     "Helena",
    "Henrik",   "Hugo",      "Hussein",   "Håkan",    "Ibrahim",   "Ida",       "Ines",
    "Ingela",   "Ingemar",   "Inger",     "Ingrid",   "Ingvar",    "Irene",     "Isabelle",
    "Isak",     "Jacob",     "Jakob",     "Jan",      "Jasmine",   "Jennifer",  "Jenny",
    "Jens",     "Jesper",    "Jessica",   "Jimmy",    "Joakim",    "Joel",      "Johan",
    "Johanna",  "Johannes",  "Jonas",     "Jonathan", "Josef",     "Josefin",   "Julia",
    "Jörgen",   "Karim",     "Karin",     "Karl",     "Katarina",  "Kenneth",   "Kent",
    "Kerstin",  "Kevin",     "Kjell",     "Klara",    "Kristian",  "Kristina",  "Kurt",
    "Lars",     "Leah",      "Leif",      "Leila",    "Lena",      "Lennart",   "Leo",
    "Liam",     "Lina",      "Linda",     "Linn",     "Linnea",    "Linus",     "Lisa",
    "Lisbeth",  "Loke",      "Lotta",     "Louise",   "Lucas",     "Ludvig",    "Madeleine",
    "Magnus",   "Maja",      "Malin",     "Malte",    "Marcus",    "Margareta", "Maria",
    "Mariam",   "Marianne",  "Marie",     "Martin",   "Matilda",   "Mats",      "Mattias",
    "Mauritz",  "Max",       "Melissa",   "Melvin",   "Michaela",  "Mikael",    "Moa",
    "Mohamed",  "Mohammad",  "Mohammed",  "Mona",     "Monica",    "Muhammad",  "Mustafa",
    "Måns",     "Nadia",     "Nathalie",  "Niklas",   "Nils",      "Noah",      "Nora",
    "Ola",      "Oliver",    "Olivia",    "Olle",     "Olof",      "Omar",      "Oscar",
    "Oskar",    "Otto",      "Ove",       "Patrik",   "Per",       "Peter",     "Petra",
    "Pia",      "Pontus",    "Pär",       "Rasmus",   "Rebecka",   "Robert",    "Robin",
    "Roger",    "Roland",    "Rolf",      "Ronja",    "Rune",      "Sabina",    "Saga",
    "Samuel",   "Sandra",    "Sanna",     "Sara",     "Sebastian", "Selma",     "Signe",
    "Simon",    "Siv",       "Sixten",    "Sofi",     "Sofia",     "Sofie",     "Stefan",
    "Sten",     "Stig",      "Stina",     "Susanne",  "Sven",      "Theo",      "Therese",
    "Thomas",   "Tobias",    "Tomas",     "Tommy",    "Torbjörn",  "Tove",      "Ulf",
    "Ulla",     "Ulrika",    "Valter",    "Vera",     "Veronica",  "Viggo",     "Viktor",
    "Viktoria", "Vincent",   "Wilhelm",   "William",  "Wilma",     "Yusuf",     "Yvonne",
    "Zahra",    "Åke",       "Åsa",
};
static_assert(std::ranges::is_sorted(k_first_names), "k_first_names must stay sorted bytewise");

/// A name as an e-mail address writes it.
std::string folded_for_address(std::string_view name) {
    std::string folded;
    folded.reserve(name.size());
    for (std::size_t offset = 0; offset < name.size(); ++offset) {
        const auto letter = name.substr(offset, 2);
        if (letter == "Å" || letter == "å" || letter == "Ä" || letter == "ä") {
            folded.push_back('a');
            ++offset;
        } else if (letter == "Ö" || letter == "ö") {
            folded.push_back('o');
            ++offset;
        } else if (letter == "É" || letter == "é") {
            folded.push_back('e');
            ++offset;
        } else if (name[offset] >= 'A' && name[offset] <= 'Z') {
            folded.push_back(static_cast<char>(name[offset] - 'A' + 'a'));
        } else {
            folded.push_back(name[offset]);
        }
    }
    return folded;
}

const std::vector<std::string>& first_names_for_address() {
    static const std::vector<std::string> folded_names = [] {
        std::vector<std::string> names;
        names.reserve(std::size(k_first_names));
        for (auto name : k_first_names)
            names.push_back(folded_for_address(name));
        std::sort(names.begin(), names.end());
        return names;
    }();
    return folded_names;
}

} // namespace

bool is_common_first_name(std::string_view word) {
    return std::binary_search(std::begin(k_first_names), std::end(k_first_names), word);
}

bool is_common_first_name_in_address(std::string_view ascii_lowercase) {
    const auto& names = first_names_for_address();
    return std::binary_search(
        names.begin(), names.end(), ascii_lowercase,
        [](std::string_view left, std::string_view right) { return left < right; });
}

} // namespace finsam
