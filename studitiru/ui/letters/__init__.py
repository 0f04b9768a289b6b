"""The letters in the window: the register's table model, the visit editor's Surat tab, the
register page and the letter settings dialog."""
