"""What the two report rooms show alike: the report's preview, its PDF and the export bar.

A floor of its own, below the rooms and above `ui` and `records`: the supporter's report
page (`desktop.peer_reports`) and the coordinator's merge page (`desktop.peer_merge`) both
build on it, so neither opens a door into the other. `pdf_view` draws the readable report
(the same HTML on screen and in the PDF), `export_bar_view` the preview and export bar.
"""
