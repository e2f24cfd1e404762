"""mamori.console."""
