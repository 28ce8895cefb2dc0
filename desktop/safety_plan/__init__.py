"""The personal safety plan: six steps in Confide's own words, kept in the vault, printable."""
