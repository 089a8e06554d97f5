"""A password on an exported book: AES-256 encryption (PDF 2.0, security handler revision 6).

Officials carry classified books (ลับ / ลับมาก) on tablets; a book exported with a password
opens only with it. The reader may print and copy text (officials copy names into messages) but
not change, re-assemble or annotate the document: the file stays the edition it says it is.
Permissions are honoured by viewers, not enforced by the cipher; the password is.

ReportLab's own ``StandardEncryption`` plugs into the document (``BaseDocTemplate.encrypt``)
and writes the ``/Encrypt`` dictionary; this subclass only supplies the cipher. ReportLab 5.1's
AES-256 is revision 5 (deprecated in ISO 32000-2: one SHA-256 per password guess), encrypts
with ``pyaes`` in pure Python (about 0.15 MB/s: half a minute for a book with 60 photos) and
pads every string twice, leaving stray bytes in the title and bookmarks. Revision 6 (ISO
32000-2, algorithm 2.B: at least 64 rounds of SHA-2 and AES per guess) is what current readers
expect, and ``cryptography`` does the AES in C.

The password is never stored: it lives in this object for one export, and the file holds only
salted hashes of it. The owner password (which would lift the restrictions) is random per
export and thrown away, so nobody, the program included, can lift them later.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
import unicodedata
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.padding import PKCS7
from reportlab.lib.pdfencrypt import (
    StandardEncryption,
    StandardEncryptionDictionary,
    copypastable,
    hexText,
    higherbits,
    printable,
)
from reportlab.lib.utils import asBytes

from brst_desktop.errors import UserError

#: The same floor as the database passphrase: the file can be attacked offline, guess after guess.
MIN_PASSWORD_LENGTH = 8
#: Readers use at most 127 bytes of the UTF-8 password (ISO 32000-2, 7.6.4.3.3).
MAX_PASSWORD_BYTES = 127
#: Permission bits (ISO 32000-2, table 22, numbered from 1): 9 fill in forms, 11 assemble.
_FILL_FORMS = 1 << 8
_ASSEMBLE = 1 << 10


class PdfPasswordError(UserError):
    """The password cannot protect a PDF that every reader opens the same way."""


def check_password(password: str | None) -> str | None:
    """The password to encrypt with, or None for no encryption (None or ""). Refuses one that
    PDF readers would not all turn into the same bytes: readers that follow the standard
    normalise it (SASLprep, NFKC) before hashing, others (PDFium) take it as typed, so only a
    password that normalisation leaves unchanged opens everywhere."""
    if not password:
        return None
    for char in password:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise PdfPasswordError(
                "The PDF password contains an invisible or control character; type it again"
                " with the keyboard only."
            )
    changed = [c for c in dict.fromkeys(password) if unicodedata.normalize("NFKC", c) != c]
    if changed:
        raise PdfPasswordError(
            "PDF readers do not all read the character {chars} in a password the same way;"
            " choose a password without it.",
            chars=" ".join(changed),
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PdfPasswordError(
            "Use at least {count} characters for a PDF password; a short sentence is best.",
            count=MIN_PASSWORD_LENGTH,
        )
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise PdfPasswordError(
            "The PDF password is too long for PDF readers: use at most 127 bytes (127 English"
            " or about 40 Thai letters)."
        )
    return password


def _aes_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def _aes_ecb(key: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # one block: Perms
    return encryptor.update(data) + encryptor.finalize()


def hash_2b(password: bytes, salt: bytes, user_key: bytes = b"") -> bytes:
    """ISO 32000-2 algorithm 2.B: the slow hash that makes each password guess cost."""
    k = hashlib.sha256(password + salt + user_key).digest()
    rounds = 0
    while True:
        block = (password + k + user_key) * 64
        e = _aes_cbc(k[:16], k[16:32], block)
        choice = sum(e[:16]) % 3
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[choice](e).digest()
        rounds += 1
        if rounds >= 64 and e[-1] <= rounds - 32:
            return k[:32]


class _EncryptDictionary(StandardEncryptionDictionary):
    """/Encrypt for revision 6 (ReportLab's own dictionary knows revisions 2, 3 and 5)."""

    # set by ReportLab's constructor (its stubs leave them out)
    O: bytes  # noqa: E741 (the PDF key's own name, as ReportLab spells it)
    OE: bytes
    U: bytes
    UE: bytes
    P: int
    Perms: bytes

    def __init__(self, encryption: BookEncryption) -> None:
        e = encryption
        super().__init__(e.O, e.OE, e.U, e.UE, e.P, e.Perms, revision=6)

    def format(self, document: Any) -> bytes:
        from reportlab.pdfbase.pdfdoc import DummyDoc, PDFDictionary, PDFName

        def name(value: str) -> Any:
            return PDFName(value)

        crypt_filter = PDFDictionary(
            {"CFM": name("AESV3"), "AuthEvent": name("DocOpen"), "Length": 32}
        )
        keys = {"O": self.O, "U": self.U, "OE": self.OE, "UE": self.UE, "Perms": self.Perms}
        entries: dict[str, Any] = {key: hexText(value) for key, value in keys.items()}
        entries.update(
            P=self.P,
            Filter=name("Standard"),
            V=5,
            R=6,
            Length=256,
            CF=PDFDictionary({"StdCF": crypt_filter}),
            StmF=name("StdCF"),
            StrF=name("StdCF"),
        )
        return PDFDictionary(entries).format(DummyDoc())  # a dummy: the keys stay unencrypted


class BookEncryption(StandardEncryption):
    """AES-256 with ``password`` to open; printing and copying allowed, changes denied."""

    # ReportLab's attributes (its stubs leave most of them untyped)
    prepared: int
    userPassword: str
    ownerPassword: str
    key: bytes
    O: bytes  # noqa: E741 (the PDF key's own name, as ReportLab spells it)
    OE: bytes
    U: bytes
    UE: bytes
    P: int
    Perms: bytes

    def __init__(self, password: str) -> None:
        # The strength only picks ReportLab's own cipher, which prepare/encode replace.
        super().__init__(
            password,
            secrets.token_urlsafe(32),
            canPrint=1,
            canModify=0,
            canCopy=1,
            canAnnotate=0,
            strength=128,
        )
        self.revision = 6

    def permissionBits(self) -> int:
        return (printable | copypastable | higherbits) & ~(_FILL_FORMS | _ASSEMBLE)

    def prepare(self, document: Any, overrideID: Any = None) -> None:
        if self.prepared:
            raise ValueError("encryption already prepared")
        user = self.userPassword.encode("utf-8")[:MAX_PASSWORD_BYTES]
        owner = self.ownerPassword.encode("utf-8")[:MAX_PASSWORD_BYTES]
        self.key = os.urandom(32)
        validation, key_salt = os.urandom(8), os.urandom(8)
        self.U = hash_2b(user, validation) + validation + key_salt
        self.UE = _aes_cbc(hash_2b(user, key_salt), bytes(16), self.key)
        validation, key_salt = os.urandom(8), os.urandom(8)
        self.O = hash_2b(owner, validation, self.U) + validation + key_salt
        self.OE = _aes_cbc(hash_2b(owner, key_salt, self.U), bytes(16), self.key)
        self.P = struct.unpack("<i", struct.pack("<I", self.permissionBits() | 0xFFFFF000))[0]
        perms = struct.pack("<i", self.P) + b"\xff\xff\xff\xffTadb" + os.urandom(4)
        self.Perms = _aes_ecb(self.key, perms)
        self.objnum = self.version = None
        self.prepared = 1
        # The password is not needed once the keys exist: drop it so that nothing holding
        # the document (a traceback, a debugger) can show it.
        self.userPassword = self.ownerPassword = ""

    def encode(self, t: bytes | str) -> bytes:
        """One string or stream: AES-256-CBC with a random IV in front, PKCS#7 padded."""
        if not self.prepared:
            raise ValueError("encryption not prepared")
        data = asBytes(t)  # ReportLab hands over bytes; a str as its own cipher would take it
        padder = PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        iv = os.urandom(16)
        return iv + _aes_cbc(self.key, iv, padded)

    def info(self) -> _EncryptDictionary:
        if not self.prepared:
            raise ValueError("encryption not prepared")
        return _EncryptDictionary(self)
