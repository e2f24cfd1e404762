"""One settings class, read from the environment with the ``MAMORI_`` prefix."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration; every field is documented in docs/reference/settings.md."""

    model_config = SettingsConfigDict(env_prefix="MAMORI_", extra="ignore")

    database_url: str = "sqlite:///mamori.db"
    pack: str = "jp"
    secret_key: str = "change-me-in-production"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    cookie_secure: bool = True
    login_rate_limit_per_minute: int = 10
