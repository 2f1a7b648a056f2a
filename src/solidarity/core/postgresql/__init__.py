"""Django's PostgreSQL backend, answering at once while the database is away (see
`base.py`)."""
