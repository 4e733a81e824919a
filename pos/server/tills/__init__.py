"""The district's side of the tills: enrolment and device identity, ingest of pushed journals, the
catalog published to them."""
