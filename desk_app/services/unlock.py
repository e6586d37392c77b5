"""The key file as the services see it: unlock, and manage per-user slots.

Translates the key vault's exceptions into ServiceErrors with message keys, so a wrong
passphrase, a missing or damaged key file each get their own clear words, and none of them
carries a secret.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from desk_app.services.errors import (
    AuthenticationFailed,
    Conflict,
    ServiceError,
    StoreUnavailable,
)
from desk_app.storage.keys.keyfile import (
    KdfParams,
    KeyFile,
    KeyFileChanged,
    KeyFileCorrupt,
    KeyFileError,
    KeyFileMissing,
    NoSuchUser,
    RecoveryKeyTypo,
    UnlockedVault,
    WrongPassphrase,
    WrongRecoveryKey,
    generate_recovery_key,
    new_data_key,
    parse_recovery_key,
)


class KeyVault:
    """An unlocked key file for this session; new slots use ``kdf`` (default costs if None).

    Attributes:
        data_key: the raw SQLCipher key.
    """

    def __init__(self, vault: UnlockedVault, kdf: KdfParams | None = None) -> None:
        self._vault = vault
        self._kdf = kdf

    @property
    def data_key(self) -> bytes:
        return self._vault.data_key

    @property
    def pending_data_key(self) -> bytes | None:
        """The new key of a re-key that was begun and not finished, if any."""
        return self._vault.pending_data_key

    def begin_rekey(self, new_key: bytes) -> None:
        with _translated():
            self._vault.begin_rekey(new_key)

    def finish_rekey(self) -> None:
        with _translated():
            self._vault.finish_rekey()

    def abandon_rekey(self) -> None:
        with _translated():
            self._vault.abandon_rekey()

    @classmethod
    def create(
        cls, path: Path, username: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[KeyVault, str]:
        """A new key file with a fresh data key; returns it and the recovery key's text."""
        recovery_raw, recovery_text = generate_recovery_key()
        with _translated():
            keyfile = (
                KeyFile.create(
                    path,
                    new_data_key(),
                    username=username,
                    passphrase=passphrase,
                    recovery_key=recovery_raw,
                    kdf=kdf,
                )
                if kdf is not None
                else KeyFile.create(
                    path,
                    new_data_key(),
                    username=username,
                    passphrase=passphrase,
                    recovery_key=recovery_raw,
                )
            )
            # The recovery slot opens with one HKDF: no second Argon2id run at set-up.
            return cls(keyfile.unlock_master_with_recovery(recovery_raw), kdf), recovery_text

    @classmethod
    def open_with_recovery(
        cls, path: Path, recovery_text: str, *, kdf: KdfParams | None = None
    ) -> KeyVault:
        with _translated():
            try:
                raw = parse_recovery_key(recovery_text)
            except RecoveryKeyTypo:
                raise ServiceError("recovery.typo") from None
            try:
                return cls(KeyFile.load(path).unlock_master_with_recovery(raw), kdf)
            except WrongRecoveryKey:
                raise ServiceError("recovery.wrong") from None

    def renew_recovery_key(self) -> str:
        """A new recovery key replaces the old one (whose sheet was opened); returns its text,
        to be shown once. The old key opens nothing in this key file from now on."""
        raw, text = generate_recovery_key()
        with _translated():
            self._vault.set_recovery_key(raw)
        return text

    def add_user(self, username: str, passphrase: str) -> None:
        with _translated():
            self._vault.add_user(username, passphrase, kdf=self._kdf)

    def remove_user(self, username: str) -> None:
        # Already gone is fine: the goal (her passphrase opens nothing) holds.
        with _translated(), contextlib.suppress(NoSuchUser):
            self._vault.remove_user(username)

    def close(self) -> None:
        self._vault.close()


def open_vault(
    path: Path, username: str, passphrase: str, *, kdf: KdfParams | None = None
) -> KeyVault:
    """Unlock with a passphrase. Raises AuthenticationFailed (also for unknown users)."""
    with _translated():
        keyfile = KeyFile.load(path)
        try:
            return KeyVault(keyfile.unlock_master(username, passphrase), kdf)
        except WrongPassphrase:
            raise AuthenticationFailed() from None


class _translated:  # noqa: N801 -- used like a function: `with _translated():`
    """Map key-file errors to service errors; the originals never reach the officer."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if isinstance(error, ServiceError) or error is None:
            return
        if isinstance(error, KeyFileMissing):
            raise StoreUnavailable("store.keyfile_missing") from None
        if isinstance(error, KeyFileCorrupt):
            raise StoreUnavailable("store.keyfile_corrupt") from None
        if isinstance(error, KeyFileChanged):
            raise Conflict() from None
        if isinstance(error, KeyFileError):
            raise StoreUnavailable("store.unavailable") from None
