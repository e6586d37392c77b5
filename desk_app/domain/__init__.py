"""domain layer of Gender Desk; see ARCHITECTURE.md."""
