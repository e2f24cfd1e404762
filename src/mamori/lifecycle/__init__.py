"""mamori.lifecycle."""
