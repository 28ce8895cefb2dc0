"""The coordinator's merge: several supporters' signed reports into one, never a contact.

`merge` combines and suppresses again, `merge_view` is the page. The report, its files and
audit come from the records floor (`desktop.records.peer`), the preview and export bar
from `desktop.report_ui`, shared with the reports room.
"""
