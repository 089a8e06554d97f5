"""Passphrase dialogs: unlock an encrypted database at start, and set, change or remove the
passphrase. Fields never echo; the new passphrase is typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """``mode``: "unlock", "set", "change" or "remove"."""

    def __init__(
        self, mode: str, database_name: str = "", parent: QWidget | None = None, wrong: bool = False
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setObjectName(f"passphrase-{mode}")
        titles = {
            "unlock": self.tr("Unlock the database"),
            "set": self.tr("Protect the database with a passphrase"),
            "change": self.tr("Change the passphrase"),
            "remove": self.tr("Remove the passphrase"),
        }
        self.setWindowTitle(titles[mode])
        explanations = {
            "unlock": self.tr("%1 is protected by a passphrase. Type it to open the database."),
            "set": self.tr(
                "Without the passphrase nobody can read %1 or its backups, not even you: if it is"
                " forgotten, the data cannot be recovered. Keep it somewhere safe."
            ),
            "change": self.tr("%1 and its backups will open only with the new passphrase."),
            "remove": self.tr(
                "%1 and its backups will be stored unencrypted: anyone with the laptop can read"
                " them."
            ),
        }
        self.explanation = QLabel(explanations[mode].replace("%1", database_name))
        self.explanation.setWordWrap(True)
        self.current = self._field("current")
        self.new = self._field("new")
        self.confirm = self._field("confirm")
        form = QFormLayout()
        if mode in ("unlock", "change", "remove"):
            label = self.tr("Passphrase:") if mode == "unlock" else self.tr("Current passphrase:")
            form.addRow(label, self.current)
        if mode in ("set", "change"):
            form.addRow(self.tr("New passphrase:"), self.new)
            form.addRow(self.tr("Type it again:"), self.confirm)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        if wrong:
            self.problem.setText(self.tr("That passphrase is wrong. Try again."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_texts = {
            "unlock": self.tr("Open"),
            "set": self.tr("Encrypt"),
            "change": self.tr("Change"),
            "remove": self.tr("Remove encryption"),
        }
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_texts[mode])
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _check_and_accept(self) -> None:
        if self.mode in ("unlock", "change", "remove") and not self.current.text():
            self.problem.setText(self.tr("Type the current passphrase."))
            return
        if self.mode in ("set", "change"):
            if len(self.new.text()) < MIN_LENGTH:
                self.problem.setText(
                    self.tr("Use at least %1 characters; a short sentence is best.").replace(
                        "%1", str(MIN_LENGTH)
                    )
                )
                return
            if self.new.text() != self.confirm.text():
                self.problem.setText(self.tr("The two new passphrases are not the same."))
                return
        self.accept()

    @property
    def current_passphrase(self) -> str:
        return self.current.text()

    @property
    def new_passphrase(self) -> str:
        return self.new.text()
