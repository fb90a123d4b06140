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
spielberg_add_test(tst_keychaincredentials LABEL generation
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keychaincredentials.cpp LIBRARIES Spielberg::Generation qt6keychain)
# Bare (no keychain at all), and against a real Secret Service started for the test.
add_test(NAME tst_keychaincredentials_secretservice
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/with-secret-service $<TARGET_FILE:tst_keychaincredentials>)
set_tests_properties(tst_keychaincredentials_secretservice PROPERTIES
    TIMEOUT 120 LABELS generation ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
spielberg_add_test(tst_storyengine LABEL generation TIMEOUT 300
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storyengine.cpp LIBRARIES Spielberg::Generation spielberg_fakeprovider)
