"""The readers: each turns one kind of minutes document into the meeting model's parts."""
