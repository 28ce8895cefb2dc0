"""History: check-ins and questionnaire scores over time, as a chart and a table."""
