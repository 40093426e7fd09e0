# Independent reference implementation of the Veil derivations (for golden test values).
import hmac, hashlib, base64, struct
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives import hashes
key = bytes(range(1, 33))
def sub(label):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"veil-hkdf-v1", info=("veil/v1/"+label).encode()).derive(key)
def enc(*fields):
    out = struct.pack(">i", len(fields))
    for f in fields:
        b = f.encode("utf-8"); out += struct.pack(">i", len(b)) + b
    return out
def mac(label, msg): return hmac.new(sub(label), msg, hashlib.sha256).digest()
def b32(b): return base64.b32encode(b).decode().rstrip("=")
fp = hashlib.sha256(b"veil-fingerprint" + hmac.new(key, b"fingerprint", hashlib.sha256).digest()).hexdigest()[:16]
print("fingerprint", fp)
print("patientId", b32(mac("patient-id", enc("HOSP", "12345")))[:16])
print("patientName", "PAT^" + b32(mac("patient-name", enc("HOSP", "12345")))[:16])
print("patientId8", "ANON-" + b32(mac("patient-id", enc("HOSP", "12345")))[:8])
print("accession", b32(mac("accession-number", enc("", "A123")))[:16])
print("studyId", b32(mac("study-id", enc("1.2.3", "1")))[:16])
print("otherId", b32(mac("other-patient-id", enc("OTHER", "12345")))[:16])
uid = "1.2.840.113619.2.55.3.604688119.969.1268071029.320"
print("uid", "2.25." + str(int.from_bytes(mac("uid", uid.encode())[:16], "big")))
print("uidInvalid", "2.25." + str(int.from_bytes(mac("uid", "1.2.03.x".encode())[:16], "big")))
bits = int.from_bytes(mac("date-shift", enc("HOSP", "12345"))[:8], "big")
print("offset", -365 + bits % 365, "range -10..10:", -10 + bits % 21)
print("audit-hmac-abc", mac("audit-log", b"abc").hex())
print("text-hmac-abc", mac("text", b"abc").hex())
