"""The mock's tests: a real Prism process (mock/server.js) over HTTP."""
