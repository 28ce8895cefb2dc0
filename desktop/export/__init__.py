"""Export: the person's own records to an encrypted or plain file they choose."""
