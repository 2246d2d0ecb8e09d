# One INTERFACE target that every project target links: the language standard, warnings,
# the strict Qt defines and the optional sanitizers live here and nowhere else.

add_library(ft_project_options INTERFACE)
add_library(ft::project_options ALIAS ft_project_options)

target_compile_features(ft_project_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(ft_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FT_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ft_project_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wformat=2
        -Wimplicit-fallthrough)
    if(FT_WERROR)
        target_compile_options(ft_project_options INTERFACE -Werror)
    endif()
    if(FT_SANITIZE)
        target_compile_options(ft_project_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(ft_project_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(FT_FUZZ)
        # Coverage for libFuzzer in every library; only fuzz targets link the fuzzer's main.
        target_compile_options(ft_project_options INTERFACE -fsanitize=fuzzer-no-link)
    endif()
endif()
