"""ui layer of Gender Desk; see ARCHITECTURE.md."""
