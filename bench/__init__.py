"""`make bench`: how fast the mock, the generated client and the pipeline are, each against a
baseline measured in the same run (see docs/benchmarks.md). Not part of `make test`."""
