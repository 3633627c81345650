"""Benchmarks: ``./run bench`` runs them all and prints figures with ratios to their baselines."""
