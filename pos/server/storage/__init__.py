"""The district's storage: the schema, the store, summaries kept at ingest, reports and
reconciliation, a throwaway PostgreSQL for tests."""
