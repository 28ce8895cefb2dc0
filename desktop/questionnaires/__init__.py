"""Questionnaires: PHQ-9, GAD-7, WHO-5 and the others, scored and kept in the vault."""
