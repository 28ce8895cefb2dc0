"""The peer supporter's records, Qt-free: what the log writes and the report rooms read.

`model` defines a contact (no name field exists) and its categories and codes, `deid` and
`deid_names` find identifiers in a note, `store` keeps contacts in the vault and counts
them, `failure` words a failed vault job, `words` holds the shared words and translate
hook. The aggregate report is here too, because the reports room releases it and the merge
room combines it: `report` builds it, `suppress` hides small cells, `audit` checks that
nothing released together pins a small count, `period` names the fixed report periods and
`report_file` reads and writes the signed files.
"""
