"""Adding, changing, deleting and undoing diary entries in any order: the database always says what a plain
in-memory model of the diary says (the entries shown, newest first, and the chart's daily values)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import DiaryEntry, Granularity, Medicine, Stiffness, daily_means
from ledhalsa_desktop.storage import diary_records as records
from ledhalsa_desktop.storage import diary_repository as repo
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.migrate import upgrade_to_head

TODAY = date(2027, 3, 10)
NOW = datetime(2027, 3, 10, 9, 0, tzinfo=UTC)
FIRST = TODAY - timedelta(days=40)

entries = st.builds(
    DiaryEntry,
    day=st.integers(0, 40).map(lambda back: TODAY - timedelta(days=back)),
    time=st.builds(time, st.integers(0, 23), st.integers(0, 59)),
    pains=st.dictionaries(st.sampled_from(list(Joint)), st.integers(0, 10), min_size=1),
    stiffness=st.none() | st.sampled_from(list(Stiffness)),
    sleep_disturbed=st.none() | st.booleans(),
    medicine=st.sampled_from([Medicine.NONE, Medicine.PARACETAMOL]),
    flare=st.booleans(),
    note=st.text(alphabet="abc åäö", max_size=12).map(lambda text: " ".join(text.split())),
)


@pytest.fixture(scope="module")
def template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="diary-stateful-"))
    path = folder / "template.db"
    upgrade_to_head(path, "test")
    return path


class DiaryMachine(RuleBasedStateMachine):
    template: Path

    shown = Bundle("shown")
    deleted = Bundle("deleted")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="diary-run-"))
        path = self.folder / "ledhalsa.db"
        shutil.copyfile(self.template, path)
        self.db = Database(path)
        self.model: dict[int, DiaryEntry] = {}  # what is shown
        self.hidden: dict[int, DiaryEntry] = {}  # what is deleted and can come back

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(target=shown, entry=entries)
    def add(self, entry: DiaryEntry) -> int:
        entry_id = repo.save_entry(self.db, entry, TODAY, NOW)
        assert entry_id not in self.model
        self.model[entry_id] = entry
        return entry_id

    @rule(entry_id=shown, entry=entries)
    def change(self, entry_id: int, entry: DiaryEntry) -> None:
        if entry_id not in self.model:  # deleted meanwhile: a change is refused
            with pytest.raises(repo.EntryNotFound):
                repo.update_entry(self.db, entry_id, entry, TODAY, NOW)
            return
        repo.update_entry(self.db, entry_id, entry, TODAY, NOW)
        self.model[entry_id] = entry

    @rule(target=deleted, entry_id=consumes(shown))
    def delete(self, entry_id: int) -> int:
        repo.delete_entry(self.db, entry_id, NOW)
        self.hidden[entry_id] = self.model.pop(entry_id)
        return entry_id

    @rule(target=shown, entry_id=consumes(deleted))
    def undo(self, entry_id: int) -> int:
        repo.undo_delete(self.db, entry_id)
        self.model[entry_id] = self.hidden.pop(entry_id)
        return entry_id

    @invariant()
    def the_database_says_what_the_model_says(self) -> None:
        with records.reading(self.db.path) as conn:
            found = records.read_entries(conn, FIRST, TODAY)
            daily = records.pain_means(conn, FIRST, TODAY, Granularity.DAY)
            first = records.first_day(conn)
        expected = sorted(self.model.items(), key=lambda item: (item[1].day, item[1].time, item[0]), reverse=True)
        assert [(item.id, item.entry) for item in found] == expected
        reference = daily_means(self.model.values())
        assert [(row.start, row.joint) for row in daily] == [(row.start, row.joint) for row in reference]
        assert [row.mean for row in daily] == pytest.approx([row.mean for row in reference])
        assert first == (min(entry.day for entry in self.model.values()) if self.model else None)


def test_the_diary_in_any_order_of_actions(template: Path) -> None:
    DiaryMachine.template = template
    run = DiaryMachine.TestCase
    run.settings = settings(
        max_examples=8, stateful_step_count=10, deadline=None, suppress_health_check=list(HealthCheck)
    )
    run().runTest()
