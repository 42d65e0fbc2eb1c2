"""``python -m mediakit ...``: the same command line as the ``mediakit`` script.

Example (shell)::

    python -m mediakit evaluate accusations --gold gold.jsonl --json
"""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
