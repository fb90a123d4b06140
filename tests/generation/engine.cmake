# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the generation engine's pure parts and of the queue against the local double.
foreach(name sseparser anthropicdecoder openaidecoder retrypolicy providerrequest resultapplier)
    spielberg_add_test(tst_${name} LABEL generation
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp LIBRARIES Spielberg::Generation)
endforeach()
target_compile_definitions(tst_anthropicdecoder PRIVATE SPIELBERG_SHARED="${CMAKE_SOURCE_DIR}/../shared")
target_compile_definitions(tst_openaidecoder PRIVATE SPIELBERG_SHARED="${CMAKE_SOURCE_DIR}/../shared")
spielberg_add_test(tst_jobqueue LABEL generation TIMEOUT 240
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jobqueue.cpp LIBRARIES Spielberg::Generation spielberg_fakeprovider)
