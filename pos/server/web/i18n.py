"""The office pages' words in English and Hindi: one dict, English text as the key.

Templates call ``_("English text")``; a text missing here shows in English, and
tests/test_server_web_i18n.py fails on any ``_("…")`` in the templates or routes (and any
column label, role, view or tender) that has no Hindi.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("en", "hi")

# Column keys of the tables that download as CSV -> their English label on screen.
COLUMNS = {
    "business_date": "Date",
    "outlet": "Outlet",
    "name": "Name",
    "bills": "Bills",
    "returns": "Returns",
    "net_paise": "Net",
    "gst_paise": "GST",
    "cash_paise": "Cash",
    "upi_paise": "UPI",
    "card_paise": "Card",
    "tender": "Tender",
    "amount_paise": "Amount",
    "shg_code": "SHG",
    "sold_qty": "Quantity sold",
    "sales_paise": "Sales value",
}
# Words that are data on the server (roles, views, tenders, sale kinds) shown translated.
DATA_WORDS = (
    "admin", "officer", "viewer", "day", "outlet", "tender", "shg", "cash", "upi", "card",
    "sale", "return",
)  # fmt: skip

HI: dict[str, str] = {
    "Sarv POS district office": "सर्व पीओएस ज़िला कार्यालय",
    "Today": "आज",
    "Outlets and tills": "आउटलेट और टिल",
    "Sales": "बिक्री",
    "Audit log": "बदलावों का लेखा",
    "Staff": "कर्मचारी",
    "Sign in": "साइन इन",
    "Sign out": "साइन आउट",
    "User name": "उपयोगकर्ता नाम",
    "Password": "पासवर्ड",
    "New password": "नया पासवर्ड",
    "Not allowed": "अनुमति नहीं",
    "Back to Today": "आज पर वापस",
    "Back to outlets": "आउटलेट पर वापस",
    "Back to sales": "बिक्री पर वापस",
    "Role": "भूमिका",
    "State": "स्थिति",
    "Change": "बदलें",
    "Activate": "चालू करें",
    "Deactivate": "बंद करें",
    "Set role": "भूमिका तय करें",
    "Reset password": "पासवर्ड बदलें",
    "Add a user": "उपयोगकर्ता जोड़ें",
    "active": "चालू",
    "deactivated": "बंद",
    "locked until": "तब तक लॉक",
    "revoked": "रद्द",
    "silent": "संपर्क नहीं",
    "silent for a day": "एक दिन से संपर्क नहीं",
    "void": "निरस्त",
    "When": "कब",
    "Who": "किसने",
    "What": "क्या",
    "Of": "किसका",
    "Before": "पहले",
    "After": "बाद में",
    "Nothing yet.": "अभी कुछ नहीं।",
    "None.": "कोई नहीं।",
    "Outlet": "आउटलेट",
    "Outlet code": "आउटलेट कोड",
    "Name": "नाम",
    "Bills": "बिल",
    "Returns": "वापसी",
    "Net": "शुद्ध",
    "GST": "जीएसटी",
    "Cash": "नकद",
    "UPI": "यूपीआई",
    "Card": "कार्ड",
    "Tender": "भुगतान का तरीका",
    "Tenders": "भुगतान",
    "Amount": "राशि",
    "SHG": "स्वयं सहायता समूह",
    "Quantity sold": "बिकी मात्रा",
    "Sales value": "बिक्री मूल्य",
    "Date": "तारीख",
    "No outlets yet.": "अभी कोई आउटलेट नहीं।",
    "Tills enrolled": "पंजीकृत टिल",
    "Sales today": "आज की बिक्री",
    "Sales this month": "इस महीने की बिक्री",
    "Net sales, last 30 days": "शुद्ध बिक्री, पिछले 30 दिन",
    "Tills not synced for 24 hours": "24 घंटे से सिंक न हुए टिल",
    "Tills whose clock runs ahead": "जिन टिल की घड़ी आगे चल रही है",
    "Events in attention": "ध्यान माँगती घटनाएँ",
    "Histories that no longer chain": "टूटी हुई श्रृंखला वाले इतिहास",
    "Sold at an old MRP": "पुराने एमआरपी पर बिका",
    "Till": "टिल",
    "Last sync": "पिछला सिंक",
    "Enrolled": "पंजीकरण",
    "Highest seq held": "सबसे ऊँचा क्रमांक",
    "Flags": "चेतावनियाँ",
    "Revoke": "रद्द करें",
    "Replace (to do)": "बदलें (बाकी)",
    "Replacing a dead till comes with the till identity work": (
        "ख़राब टिल को बदलना टिल पहचान के काम के साथ आएगा"
    ),
    "No till enrolled yet.": "अभी कोई टिल पंजीकृत नहीं।",
    "New enrolment code": "नया पंजीकरण कोड",
    "Add an outlet": "आउटलेट जोड़ें",
    "Enrolment code": "पंजीकरण कोड",
    "Enrolment code for outlet": "आउटलेट का पंजीकरण कोड",
    "This code is shown only once. Write it down or scan the QR on the till now; it works "
    "once, for 7 days.": (
        "यह कोड केवल एक बार दिखाया जाता है। इसे लिख लें या अभी टिल पर क्यूआर स्कैन करें; "
        "यह 7 दिन तक, एक बार चलता है।"
    ),
    "District server": "ज़िला सर्वर",
    "On the till": "टिल पर",
    "From": "से",
    "To": "तक",
    "All outlets": "सभी आउटलेट",
    "By": "के अनुसार",
    "Show": "दिखाएँ",
    "Download CSV": "CSV डाउनलोड करें",
    "Nothing in this period.": "इस अवधि में कुछ नहीं।",
    "Receipts": "रसीदें",
    "Receipt": "रसीद",
    "Time": "समय",
    "Kind": "प्रकार",
    "Total": "कुल",
    "Item": "सामान",
    "Qty": "मात्रा",
    "Price": "दाम",
    "MRP": "एमआरपी",
    "Discount": "छूट",
    "Taxable value": "कर योग्य मूल्य",
    "Round off": "पूर्णांकन",
    "The form has expired; try again.": "फ़ॉर्म पुराना हो गया है; फिर से कोशिश करें।",
    "Wrong user name or password.": "उपयोगकर्ता नाम या पासवर्ड ग़लत है।",
    "This account is locked for 15 minutes after five wrong passwords.": (
        "पाँच ग़लत पासवर्ड के बाद यह खाता 15 मिनट के लिए लॉक है।"
    ),
    "Too many failed sign-ins; wait 15 minutes.": ("बहुत सारे असफल साइन इन; 15 मिनट रुकें।"),
    "your role does not allow this": "आपकी भूमिका इसकी अनुमति नहीं देती",
    "the form's security token is missing or stale; reload the page": (
        "फ़ॉर्म का सुरक्षा टोकन नहीं है या पुराना है; पेज फिर से खोलें"
    ),
    "admin": "प्रशासक",
    "officer": "अधिकारी",
    "viewer": "दर्शक",
    "day": "दिन",
    "outlet": "आउटलेट",
    "tender": "भुगतान का तरीका",
    "shg": "स्वयं सहायता समूह",
    "cash": "नकद",
    "upi": "यूपीआई",
    "card": "कार्ड",
    "sale": "बिक्री",
    "return": "वापसी",
}


def translator(lang: str) -> Callable[[str], str]:
    """``_`` for a page: the Hindi of an English text when ``lang`` is "hi", else the text."""
    if lang != "hi":
        return lambda text: text
    return lambda text: HI.get(text, text)
