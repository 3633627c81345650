"""``python -m storyboard_app``."""

import sys

from storyboard_app.main import main

sys.exit(main())
