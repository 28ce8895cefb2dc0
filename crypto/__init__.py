"""Keys and the vault: everything that turns a passphrase into an open SQLCipher database.

No Qt and no other Confide package is imported here, so the admin command line, the
self-test and the tests use the same code the window does.
"""
