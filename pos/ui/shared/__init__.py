"""What the screens share: dialogs, manager approval, keypads, small widgets, Qt models, window
fitting, the theme."""
