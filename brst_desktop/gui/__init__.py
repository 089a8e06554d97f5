"""The Qt desktop GUI. Only this package imports QtWidgets/QtGui; the core stays headless."""

from brst_desktop.gui.binding import keep_none_alive

# Before any widget is made, whether by the program, a test or a tool: see binding.py.
keep_none_alive()
