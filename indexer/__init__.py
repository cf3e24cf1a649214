"""Minutes Search: reading minutes into the meeting model, and (later) indexing and searching them."""
