"""mamori.text."""
