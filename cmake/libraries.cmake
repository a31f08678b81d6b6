# rangecopy_add_library(NAME FOLDER folder [UNITS unit...] [HEADERS header...] [DEPENDS lib...])
#
# One static library for one folder (ARCHITECTURE.md): each unit is folder/unit.cpp with its
# folder/unit.h, each header a header alone. DEPENDS are the libraries below it, linked
# publicly. Every include is written from the project's root ("core/io/filedescriptor.h"),
# so a path says which layer a header is in.
function(rangecopy_add_library name)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "FOLDER" "UNITS;HEADERS;DEPENDS")
    set(sources)
    foreach(unit IN LISTS ARG_UNITS)
        list(APPEND sources ${ARG_FOLDER}/${unit}.cpp ${ARG_FOLDER}/${unit}.h)
    endforeach()
    list(TRANSFORM ARG_HEADERS PREPEND ${ARG_FOLDER}/)
    qt_add_library(${name} STATIC ${sources} ${ARG_HEADERS})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_DEPENDS} PRIVATE rangecopy_warnings)
endfunction()
