"""Organization burnout prevalence from randomized-response tokens (local differential privacy)."""
