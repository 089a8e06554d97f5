"""Entry point of the frozen application: the same ``main`` as the ``brst-desktop`` command.

PyInstaller needs a script outside the package; running ``brst_desktop/__main__.py`` directly
would put the package folder itself on ``sys.path`` and let modules load twice under two names.
"""

import sys

from brst_desktop.commands import main

if __name__ == "__main__":
    sys.exit(main())
