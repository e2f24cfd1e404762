"""The ``mamori`` command: thin commands that parse, call one service and render."""
