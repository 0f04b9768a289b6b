"""The one-folder program's entry point (packaging/studitiru.spec): the `studitiru` command."""

import sys

from studitiru.launch import main

if __name__ == "__main__":
    sys.exit(main())
