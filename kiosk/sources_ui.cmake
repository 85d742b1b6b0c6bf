# Domain queries added for the kiosk screens (issue 3). No ImGui: ui/ calls these.
target_sources(palier_kiosk PRIVATE ${CMAKE_CURRENT_LIST_DIR}/UiQueries.cpp)
