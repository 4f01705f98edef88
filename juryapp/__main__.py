import sys

from juryapp.cli import main

sys.exit(main())
