# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of spielberg_core that describe the library's domain (see docs/architecture.md, "Data").
target_sources(spielberg_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/vocabulary.h ${CMAKE_CURRENT_LIST_DIR}/vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog.h ${CMAKE_CURRENT_LIST_DIR}/catalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/character.h
    ${CMAKE_CURRENT_LIST_DIR}/script.h
    ${CMAKE_CURRENT_LIST_DIR}/scriptversion.h
    ${CMAKE_CURRENT_LIST_DIR}/scene.h
    ${CMAKE_CURRENT_LIST_DIR}/draft.h
    ${CMAKE_CURRENT_LIST_DIR}/job.h
    ${CMAKE_CURRENT_LIST_DIR}/searchhit.h
    ${CMAKE_CURRENT_LIST_DIR}/linediff.h ${CMAKE_CURRENT_LIST_DIR}/linediff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scenesplitter.h ${CMAKE_CURRENT_LIST_DIR}/scenesplitter.cpp
)
