"""``python -m desk_app`` runs the same command as ``desk-app``."""

from desk_app.cli.main import main

raise SystemExit(main())
