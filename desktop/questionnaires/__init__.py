"""Questionnaires: PHQ-9, GAD-7, WHO-5 and the others, scored and kept in the vault.

The instruments, their scoring and the results store live on the records floor
(`desktop.records`), as history, export and insights read them too; this room asks the
questions and shows the results.
"""
