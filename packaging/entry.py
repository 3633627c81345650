"""The packaged app's entry point (PyInstaller freezes this script)."""

import sys

from storyboard_app.main import main

if __name__ == "__main__":
    sys.exit(main())
