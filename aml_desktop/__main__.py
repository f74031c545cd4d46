"""``python -m aml_desktop`` does what the ``aml-desktop`` command does."""

from aml_desktop.cli.main import main

raise SystemExit(main())
