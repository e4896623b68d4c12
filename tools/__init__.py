"""Command-line tools for the kit's maintainers and its CI: `make check` (check.py) and
`make diff` (apidiff/)."""
