"""The store on a PostgreSQL server: imported only when a ``postgresql://`` URL is opened.

What differs from the SQLite file lives here and nowhere else: the connection (psycopg 3) and its
small SQL dialect translation (``sql``), the schema as SQLAlchemy Core ``MetaData`` built by Alembic
migrations (``schema``, ``migrate``), the PL/pgSQL audit triggers (``triggers``), write transactions
with a bounded wait for the clinic's write lock and who holds it (``connection``), and whether a
database is empty, ours or foreign (``inspect``). The repository code is the same on both engines.
"""
