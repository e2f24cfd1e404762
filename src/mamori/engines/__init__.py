"""mamori.engines."""
