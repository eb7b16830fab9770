# finsam_add_test(NAME SOURCES a.cpp b.cpp LIBS finsam_x ...)
# One GoogleTest executable per area; every test runs in its own temporary directory
# (tests create it with testing::TempDir-independent helpers in tests/support).
function(finsam_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} finsam_test_support GTest::gtest_main)
    target_compile_definitions(${name} PRIVATE
        FINSAM_SEEDS_DIR="${FINSAM_SEEDS_DIR}"
        FINSAM_TEMPLATES_DIR="${FINSAM_TEMPLATES_DIR}"
        FINSAM_FIXTURES_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fixtures")
    include(GoogleTest)
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
