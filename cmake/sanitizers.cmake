# Sanitizer and fuzzing builds (RELIABILITY.md). They apply to every target of the project;
# Qt's libraries are Debian's and stay uninstrumented.
#   -DRANGECOPY_SANITIZE="address;undefined"   AddressSanitizer (with LeakSanitizer) and UBSan
#   -DRANGECOPY_SANITIZE=thread                ThreadSanitizer
#   -DRANGECOPY_FUZZ=ON                        libFuzzer targets in tests/fuzz (clang only)
set(RANGECOPY_SANITIZE "" CACHE STRING
    "Sanitizers for the whole build: \"address;undefined\" or \"thread\"")
option(RANGECOPY_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

foreach(sanitizer IN LISTS RANGECOPY_SANITIZE)
    if(NOT sanitizer MATCHES "^(address|undefined|thread)$")
        message(FATAL_ERROR "RANGECOPY_SANITIZE: unknown sanitizer '${sanitizer}'; "
                            "use \"address;undefined\" or \"thread\"")
    endif()
endforeach()
if("thread" IN_LIST RANGECOPY_SANITIZE AND "address" IN_LIST RANGECOPY_SANITIZE)
    message(FATAL_ERROR "RANGECOPY_SANITIZE: thread and address cannot be combined; "
                        "build them in two build folders")
endif()
if(RANGECOPY_SANITIZE)
    list(JOIN RANGECOPY_SANITIZE "," sanitizers)
    # Any finding ends the process, so that a test cannot pass over it.
    add_compile_options(-fsanitize=${sanitizers} -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    # -O1, as the sanitizers' documentation advises, and line tables only (-g1), which is all
    # a finding's stack trace needs: these come after the build type's -O2 -g and win. A
    # translation unit compiles 2.5 times as fast (mainwindow.cpp: 50 s against 20 s), which
    # keeps the three sanitized builds of .ci/run within its time.
    add_compile_options(-O1 -g1)
    add_link_options(-fsanitize=${sanitizers})
endif()

if(RANGECOPY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "RANGECOPY_FUZZ needs clang: configure with CXX=clang++")
    endif()
    # Coverage feedback for libFuzzer in everything the fuzz targets link.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
