"""Benchmarks that write JSON figures to bench/results/."""
