"""``python -m generator``."""
import sys

try:
    from .cli import main
except ModuleNotFoundError as exc:  # run outside the project's environment
    sys.exit(f"briefing: missing dependency {exc.name!r}: run ./scripts/setup (or ./scripts/build), "
             "then use .venv/bin/python -m generator")

sys.exit(main())
