"""Solidarity: international joint statements and solidarity campaigns."""
