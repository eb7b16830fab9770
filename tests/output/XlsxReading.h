#pragma once

#include <gtest/gtest.h>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>
#include <zip.h>

namespace finsam::testing {

// Reading a written workbook back, cell by cell, for the tests of the writers that make one.

/// An XLSX file opened as the zip archive it is, to read its XML parts.
class XlsxPackage {
public:
    explicit XlsxPackage(const std::string& bytes) : m_bytes(bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(m_bytes.data(), m_bytes.size(), 0, &error);
        m_archive.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
        if (!m_archive)
            zip_source_free(source);
        zip_error_fini(&error);
    }

    bool is_open() const { return m_archive != nullptr; }

    pugi::xml_document part(const char* name) const {
        pugi::xml_document document;
        zip_stat_t stat;
        if (zip_stat(m_archive.get(), name, 0, &stat) != 0) {
            ADD_FAILURE() << "no part " << name;
            return document;
        }
        std::string xml(static_cast<std::size_t>(stat.size), '\0');
        zip_file_t* entry = zip_fopen(m_archive.get(), name, 0);
        if (entry == nullptr) {
            ADD_FAILURE() << "cannot open part " << name;
            return document;
        }
        const zip_int64_t read = zip_fread(entry, xml.data(), xml.size());
        zip_fclose(entry);
        EXPECT_EQ(read, static_cast<zip_int64_t>(xml.size())) << name;
        EXPECT_TRUE(document.load_string(xml.c_str())) << name;
        return document;
    }

private:
    struct ArchiveDiscarder {
        void operator()(zip_t* archive) const { zip_discard(archive); }
    };

    std::string m_bytes;
    std::unique_ptr<zip_t, ArchiveDiscarder> m_archive;
};

/// The workbook's sheet names, in order.
inline std::vector<std::string> sheet_names(const XlsxPackage& package) {
    std::vector<std::string> names;
    const pugi::xml_document workbook = package.part("xl/workbook.xml");
    for (const pugi::xpath_node& sheet : workbook.select_nodes("/workbook/sheets/sheet"))
        names.emplace_back(sheet.node().attribute("name").value());
    return names;
}

/// A sheet's cell by reference ("B3"), or an empty node.
inline pugi::xml_node cell(const pugi::xml_document& sheet, const std::string& reference) {
    return sheet.select_node(("//sheetData/row/c[@r='" + reference + "']").c_str()).node();
}

/// The text of a cell that holds a shared string.
inline std::string shared_string(const XlsxPackage& package, const pugi::xml_node& cell_node) {
    EXPECT_STREQ(cell_node.attribute("t").value(), "s");
    const pugi::xml_document strings = package.part("xl/sharedStrings.xml");
    const int index = cell_node.child("v").text().as_int(-1);
    const pugi::xpath_node_set items = strings.select_nodes("/sst/si");
    if (index < 0 || static_cast<std::size_t>(index) >= items.size()) {
        ADD_FAILURE() << "no shared string " << index;
        return {};
    }
    return items[static_cast<std::size_t>(index)].node().child("t").text().get();
}

} // namespace finsam::testing
