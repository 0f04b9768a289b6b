"""The visit editor: details, participants, agenda and lessons of one visit."""
