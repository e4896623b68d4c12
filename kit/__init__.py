"""The kit's own Python helpers, one home for each fact its tests, contract tests, benchmarks and
mock launcher share:

- `kit.spec`: where the repository, the spec and its bundle are; the bundle loaded once, `$ref`s
  followed (`deref`) and resolved for jsonschema (`registry`, `validator`).
- `kit.processes`: a process in its own process group, waited for one way (a predicate polled
  while it lives) and always stopped with its whole group (SIGTERM, then SIGKILL); `run` for a
  command run to its end; `free_port`.

The command-line tools built on them are in tools/.
"""
