"""The district server: outlets push their journals here and pull catalog changes."""
