"""The mock: mock/server.js (Prism in one node process) and launcher.py, which starts it from
Python exactly as `make mock` does."""
