"""The app around the screens: start-up, the main window, login and the idle lock, first run,
background services and tasks, status indicators, the self-test."""
