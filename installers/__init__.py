"""Builds the desk's installable packages: the one-folder bundle (PyInstaller), the Debian
package and the Windows installer. Not part of either program; nothing imports it at run time."""
