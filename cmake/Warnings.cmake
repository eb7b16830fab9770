# Project-wide compiler flags: strict warnings everywhere, sanitizers on request.
add_compile_options(-Wall -Wextra -Wconversion -Wshadow -Wpedantic)
if(FINSAM_WERROR)
    add_compile_options(-Werror)
endif()
if(FINSAM_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
