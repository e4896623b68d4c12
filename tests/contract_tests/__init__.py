"""The kit's tests of its QA tool for live servers (contract_tests/)."""
