"""The key vault: wrapping, unlocking, strict loading, slot management, re-key, recovery key."""

from __future__ import annotations

import base64
import json
import stat
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desk_app.storage.keys import keyfile as keyfile_module
from desk_app.storage.keys.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyFileChanged,
    KeyFileCorrupt,
    KeyFileError,
    KeyFileMissing,
    LastUserSlot,
    NoSuchUser,
    RecoveryKeyTypo,
    UnlockedVault,
    WrongPassphrase,
    WrongRecoveryKey,
    format_recovery_key,
    generate_recovery_key,
    new_data_key,
    parse_recovery_key,
)

# Argon2id's minimum cost: these tests are about the file, not about key stretching.
CHEAP = KdfParams(memory_kib=8, iterations=1, lanes=1)
ALICE, ALICE_PASS = "alice", "alice: quetta airport road 1"
BOB, BOB_PASS = "bob", "bob's own passphrase 2"
CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


class StationKeys:
    """A key file with two users, and every secret that went into it."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "station.keys"
        self.data_key = new_data_key()
        self.recovery_key, self.recovery_text = generate_recovery_key()
        self.keys = KeyFile.create(
            self.path,
            self.data_key,
            username=ALICE,
            passphrase=ALICE_PASS,
            recovery_key=self.recovery_key,
            kdf=CHEAP,
        )
        self.vault().add_user(BOB, BOB_PASS, kdf=CHEAP)

    def vault(self) -> UnlockedVault:
        return self.keys.unlock_master(ALICE, ALICE_PASS)

    def tree(self) -> dict[str, Any]:
        tree = json.loads(self.path.read_bytes())
        assert isinstance(tree, dict)
        return tree

    def rewrite(self, change: Callable[[dict[str, Any]], object]) -> bytes:
        """Edit the file as an attacker would; returns the new bytes."""
        tree = self.tree()
        change(tree)
        raw = json.dumps(tree, indent=2).encode()
        self.path.write_bytes(raw)
        return raw

    def secrets(self) -> list[bytes]:
        texts = [ALICE_PASS, BOB_PASS, self.recovery_text, self.data_key.hex()]
        texts += [self.recovery_key.hex(), self.data_key.hex().upper()]
        raw = [self.data_key, self.recovery_key, base64.b64encode(self.data_key)]
        return [t.encode() for t in texts] + raw


@pytest.fixture
def station(tmp_path: Path) -> StationKeys:
    return StationKeys(tmp_path)


def _flip(text: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


# --- round trip --------------------------------------------------------------------------------
def test_create_load_unlock_round_trip(station: StationKeys) -> None:
    loaded = KeyFile.load(station.path)
    assert loaded.users() == [ALICE, BOB]
    assert loaded.unlock(ALICE, ALICE_PASS) == station.data_key
    assert loaded.unlock(BOB, BOB_PASS) == station.data_key
    assert loaded.key_id == station.keys.key_id
    assert len(bytes.fromhex(loaded.key_id)) == 16
    assert not loaded.rekey_pending


def test_file_layout(station: StationKeys) -> None:
    tree = station.tree()
    assert tree["file"] == "gender-desk station keys"
    assert tree["format"] == 1
    assert tree["pending_data_key"] is None
    slot = tree["users"][ALICE]
    assert slot["kdf"] == {
        "name": "argon2id",
        "memory_kib": 8,
        "iterations": 1,
        "lanes": 1,
        "salt": slot["kdf"]["salt"],
    }
    assert len(base64.b64decode(slot["kdf"]["salt"])) == 16
    assert len(base64.b64decode(slot["nonce"])) == 12
    assert tree["recovery"]["kdf"] == {"name": "hkdf-sha256"}
    # Fresh salt and nonce per slot.
    assert slot["kdf"]["salt"] != tree["users"][BOB]["kdf"]["salt"]
    assert slot["nonce"] != tree["users"][BOB]["nonce"]


def test_data_keys_are_random_256_bit() -> None:
    keys = {new_data_key() for _ in range(8)}
    assert len(keys) == 8
    assert all(len(k) == 32 for k in keys)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_saved_file_mode_is_0600(station: StationKeys) -> None:
    assert stat.S_IMODE(station.path.stat().st_mode) == 0o600
    station.path.chmod(0o644)
    station.keys.save()
    assert stat.S_IMODE(station.path.stat().st_mode) == 0o600


def test_create_refuses_to_overwrite(station: StationKeys) -> None:
    before = station.path.read_bytes()
    with pytest.raises(FileExistsError):
        KeyFile.create(
            station.path,
            new_data_key(),
            username="mallory",
            passphrase="a new passphrase",
            recovery_key=generate_recovery_key()[0],
            kdf=CHEAP,
        )
    assert station.path.read_bytes() == before


def test_create_rejects_bad_arguments(tmp_path: Path) -> None:
    recovery = generate_recovery_key()[0]
    path = tmp_path / "station.keys"
    for data_key, username, passphrase in [
        (b"short", ALICE, ALICE_PASS),
        (new_data_key(), "", ALICE_PASS),
        (new_data_key(), "bad\nname", ALICE_PASS),
        (new_data_key(), ALICE, ""),
    ]:
        with pytest.raises(ValueError):
            KeyFile.create(
                path,
                data_key,
                username=username,
                passphrase=passphrase,
                recovery_key=recovery,
                kdf=CHEAP,
            )
    assert not path.exists()


# --- wrong passphrase, unknown user -------------------------------------------------------------
def test_wrong_passphrase(station: StationKeys) -> None:
    before = station.path.read_bytes()
    with pytest.raises(WrongPassphrase):
        station.keys.unlock(ALICE, BOB_PASS)
    with pytest.raises(WrongPassphrase):
        station.keys.unlock(ALICE, "")
    with pytest.raises(WrongRecoveryKey):
        station.keys.unlock_with_recovery(bytes(32))
    assert station.path.read_bytes() == before


def test_unknown_user_is_a_wrong_passphrase(station: StationKeys) -> None:
    with pytest.raises(WrongPassphrase) as unknown:
        station.keys.unlock("nobody", ALICE_PASS)
    with pytest.raises(WrongPassphrase) as wrong:
        station.keys.unlock(ALICE, "guess")
    assert str(unknown.value) == str(wrong.value)
    assert "nobody" not in str(unknown.value)


def test_unknown_user_still_spends_the_kdf(
    station: StationKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[KdfParams] = []
    real_kdf = keyfile_module._passphrase_kek

    def counting_kdf(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
        seen.append(kdf)
        return real_kdf(passphrase, salt, kdf)

    monkeypatch.setattr(keyfile_module, "_passphrase_kek", counting_kdf)
    with pytest.raises(WrongPassphrase):
        station.keys.unlock("nobody", "guess")
    assert seen == [CHEAP]


def test_passphrase_and_username_are_unicode_normalised(tmp_path: Path) -> None:
    # The same Urdu word typed precomposed (NFC) and decomposed (NFD) is the same passphrase.
    passphrase = "آزادی کا راستہ ۲۰۲۶"
    username = "شازیہ"
    recovery = generate_recovery_key()[0]
    data_key = new_data_key()
    keys = KeyFile.create(
        tmp_path / "k",
        data_key,
        username=unicodedata.normalize("NFD", username),
        passphrase=unicodedata.normalize("NFD", passphrase),
        recovery_key=recovery,
        kdf=CHEAP,
    )
    assert keys.users() == [unicodedata.normalize("NFC", username)]
    assert keys.unlock(unicodedata.normalize("NFC", username), passphrase) == data_key
    assert KeyFile.load(tmp_path / "k").unlock(username, passphrase) == data_key


def test_lone_surrogate_passphrase(station: StationKeys) -> None:
    bad = "secret\ud800passphrase"
    with pytest.raises(ValueError) as caught:
        station.vault().add_user("carol", bad, kdf=CHEAP)
    assert "secret" not in str(caught.value)
    assert caught.value.__context__ is None
    with pytest.raises(WrongPassphrase):
        station.keys.unlock(ALICE, bad)


# --- recovery key --------------------------------------------------------------------------------
def test_unlock_with_recovery_key(station: StationKeys) -> None:
    keys = KeyFile.load(station.path)
    assert keys.unlock_with_recovery(station.recovery_key) == station.data_key
    typed = parse_recovery_key(station.recovery_text)
    assert keys.unlock_with_recovery(typed) == station.data_key


def test_wrong_recovery_key(station: StationKeys) -> None:
    with pytest.raises(WrongRecoveryKey) as caught:
        station.keys.unlock_with_recovery(generate_recovery_key()[0])
    assert not isinstance(caught.value, RecoveryKeyTypo)
    with pytest.raises(WrongRecoveryKey):
        station.keys.unlock_with_recovery(b"too short")


def test_recovery_text_layout() -> None:
    raw, text = generate_recovery_key()
    groups = text.split("-")
    assert len(groups) == 14
    assert all(len(g) == 4 and set(g) <= CROCKFORD for g in groups)
    assert format_recovery_key(raw) == text
    assert parse_recovery_key(text) == raw


def test_recovery_text_edge_values() -> None:
    for raw in (bytes(32), b"\xff" * 32, bytes(range(32))):
        assert parse_recovery_key(format_recovery_key(raw)) == raw


def test_recovery_parse_is_tolerant() -> None:
    raw = bytes(range(32))
    text = format_recovery_key(raw)
    assert "0" in text and "1" in text
    plain = text.replace("-", "")
    assert parse_recovery_key(text.lower()) == raw
    assert parse_recovery_key(plain) == raw
    assert parse_recovery_key(" ".join(text.split("-"))) == raw
    assert parse_recovery_key(f"  {plain[:10]} {plain[10:]}\n") == raw
    # Crockford's look-alikes: O for zero, I and L for one.
    aliased = text.replace("0", "O").replace("1", "l")
    assert parse_recovery_key(aliased) == raw
    # Digits typed on an Urdu keyboard.
    urdu = "".join(chr(0x06F0 + int(c)) if c.isdigit() else c for c in text)
    assert parse_recovery_key(urdu) == raw


def test_every_single_character_typo_is_reported_as_a_typo() -> None:
    _, text = generate_recovery_key()
    plain = text.replace("-", "")
    for position, original in enumerate(plain):
        for replacement in CROCKFORD - {original}:
            typo = plain[:position] + replacement + plain[position + 1 :]
            with pytest.raises(RecoveryKeyTypo):
                parse_recovery_key(typo)


def test_every_swap_of_neighbours_is_reported_as_a_typo() -> None:
    _, text = generate_recovery_key()
    plain = text.replace("-", "")
    for i in range(len(plain) - 1):
        # The guarantee covers swaps inside the key and inside the check group; one across the
        # boundary (i = 51) is caught only with probability 1 - 2**-20.
        if plain[i] != plain[i + 1] and i != 51:
            swapped = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :]
            with pytest.raises(RecoveryKeyTypo):
                parse_recovery_key(swapped)


def test_typo_kinds_and_messages() -> None:
    _, text = generate_recovery_key()
    for typed in (text[:-1], text + "A", text.replace(text[5], "U", 1), "", "!" + text[1:]):
        with pytest.raises(RecoveryKeyTypo) as caught:
            parse_recovery_key(typed)
        assert isinstance(caught.value, WrongRecoveryKey)
        message = str(caught.value)
        assert "typing mistake" in message or "too few or too many" in message
        assert all(group not in message for group in text.split("-"))


# --- slots are bound to their names and their file ---------------------------------------------
def test_slot_copied_under_another_name_does_not_open(station: StationKeys) -> None:
    def copy_alice_to_bob(tree: dict[str, Any]) -> None:
        tree["users"][BOB] = tree["users"][ALICE]

    station.rewrite(copy_alice_to_bob)
    keys = KeyFile.load(station.path)
    with pytest.raises(WrongPassphrase):
        keys.unlock(BOB, ALICE_PASS)
    assert keys.unlock(ALICE, ALICE_PASS) == station.data_key


def test_user_named_recovery_is_not_the_recovery_slot(station: StationKeys) -> None:
    def recovery_as_user(tree: dict[str, Any]) -> None:
        slot = tree["users"][ALICE]
        slot["nonce"], slot["ciphertext"] = (
            tree["recovery"]["nonce"],
            tree["recovery"]["ciphertext"],
        )

    station.rewrite(recovery_as_user)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(station.path).unlock(ALICE, ALICE_PASS)


def test_slot_copied_from_another_station_does_not_open(
    station: StationKeys, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    other = StationKeys(tmp_path / "other")
    other_slot = other.tree()["users"][ALICE]

    def paste(tree: dict[str, Any]) -> None:
        tree["users"][ALICE] = other_slot

    station.rewrite(paste)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(station.path).unlock(ALICE, ALICE_PASS)


def test_swapping_current_and_pending_data_key_is_detected(station: StationKeys) -> None:
    station.vault().begin_rekey(new_data_key())

    def swap(tree: dict[str, Any]) -> None:
        tree["data_key"], tree["pending_data_key"] = tree["pending_data_key"], tree["data_key"]

    station.rewrite(swap)
    with pytest.raises(KeyFileCorrupt):
        KeyFile.load(station.path).unlock(ALICE, ALICE_PASS)


# --- strict loading; a failed load never touches the file ---------------------------------------
GARBAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda good: b"",
    "whitespace": lambda good: b"  \n",
    "truncated": lambda good: good[: len(good) // 2],
    "truncated at the end": lambda good: good[:-3],
    "garbage": lambda good: bytes(range(256)),
    "not utf-8": lambda good: good.replace(b'"users"', b'"us\xffers"'),
    "json list": lambda good: b"[1, 2, 3]",
    "utf-8 bom": lambda good: b"\xef\xbb\xbf" + good,
    "too large": lambda good: good + b" " * 300_000,
    "deep nesting": lambda good: b"[" * 100_000 + b"]" * 100_000,
    "duplicate field": lambda good: good.replace(b'"format": 1,', b'"format": 1, "format": 1,'),
    "nan": lambda good: good.replace(b'"format": 1,', b'"format": NaN,'),
    "infinity": lambda good: good.replace(b'"format": 1,', b'"format": -Infinity,'),
    "huge number": lambda good: good.replace(b'"format": 1,', b'"format": 1' + b"0" * 5000 + b","),
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_unreadable_files_are_corrupt_and_left_alone(station: StationKeys, name: str) -> None:
    raw = GARBAGE[name](station.path.read_bytes())
    assert raw != station.path.read_bytes()
    station.path.write_bytes(raw)
    with pytest.raises(KeyFileCorrupt):
        KeyFile.load(station.path)
    assert station.path.read_bytes() == raw


def _set(*path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(tree: dict[str, Any]) -> None:
        for step in path[:-1]:
            tree = tree[step]
        tree[path[-1]] = value

    return change


def _drop(*path: str) -> Callable[[dict[str, Any]], None]:
    def change(tree: dict[str, Any]) -> None:
        for step in path[:-1]:
            tree = tree[step]
        del tree[path[-1]]

    return change


STRUCTURAL_TAMPERING = {
    "format 2": _set("format", value=2),
    "format as text": _set("format", value="1"),
    "format true": _set("format", value=True),
    "not our file": _set("file", value="something else"),
    "unknown top field": _set("extra", value=1),
    "missing recovery": _drop("recovery"),
    "no users": _set("users", value={}),
    "users not an object": _set("users", value=[]),
    "key id too short": _set("key_id", value=base64.b64encode(b"x" * 15).decode()),
    "key id not base64": _set("key_id", value="@@@@"),
    "key id not canonical base64": _set("key_id", value="AAAAAAAAAAAAAAAAAAAAAB=="),
    "nonce too short": _set("users", ALICE, "nonce", value=base64.b64encode(b"n" * 8).decode()),
    "ciphertext truncated": _set("data_key", "ciphertext", value=base64.b64encode(b"c").decode()),
    "salt too short": _set("users", ALICE, "kdf", "salt", value="AAAA"),
    "salt a number": _set("users", ALICE, "kdf", "salt", value=7),
    "unknown kdf": _set("users", ALICE, "kdf", "name", value="scrypt"),
    "unknown recovery kdf": _set("recovery", "kdf", "name", value="none"),
    "memory 100 GB": _set("users", ALICE, "kdf", "memory_kib", value=100 * 1024 * 1024),
    "iterations a million": _set("users", ALICE, "kdf", "iterations", value=1_000_000),
    "lanes zero": _set("users", ALICE, "kdf", "lanes", value=0),
    "memory a float": _set("users", ALICE, "kdf", "memory_kib", value=8.0),
    "memory a bool": _set("users", ALICE, "kdf", "lanes", value=True),
    "kdf field missing": _drop("users", ALICE, "kdf", "iterations"),
    "slot field extra": _set("users", ALICE, "note", value="x"),
    "control character name": _set("users", "a\u0000b", value={}),
    "pending not an object": _set("pending_data_key", value="x"),
}


@pytest.mark.parametrize("name", sorted(STRUCTURAL_TAMPERING))
def test_tampered_structure_is_corrupt(station: StationKeys, name: str) -> None:
    raw = station.rewrite(STRUCTURAL_TAMPERING[name])
    with pytest.raises(KeyFileCorrupt) as caught:
        KeyFile.load(station.path)
    assert station.path.read_bytes() == raw
    assert str(caught.value).startswith("The station key file is damaged")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing):
        KeyFile.load(tmp_path / "station.keys")
    assert not (tmp_path / "station.keys").exists()


def test_directory_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "station.keys").mkdir()
    with pytest.raises(KeyFileError):
        KeyFile.load(tmp_path / "station.keys")


def _tamper(
    path: tuple[str, ...], error: type[KeyFileError]
) -> tuple[Callable[[dict[str, Any]], None], type[KeyFileError]]:
    def change(tree: dict[str, Any]) -> None:
        for step in path[:-1]:
            tree = tree[step]
        tree[path[-1]] = _flip(tree[path[-1]])

    return change, error


CRYPTO_TAMPERING: dict[str, tuple[Callable[[dict[str, Any]], None], type[KeyFileError]]] = {
    "user ciphertext": _tamper(("users", ALICE, "ciphertext"), WrongPassphrase),
    "user nonce": _tamper(("users", ALICE, "nonce"), WrongPassphrase),
    "user salt": _tamper(("users", ALICE, "kdf", "salt"), WrongPassphrase),
    "key id": _tamper(("key_id",), WrongPassphrase),
    "data key ciphertext": _tamper(("data_key", "ciphertext"), KeyFileCorrupt),
    "data key nonce": _tamper(("data_key", "nonce"), KeyFileCorrupt),
    "data key tag": (
        lambda tree: tree["data_key"].__setitem__(
            "ciphertext", _flip(tree["data_key"]["ciphertext"], 47)
        ),
        KeyFileCorrupt,
    ),
}


@pytest.mark.parametrize("name", sorted(CRYPTO_TAMPERING))
def test_tampered_cryptography_fails_closed(station: StationKeys, name: str) -> None:
    change, error = CRYPTO_TAMPERING[name]
    raw = station.rewrite(change)
    keys = KeyFile.load(station.path)  # well-formed, so it loads
    with pytest.raises(error):
        keys.unlock(ALICE, ALICE_PASS)
    assert station.path.read_bytes() == raw


def test_changed_kdf_parameters_do_not_open(station: StationKeys) -> None:
    station.rewrite(_set("users", ALICE, "kdf", "iterations", value=2))
    with pytest.raises(WrongPassphrase):
        KeyFile.load(station.path).unlock(ALICE, ALICE_PASS)


def test_tampered_recovery_slot(station: StationKeys) -> None:
    station.rewrite(_tamper(("recovery", "ciphertext"), WrongRecoveryKey)[0])
    with pytest.raises(WrongRecoveryKey):
        KeyFile.load(station.path).unlock_with_recovery(station.recovery_key)


# --- managing slots ------------------------------------------------------------------------------
def test_add_user_is_saved(station: StationKeys) -> None:
    station.vault().add_user("carol", "carol's passphrase", kdf=CHEAP)
    keys = KeyFile.load(station.path)
    assert keys.users() == [ALICE, BOB, "carol"]
    assert keys.unlock("carol", "carol's passphrase") == station.data_key


def test_add_user_replaces_an_existing_slot(station: StationKeys) -> None:
    station.vault().add_user(BOB, "bob's second passphrase", kdf=CHEAP)
    keys = KeyFile.load(station.path)
    assert keys.users() == [ALICE, BOB]
    with pytest.raises(WrongPassphrase):
        keys.unlock(BOB, BOB_PASS)
    assert keys.unlock(BOB, "bob's second passphrase") == station.data_key


def test_set_passphrase(station: StationKeys) -> None:
    vault = station.vault()
    vault.set_passphrase(BOB, "bob has a new passphrase", kdf=CHEAP)
    with pytest.raises(WrongPassphrase):
        station.keys.unlock(BOB, BOB_PASS)
    assert station.keys.unlock(BOB, "bob has a new passphrase") == station.data_key
    with pytest.raises(NoSuchUser):
        vault.set_passphrase("nobody", "whatever passphrase", kdf=CHEAP)


def test_kdf_parameters_can_be_raised_per_slot(station: StationKeys) -> None:
    stronger = KdfParams(memory_kib=64, iterations=2, lanes=2)
    station.vault().set_passphrase(BOB, BOB_PASS, kdf=stronger)
    tree = station.tree()
    assert tree["users"][BOB]["kdf"]["memory_kib"] == 64
    assert tree["users"][ALICE]["kdf"]["memory_kib"] == 8
    assert KeyFile.load(station.path).unlock(BOB, BOB_PASS) == station.data_key


def test_remove_user(station: StationKeys) -> None:
    station.keys.remove_user(BOB)
    keys = KeyFile.load(station.path)
    assert keys.users() == [ALICE]
    with pytest.raises(WrongPassphrase):
        keys.unlock(BOB, BOB_PASS)
    with pytest.raises(NoSuchUser):
        keys.remove_user(BOB)


def test_cannot_remove_the_last_user(station: StationKeys) -> None:
    station.vault().remove_user(BOB)
    before = station.path.read_bytes()
    with pytest.raises(LastUserSlot):
        station.keys.remove_user(ALICE)
    assert station.path.read_bytes() == before
    assert station.keys.unlock(ALICE, ALICE_PASS) == station.data_key


def test_set_recovery_key(station: StationKeys) -> None:
    new_raw, _ = generate_recovery_key()
    station.vault().set_recovery_key(new_raw)
    keys = KeyFile.load(station.path)
    assert keys.unlock_with_recovery(new_raw) == station.data_key
    with pytest.raises(WrongRecoveryKey):
        keys.unlock_with_recovery(station.recovery_key)


def test_recovery_vault_can_reset_a_passphrase(station: StationKeys) -> None:
    vault = station.keys.unlock_master_with_recovery(station.recovery_key)
    assert vault.username is None
    vault.set_passphrase(ALICE, "alice forgot and chose this", kdf=CHEAP)
    assert station.keys.unlock(ALICE, "alice forgot and chose this") == station.data_key


def test_failed_save_changes_nothing(station: StationKeys, monkeypatch: pytest.MonkeyPatch) -> None:
    before = station.path.read_bytes()

    def disk_full(path: Path, data: bytes, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    vault = station.vault()
    monkeypatch.setattr(keyfile_module, "atomic_write_bytes", disk_full)
    with pytest.raises(OSError):
        vault.add_user("carol", "carol's passphrase", kdf=CHEAP)
    with pytest.raises(OSError):
        station.keys.remove_user(BOB)
    assert station.keys.users() == [ALICE, BOB]
    assert station.path.read_bytes() == before


def test_change_made_elsewhere_is_not_overwritten(station: StationKeys) -> None:
    first, second = KeyFile.load(station.path), KeyFile.load(station.path)
    first.unlock_master(ALICE, ALICE_PASS).add_user("carol", "carol's passphrase", kdf=CHEAP)
    after_first = station.path.read_bytes()
    with pytest.raises(KeyFileChanged):
        second.remove_user(BOB)
    assert station.path.read_bytes() == after_first
    assert KeyFile.load(station.path).users() == [ALICE, BOB, "carol"]


def test_closed_vault_refuses_work(station: StationKeys) -> None:
    with station.vault() as vault:
        assert vault.data_key == station.data_key
    with pytest.raises(KeyFileError):
        _ = vault.data_key
    with pytest.raises(KeyFileError):
        vault.add_user("carol", "carol's passphrase", kdf=CHEAP)


# --- re-key and master rotation ------------------------------------------------------------------
def test_two_step_rekey(station: StationKeys) -> None:
    new_key = new_data_key()
    vault = station.vault()
    vault.begin_rekey(new_key)
    # Until PRAGMA rekey has committed, the old key stays current; both are at hand.
    reloaded = KeyFile.load(station.path)
    assert reloaded.rekey_pending
    assert reloaded.unlock(BOB, BOB_PASS) == station.data_key
    bob_vault = reloaded.unlock_master(BOB, BOB_PASS)
    assert bob_vault.pending_data_key == new_key
    with pytest.raises(KeyFileError):
        vault.begin_rekey(new_data_key())
    vault.finish_rekey()
    reloaded = KeyFile.load(station.path)
    assert not reloaded.rekey_pending
    # Bob's slot was never touched, yet it opens the new key.
    assert reloaded.unlock(BOB, BOB_PASS) == new_key
    assert reloaded.unlock_with_recovery(station.recovery_key) == new_key
    with pytest.raises(KeyFileError):
        vault.finish_rekey()


def test_abandoned_rekey_keeps_the_old_key(station: StationKeys) -> None:
    vault = station.vault()
    vault.begin_rekey(new_data_key())
    vault.abandon_rekey()
    reloaded = KeyFile.load(station.path)
    assert not reloaded.rekey_pending
    assert reloaded.unlock(BOB, BOB_PASS) == station.data_key


def test_rotate_master_drops_old_slots_and_copies(station: StationKeys) -> None:
    old_tree = station.tree()
    old_key_id = station.keys.key_id
    new_raw, _ = generate_recovery_key()
    vault = station.vault()
    vault.rotate_master({ALICE: ALICE_PASS, "carol": "carol's temporary pass"}, new_raw, kdf=CHEAP)
    keys = KeyFile.load(station.path)
    assert keys.key_id != old_key_id
    assert keys.users() == [ALICE, "carol"]
    assert keys.unlock("carol", "carol's temporary pass") == station.data_key
    assert keys.unlock_with_recovery(new_raw) == station.data_key
    with pytest.raises(WrongRecoveryKey):
        keys.unlock_with_recovery(station.recovery_key)
    # The vault follows the new master key.
    new_key = new_data_key()
    vault.begin_rekey(new_key)
    vault.finish_rekey()
    assert KeyFile.load(station.path).unlock("carol", "carol's temporary pass") == new_key

    # Bob kept a copy of his old slot: pasted into the new file, it opens nothing.
    def paste_bob(tree: dict[str, Any]) -> None:
        tree["users"][BOB] = old_tree["users"][BOB]

    station.rewrite(paste_bob)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(station.path).unlock(BOB, BOB_PASS)


def test_a_stale_vault_cannot_write_slots(station: StationKeys) -> None:
    stale = station.vault()
    station.vault().rotate_master({ALICE: ALICE_PASS}, generate_recovery_key()[0], kdf=CHEAP)
    with pytest.raises(KeyFileChanged):
        stale.add_user("carol", "carol's passphrase", kdf=CHEAP)


# --- parameters ----------------------------------------------------------------------------------
def test_default_kdf_meets_rfc_9106() -> None:
    # RFC 9106 section 4, second recommended option: 64 MiB, 3 passes, 4 lanes.
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert DEFAULT_KDF.iterations >= 3
    assert DEFAULT_KDF.lanes == 4


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(7, 1, 1), (16, 1, 4), (2 * 1024 * 1024, 1, 1), (64, 0, 1), (64, 17, 1), (64, 1, 0)],
)
def test_kdf_bounds(memory: int, iterations: int, lanes: int) -> None:
    with pytest.raises(ValueError):
        KdfParams(memory, iterations, lanes)


# --- nothing secret leaks ------------------------------------------------------------------------
def test_secrets_never_reach_the_file(station: StationKeys) -> None:
    station.vault().begin_rekey(new_data_key())
    raw = station.path.read_bytes()
    for secret in station.secrets():
        assert secret not in raw


def test_secrets_never_reach_messages_or_reprs(station: StationKeys) -> None:
    shown: list[object] = [station.keys, station.vault(), CHEAP, DEFAULT_KDF]
    typo = "Z" if station.recovery_text[-1] != "Z" else "Y"
    for attempt in (
        lambda: station.keys.unlock(ALICE, BOB_PASS),
        lambda: station.keys.unlock("nobody", ALICE_PASS),
        lambda: station.keys.unlock_with_recovery(bytes(32)),
        lambda: parse_recovery_key(station.recovery_text[:-1] + typo),
        lambda: parse_recovery_key(station.recovery_text + "X"),
        lambda: station.vault().add_user("x", "", kdf=CHEAP),
        lambda: station.vault().begin_rekey(station.data_key[:5]),
    ):
        with pytest.raises((KeyFileError, ValueError)) as caught:
            attempt()
        shown.append(caught.value)
    station.path.write_bytes(b"{")
    with pytest.raises(KeyFileCorrupt) as corrupt:
        KeyFile.load(station.path)
    shown.append(corrupt.value)
    for thing in shown:
        text = f"{thing!s} {thing!r}"
        for secret in station.secrets():
            assert secret.decode("latin-1") not in text
        assert ALICE_PASS not in text and station.data_key.hex() not in text
