"""The user's database: one SQLite file, its migrations, checks, backups and recovery.

Modules that import SQLAlchemy, SQLModel or Alembic (models, database, repositories, migrate)
are slow to import; import them only once the first window is on screen.
"""
