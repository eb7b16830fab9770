# All dependencies come from Debian 12 packages (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(tl-expected REQUIRED)
find_package(pugixml REQUIRED)
find_package(GTest REQUIRED)
find_package(mstch REQUIRED)

pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(GMIME REQUIRED IMPORTED_TARGET gmime-3.0)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# libpq parses PostgreSQL URLs; SOCI's PostgreSQL backend header includes libpq-fe.h.
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(LIBCURL REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# Snowball's stemmers (libstemmer-dev) ship neither a CMake package nor a pkg-config file.
find_path(LIBSTEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(LIBSTEMMER_LIBRARY stemmer REQUIRED)
add_library(libstemmer INTERFACE IMPORTED)
target_include_directories(libstemmer INTERFACE ${LIBSTEMMER_INCLUDE_DIR})
target_link_libraries(libstemmer INTERFACE ${LIBSTEMMER_LIBRARY})

# Debian's SOCI ships no CMake package: wrap its libraries in one imported target.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIBRARY soci_core REQUIRED)
find_library(SOCI_SQLITE3_LIBRARY soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIBRARY soci_postgresql REQUIRED)
add_library(soci INTERFACE IMPORTED)
target_include_directories(soci INTERFACE ${SOCI_INCLUDE_DIR})
target_link_libraries(soci INTERFACE ${SOCI_CORE_LIBRARY} ${SOCI_SQLITE3_LIBRARY}
                                     ${SOCI_POSTGRESQL_LIBRARY} ${CMAKE_DL_LIBS})
if(FINSAM_SANITIZE OR FINSAM_FUZZ)
    # Debian builds SOCI with hidden visibility, so UBSan's vptr check cannot find its type
    # information and linking fails; everything that uses SOCI turns that one check off.
    target_compile_options(soci INTERFACE -fno-sanitize=vptr)
endif()
