"""The main window's flows, one controller each; the window builds and connects them."""
