"""Countries by ISO 3166-1 alpha-2 code, with the short names Thai and English readers use.

Thai official documents name a time by its country (``เวลาจีน``, ``เวลาไทย``) rather than by an
abbreviation such as ``CST``, which means China, Cuba or the central United States depending on
the reader. The Thai short names follow the Royal Institute's list of country names (the forms
the Ministry of Foreign Affairs prints); the table holds the countries a ministry's delegations
usually visit, and a code missing from it is printed as the code itself.
"""

from __future__ import annotations

#: code -> (Thai short name, English short name)
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "AE": ("สหรัฐอาหรับเอมิเรตส์", "the United Arab Emirates"),
    "AR": ("อาร์เจนตินา", "Argentina"),
    "AT": ("ออสเตรีย", "Austria"),
    "AU": ("ออสเตรเลีย", "Australia"),
    "BD": ("บังกลาเทศ", "Bangladesh"),
    "BE": ("เบลเยียม", "Belgium"),
    "BN": ("บรูไนดารุสซาลาม", "Brunei"),
    "BR": ("บราซิล", "Brazil"),
    "BT": ("ภูฏาน", "Bhutan"),
    "CA": ("แคนาดา", "Canada"),
    "CH": ("สวิตเซอร์แลนด์", "Switzerland"),
    "CL": ("ชิลี", "Chile"),
    "CN": ("จีน", "China"),
    "CZ": ("เช็ก", "Czechia"),
    "DE": ("เยอรมนี", "Germany"),
    "DK": ("เดนมาร์ก", "Denmark"),
    "EG": ("อียิปต์", "Egypt"),
    "ES": ("สเปน", "Spain"),
    "FI": ("ฟินแลนด์", "Finland"),
    "FR": ("ฝรั่งเศส", "France"),
    "GB": ("สหราชอาณาจักร", "the United Kingdom"),
    "GR": ("กรีซ", "Greece"),
    "HK": ("ฮ่องกง", "Hong Kong"),
    "HU": ("ฮังการี", "Hungary"),
    "ID": ("อินโดนีเซีย", "Indonesia"),
    "IE": ("ไอร์แลนด์", "Ireland"),
    "IL": ("อิสราเอล", "Israel"),
    "IN": ("อินเดีย", "India"),
    "IR": ("อิหร่าน", "Iran"),
    "IT": ("อิตาลี", "Italy"),
    "JP": ("ญี่ปุ่น", "Japan"),
    "KE": ("เคนยา", "Kenya"),
    "KH": ("กัมพูชา", "Cambodia"),
    "KR": ("เกาหลีใต้", "South Korea"),
    "KZ": ("คาซัคสถาน", "Kazakhstan"),
    "LA": ("ลาว", "Laos"),
    "LK": ("ศรีลังกา", "Sri Lanka"),
    "MM": ("เมียนมา", "Myanmar"),
    "MN": ("มองโกเลีย", "Mongolia"),
    "MO": ("มาเก๊า", "Macao"),
    "MX": ("เม็กซิโก", "Mexico"),
    "MY": ("มาเลเซีย", "Malaysia"),
    "NL": ("เนเธอร์แลนด์", "the Netherlands"),
    "NO": ("นอร์เวย์", "Norway"),
    "NP": ("เนปาล", "Nepal"),
    "NZ": ("นิวซีแลนด์", "New Zealand"),
    "PH": ("ฟิลิปปินส์", "the Philippines"),
    "PK": ("ปากีสถาน", "Pakistan"),
    "PL": ("โปแลนด์", "Poland"),
    "PT": ("โปรตุเกส", "Portugal"),
    "QA": ("กาตาร์", "Qatar"),
    "RU": ("รัสเซีย", "Russia"),
    "SA": ("ซาอุดีอาระเบีย", "Saudi Arabia"),
    "SE": ("สวีเดน", "Sweden"),
    "SG": ("สิงคโปร์", "Singapore"),
    "TH": ("ไทย", "Thailand"),
    "TL": ("ติมอร์-เลสเต", "Timor-Leste"),
    "TR": ("ตุรกี", "Türkiye"),
    "TW": ("ไต้หวัน", "Taiwan"),
    "US": ("สหรัฐอเมริกา", "the United States"),
    "UZ": ("อุซเบกิสถาน", "Uzbekistan"),
    "VN": ("เวียดนาม", "Viet Nam"),
    "ZA": ("แอฟริกาใต้", "South Africa"),
}


def country_name(code: str, *, thai: bool) -> str:
    """``จีน`` / ``China`` for ``CN``; an unknown code is returned as it is."""
    names = COUNTRY_NAMES.get(code.upper())
    if names is None:
        return code.upper()
    return names[0] if thai else names[1]
