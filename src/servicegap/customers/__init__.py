"""Customers, their visits and value, and the moments of truth where they are lost."""
