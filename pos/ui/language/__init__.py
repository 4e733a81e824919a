"""Hindi and English on screen: Qt translation, the domain's refusals as patterns (generated), the
words of reports."""
