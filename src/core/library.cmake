# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of spielberg_core that describe the library's domain (see DESIGN.md, "Data model").
