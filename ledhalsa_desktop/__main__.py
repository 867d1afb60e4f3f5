import sys

from ledhalsa_desktop.cli import main

sys.exit(main())
