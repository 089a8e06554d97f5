"""``python -m brst_desktop`` runs the same entry point as the ``brst-desktop`` command."""

import sys

from brst_desktop.commands import main

sys.exit(main())
