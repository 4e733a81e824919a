"""Figures over a period: X and Z reports, GST and sales summaries, settling with SHGs and their
statements."""
