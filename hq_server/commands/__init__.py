"""The ``hq-server`` command groups, one module each; cli.py builds the parser from them."""
