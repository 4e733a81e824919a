"""The `pos` subcommands, one module per command group (``pos.cli.main.COMMANDS``)."""
