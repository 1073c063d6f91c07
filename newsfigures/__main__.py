import sys

from .workers import start_early

start_early(sys.argv[1:])  # the worker server imports the package while this process does

from .cli import main  # noqa: E402

sys.exit(main())
