"""Composition root: open a station's data folder and wire the services for one user.

    station = Station.open(data_dir, "ayesha", passphrase)
    number = station.intake.register(data).number
    station.close()

Signing in and out (set-up, unlock, recovery, the lock screen, re-key, logout) is
services/station_session.py; the data folder's files are named in storage/data_folder.py.
Nothing here is Qt; the window and the ``desk-app`` command both come through this class.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_app.domain.taxonomy import Taxonomy, load_taxonomy
from desk_app.printing.spooler import PrintSystem, default_print_system
from desk_app.services.accounts import AccountService
from desk_app.services.audit_trail import AuditTrailService
from desk_app.services.backups import BackupService
from desk_app.services.cases import CaseService
from desk_app.services.common import Clock, utc_now
from desk_app.services.complaint_views import StationContext
from desk_app.services.directory import DirectoryService
from desk_app.services.doctor import Doctor, Finding, HqTarget
from desk_app.services.documents import DocumentService
from desk_app.services.drafts import DraftService
from desk_app.services.intake import IntakeService
from desk_app.services.khidmat import KhidmatService
from desk_app.services.khidmat_disclosure import KhidmatDisclosure
from desk_app.services.khidmat_documents import KhidmatDocuments
from desk_app.services.khidmat_station import KhidmatStationService
from desk_app.services.khidmat_views import KhidmatContext
from desk_app.services.monthly_report import ReportService
from desk_app.services.printing import PrintService
from desk_app.services.referral_documents import ReferralDocuments
from desk_app.services.referrals import ReferralService
from desk_app.services.restore import RestoreService
from desk_app.services.station_details import StationDetailsService
from desk_app.services.station_info import (
    NewAccount,
    StationInfo,
    default_data_dir,
    is_initialised,
)
from desk_app.services.station_session import StationSession
from desk_app.services.station_view import StationViewService
from desk_app.services.sync_queue import SyncContext
from desk_app.services.sync_run import SyncService
from desk_app.storage.data_folder import ATTEMPTS_FILE, DataFolder
from desk_app.storage.keys.keyfile import KdfParams

__all__ = [
    "ATTEMPTS_FILE",
    "KdfParams",
    "NewAccount",
    "Station",
    "StationInfo",
    "default_data_dir",
    "is_initialised",
]


class Station:
    """An unlocked station for one signed-in user.

    Attributes:
        data_dir: the station's data folder.
        info: station code, name, district, province, phone, time zone (as now corrected).
        user: the signed-in user.
        taxonomy: the complaint categories and their codes.
        intake, accounts, audit, backups, drafts, documents, directory, referrals,
            referral_slips, printing, sync, details, cases:
            the services, bound to that user (``details``: the station's own details;
            ``cases``: closing, reopening, the FIR and follow-ups; ``reports``: the
            monthly summary; ``station_view``: the in-charge's figures of her station).
        khidmat, khidmat_station, khidmat_disclosure, khidmat_documents: the Khidmat
            Markaz service log, the station's choices for it, a complaint opened from a
            service entry, and the token slip.

    Threading: built, used and closed on one thread at a time (the database worker). A
    correction of the station's details replaces ``info``, ``intake``, ``referrals`` and the
    ``khidmat`` services on that thread; the window reads them afresh for each operation.
    """

    def __init__(
        self,
        session: StationSession,
        taxonomy: Taxonomy,
        print_system: Callable[[], PrintSystem] = default_print_system,
    ) -> None:
        info, actor, store, clock = session.info, session.actor, session.store, session.clock
        self.data_dir = session.folder.root
        self.info = info
        self.user = actor
        self.taxonomy = taxonomy
        self._session = session
        self._store = store
        self._clock = clock
        self._printers = print_system
        self.accounts = AccountService(store, actor, session.vault, clock)
        self.audit = AuditTrailService(store, actor)
        self.backups = BackupService(
            store, actor, clock, lambda: session.vault.data_key, ZoneInfo(info.timezone)
        )
        self.drafts = DraftService(store, actor, clock)
        self.directory = DirectoryService(store, actor, clock)
        self.documents = DocumentService(
            store,
            actor,
            taxonomy,
            clock,
            self.directory.effective,
            services=lambda *days: self.khidmat_documents.register_section(*days),
        )
        self.referral_slips = ReferralDocuments(
            store, actor, taxonomy, info.timezone, clock, self.directory.effective
        )
        self.printing = PrintService(store, actor, clock, print_system)
        self.sync = SyncService(
            store,
            actor,
            SyncContext(info.code, info.district, info.province, info.desk),
            ZoneInfo(info.timezone),
            clock,
        )
        self.details = StationDetailsService(store, actor, clock, on_changed=self._wire_details)
        self._wire_details(info)
        self.sync.backfill()  # once per store: complaints saved before the outbox existed
        self.khidmat.refresh_counts()  # services that became overdue since the last sign-in
        self.sync.refresh_outcomes()  # deadlines run out, follow-ups overdue since then

    def _wire_details(self, info: StationInfo) -> None:
        """The services that hold the station's district and province, for these details (at
        sign-in, and again when the in-charge corrects them)."""
        self.info = info
        context = StationContext(info.code, info.district, info.province, info.timezone, info.desk)
        self.intake = IntakeService(self._store, self.user, self.taxonomy, context, self._clock)
        self.referrals = ReferralService(
            self._store, self.user, context, self._clock, self.directory.effective
        )
        self.cases = CaseService(
            self._store, self.user, context, self._clock, self._session.check_in_charge
        )
        self.reports = ReportService(self._store, self.user, context, self._clock)
        self.station_view = StationViewService(
            self._store, self.user, context, self._clock, self.sync.status
        )
        self.sync.use_context(SyncContext(info.code, info.district, info.province, info.desk))
        khidmat = KhidmatContext(
            info.code, info.district, info.province, info.timezone, desk=info.desk
        )
        store, user, clock = self._store, self.user, self._clock
        self.khidmat_station = KhidmatStationService(store, user, khidmat, clock)
        self.khidmat = KhidmatService(store, user, khidmat, clock, self.khidmat_station)
        self.khidmat_disclosure = KhidmatDisclosure(store, user, clock, self.intake)
        self.khidmat_documents = KhidmatDocuments(
            store, user, khidmat, clock, self.khidmat_station.catalogue
        )

    @classmethod
    def init(
        cls,
        data_dir: Path,
        info: StationInfo,
        admin: NewAccount,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> tuple[Station, str]:
        """Create a new station with its in-charge; returns it and the recovery key text,
        which is shown this once and never stored in the clear."""
        folder = DataFolder(data_dir)
        session, recovery = StationSession.create(
            folder, info, admin, passphrase, clock=clock, kdf=kdf
        )
        return cls._wired(session), recovery

    @staticmethod
    def check_folder(data_dir: Path) -> None:
        """StoreUnavailable unless ``data_dir`` holds a station whose files can be opened."""
        StationSession.check_folder(DataFolder(data_dir))

    @classmethod
    def open(
        cls,
        data_dir: Path,
        username: str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> Station:
        """Unlock the station for ``username``. A wrong passphrase raises AuthenticationFailed
        and is counted; after five, each further try waits longer (LockedOut)."""
        folder = DataFolder(data_dir)
        session = StationSession.unlock(folder, username, passphrase, clock=clock, kdf=kdf)
        return cls._wired(session)

    @classmethod
    def recover(
        cls,
        data_dir: Path,
        recovery_key: str,
        username: str,
        new_passphrase: str,
        *,
        clock: Clock = utc_now,
        kdf: KdfParams | None = None,
    ) -> Station:
        """The sealed recovery key sets a new passphrase for an in-charge."""
        folder = DataFolder(data_dir)
        session = StationSession.recover(
            folder, recovery_key, username, new_passphrase, clock=clock, kdf=kdf
        )
        return cls._wired(session)

    @classmethod
    def _wired(cls, session: StationSession) -> Station:
        """The services on a signed-in session; if wiring them fails (the store found
        damaged, say), the session is closed, not left open behind the error."""
        try:
            return cls(session, load_taxonomy())
        except BaseException:
            session.close()
            raise

    @staticmethod
    def restore_service(
        data_dir: Path, *, clock: Clock = utc_now, kdf: KdfParams | None = None
    ) -> RestoreService:
        """Restoring a backup into ``data_dir``. No one is signed in here: the backup's
        in-charge proves herself to the copy (services/restore.py)."""
        return RestoreService(DataFolder(data_dir), clock=clock, kdf=kdf)

    def check_health(self, doctor: Doctor | None = None) -> list[Finding]:
        """Every health check on this open station (services/doctor.py); ``doctor`` brings
        its own print system, HQ session and clock (tests)."""
        return (doctor or self.doctor()).run(self._store)

    def check_health_here(self, doctor: Doctor | None = None) -> tuple[list[Finding], HqTarget]:
        """The checks on this computer, and where HQ is (for ``Doctor.hq`` on a network
        worker)."""
        return (doctor or self.doctor()).local(self._store)

    def doctor(self) -> Doctor:
        return Doctor(
            self.data_dir, clock=self._clock, print_system=self._printers, zone=self.info.timezone
        )

    def unlock_again(self, passphrase: str) -> None:
        """The lock screen: the signed-in user proves it is still her (see StationSession)."""
        self._session.unlock_again(passphrase)

    def renew_recovery_key(self) -> str:
        """A new recovery key replaces the one whose sheet was opened (in-charge only); its
        text is returned, to be shown once (see StationSession)."""
        return self._session.renew_recovery_key()

    def rekey(self) -> None:
        """Re-encrypt the whole database under a new data key (in-charge only)."""
        self._session.rekey()

    def close(self) -> None:
        """Log out: stop syncing, write the audit entry and close the store."""
        self.sync.stop()  # a sync run in progress stops after its current batch
        self._session.close()
