"""mamori.api."""
