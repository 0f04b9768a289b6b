"""Start Studi Tiru: `python main.py` opens the window, with the same options as `studitiru`."""

import sys

from studitiru.launch import main

if __name__ == "__main__":
    sys.exit(main())
