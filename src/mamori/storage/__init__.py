"""mamori.storage."""
