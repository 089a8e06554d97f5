"""The Qt desktop GUI. Only this package imports QtWidgets/QtGui; the core stays headless."""
