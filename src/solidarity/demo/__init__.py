"""Fictional demonstration content for `solidarity demo`.

Every organisation, person and text here is invented for the project.
"""

from .loader import DEMO_EMAIL, DEMO_PASSWORD, demo_loaded, load_demo

__all__ = ["DEMO_EMAIL", "DEMO_PASSWORD", "demo_loaded", "load_demo"]
