"""mamori.services."""
