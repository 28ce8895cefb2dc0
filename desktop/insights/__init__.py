"""Private insights: which kinds of day go with lower mood, energy and questionnaire scores."""
