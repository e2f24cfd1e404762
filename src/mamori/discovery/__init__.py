"""mamori.discovery."""
