"""The PyInstaller bundle's entry point (build.spec): `pos` = pos.cli.main:main."""

import sys

from pos.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
