"""The `pos-server` subcommands by area, as `pos/cli/commands` for `pos`; each module has
``register(subparsers)`` and pos/server/cli.py builds the parser in the reference's order."""
