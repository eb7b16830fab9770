#include "output/ImportMessages.h"

namespace finsam {

std::string swedish_reason(const ExtractError& error) {
    switch (error.code) {
    case ExtractError::Code::Empty:
        return "filen är tom eller saknar text (är det en inskannad bild?)";
    case ExtractError::Code::Corrupt:
        return "filen är skadad eller ofullständig och kan inte läsas";
    case ExtractError::Code::Encrypted:
        return "filen är lösenordsskyddad; spara den utan lösenord och importera den igen";
    case ExtractError::Code::TooLarge:
        return "filen är för stor (högst 200 MB, högst 64 MB uppackad och högst 2 MB text)";
    case ExtractError::Code::Unsupported:
        return "filformatet stöds inte (txt, md, pdf, docx och eml går att importera)";
    case ExtractError::Code::NoReport:
        return "e-postmeddelandet har ingen bifogad PDF- eller Word-fil";
    case ExtractError::Code::Busy:
        return "servern läser andra filer just nu; försök igen om en stund";
    }
    return "filen kan inte läsas";
}

std::vector<std::string> swedish_problems(const ImportedFile& file) {
    std::vector<std::string> problems;
    auto path = file.path.string();
    if (file.error)
        problems.push_back(path + ": " + swedish_reason(*file.error));
    for (const auto& document : file.documents) {
        if (document.extract_error)
            problems.push_back(document.name + ": " + swedish_reason(*document.extract_error));
        else if (!document.reading.errors.empty())
            problems.push_back(document.name +
                               ": texten känns inte igen som kvartalsrapport, slutrapport eller "
                               "projektredovisning och är för kort för att läsas utan mall");
    }
    return problems;
}

} // namespace finsam
