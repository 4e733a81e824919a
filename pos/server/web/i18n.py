"""The office pages' words in English and Hindi: one dict, English text as the key.

Templates call ``_("English text")``; a text missing here shows in English, and
``test_every_text_on_the_office_pages_has_hindi`` (tests/server/test_server_web_pages.py) fails
on any ``_("…")`` in the templates or routes (and any column label, role, view or tender) that
has no Hindi.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pos import refusals

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
    "other_paise": "Other",
    "tender": "Tender",
    "amount_paise": "Amount",
    "shg_code": "SHG",
    "sold_qty": "Quantity sold",
    "returned_qty": "Quantity returned",
    "sales_paise": "Sales value",
}
# Words that are data on the server (roles, views, tenders, sale kinds) shown translated.
DATA_WORDS = (
    "admin", "officer", "viewer", "day", "outlet", "tender", "shg", "cash", "upi", "card", "other",
    "sale", "return", "price", "tax_rate", "product",
)  # fmt: skip

# The audit log's action keys and the fields of its rows -> English words on the page.
AUDIT_ACTIONS = {
    "outlet.code": "Enrolment code issued",
    "outlet.gstin": "GSTIN set",
    "till.revoke": "Till revoked",
    "till.replace": "Replacement code issued",
    "shg.save": "SHG saved and published",
    "user.add": "User added",
    "user.active": "User activated or deactivated",
    "user.password": "Password reset",
    "user.role": "Role changed",
    "catalog.price": "Price published",
    "catalog.tax_rate": "GST rate published",
    "catalog.import": "Catalog file published",
    "catalog.product": "Product published",
    "catalog.category": "Category published",
    "catalog.shg": "SHG published",
    "order reassigned": "Order moved to another outlet",
    "outlet.areas": "Delivery areas set",
    "orders.retention": "Customers' details retention set",
}
AUDIT_FIELDS = {
    "role": "Role", "active": "Active", "password": "Password", "name": "Name",
    "gstin": "GSTIN", "name_en": "Name in English", "name_hi": "Name in Hindi",
    "village": "Village", "block": "Block", "contact": "Contact",
    "bank_account": "Bank account", "ifsc": "IFSC", "upi_vpa": "UPI ID", "code": "Code",
    "revoked": "Revoked", "mrp_paise": "MRP", "effective_from": "From",
    "sku": "SKU", "rate_bp": "Rate", "hsn": "HSN", "replacement_code": "Replacement code",
    "outlet": "Outlet", "areas": "Areas", "days": "Days",
}  # fmt: skip
AUDIT_WORDS = ("yes", "no", "reset", "issued", "admin", "officer", "viewer")

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
    "Back to the day's receipts": "उस दिन की रसीदों पर वापस",
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
    "Changes": "बदलाव",
    "Enrolment code issued": "नामांकन कोड जारी",
    "GSTIN set": "जीएसटीआईएन दर्ज",
    "Till revoked": "टिल रद्द",
    "Replacement code issued": "बदली का कोड जारी",
    "SHG saved and published": "समूह सहेजा और प्रकाशित किया",
    "User added": "उपयोगकर्ता जोड़ा",
    "User activated or deactivated": "उपयोगकर्ता चालू या बंद किया",
    "Password reset": "पासवर्ड बदला गया",
    "Role changed": "भूमिका बदली",
    "Price published": "दाम प्रकाशित",
    "GST rate published": "जीएसटी दर प्रकाशित",
    "Catalog file published": "सूची फ़ाइल प्रकाशित",
    "Product published": "उत्पाद प्रकाशित",
    "Category published": "श्रेणी प्रकाशित",
    "SHG published": "समूह प्रकाशित",
    "Order moved to another outlet": "ऑर्डर दूसरे आउटलेट को दिया",
    "Active": "चालू",
    "Code": "कोड",
    "Revoked": "रद्द",
    "yes": "हाँ",
    "no": "नहीं",
    "reset": "बदला गया",
    "issued": "जारी",
    "Replacement code": "बदली का कोड",
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
    "Quantity returned": "लौटाई मात्रा",
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
    "sure": "पक्का",
    "tick the box to confirm the revocation": "रद्द करने की पुष्टि के लिए बॉक्स पर निशान लगाएँ",
    "Replace a dead till": "ख़राब टिल बदलें",
    "Replacement code for till": "टिल का बदलाव कोड",
    "On the new machine (an empty data folder, or a restored backup of this till) enrol with "
    "this code as a replacement. The old machine's key stops working when the new one "
    "enrols.": (
        "नई मशीन पर (खाली डेटा फ़ोल्डर, या इसी टिल का बहाल किया गया बैकअप) इस कोड से "
        "बदलाव के रूप में पंजीकरण करें। नई मशीन के पंजीकरण पर पुरानी मशीन की कुंजी बंद हो जाती है।"
    ),
    "No till enrolled yet.": "अभी कोई टिल पंजीकृत नहीं।",
    "New enrolment code": "नया पंजीकरण कोड",
    "Add an outlet": "आउटलेट जोड़ें",
    "Enrolment code": "पंजीकरण कोड",
    "This code was shown once already and is not shown again. If it was not written down, "
    "issue a new one on the Outlets page (the old one stays valid for 7 days unless used).": (
        "यह कोड एक बार दिखाया जा चुका है और दोबारा नहीं दिखेगा। अगर लिखा नहीं गया था, तो "
        "आउटलेट पेज पर नया कोड जारी करें (पुराना कोड 7 दिन तक मान्य रहता है, जब तक उपयोग न हो)।"
    ),
    "Enrolment code for outlet": "आउटलेट का पंजीकरण कोड",
    "This code is shown only once. Write it down or scan the QR on the till now; it works "
    "once, for 7 days.": (
        "यह कोड केवल एक बार दिखाया जाता है। इसे लिख लें या अभी टिल पर क्यूआर स्कैन करें; "
        "यह 7 दिन तक, एक बार चलता है।"
    ),
    "District server": "ज़िला सर्वर",
    "On a till already set up": "पहले से तैयार टिल पर",
    "On a new machine (an empty data folder)": "नई मशीन पर (खाली डेटा फ़ोल्डर)",
    "On a restored backup of this till": "इस टिल के बहाल किए गए बैकअप पर",
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
    "Unit quantity code": "इकाई मात्रा कोड (UQC)",
    "Price": "दाम",
    "MRP": "एमआरपी",
    "Discount": "छूट",
    "Taxable value": "कर योग्य मूल्य",
    "Round off": "पूर्णांकन",
    "The form has expired; try again.": "फ़ॉर्म पुराना हो गया है; फिर से कोशिश करें।",
    "Wrong user name or password.": "उपयोगकर्ता नाम या पासवर्ड ग़लत है।",
    "Your session has ended. Sign in again, then send the form again.": (
        "आपका सत्र समाप्त हो गया है। फिर से साइन इन करें, फिर फ़ॉर्म दोबारा भेजें।"
    ),
    "Five wrong passwords in a row lock the account for 15 minutes.": (
        "लगातार पाँच ग़लत पासवर्ड से खाता 15 मिनट के लिए बंद हो जाता है।"
    ),
    "This account is locked for 15 minutes after five wrong passwords.": (
        "पाँच ग़लत पासवर्ड के बाद यह खाता 15 मिनट के लिए लॉक है।"
    ),
    "Too many failed sign-ins; wait 15 minutes.": ("बहुत सारे असफल साइन इन; 15 मिनट रुकें।"),
    "An admin can unlock it at once by setting a new password on the Staff page.": (
        "कोई प्रशासक कर्मचारी पेज पर नया पासवर्ड रखकर इसे तुरंत खोल सकता है।"
    ),
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
    "other": "अन्य",
    "Other": "अन्य",
    "sale": "बिक्री",
    "return": "वापसी",
    "Add an SHG": "स्वयं सहायता समूह जोड़ें",
    "B2C totals by rate": "दर के अनुसार B2C योग",
    "Back to the catalog": "सूची पर वापस",
    "Bank account": "बैंक खाता",
    "Block": "प्रखंड",
    "CSV or JSON file": "CSV या JSON फ़ाइल",
    "Catalog": "उत्पाद सूची",
    "Category": "श्रेणी",
    "Change a GST rate": "जीएसटी दर बदलें",
    "Change a price": "दाम बदलें",
    "Contact": "संपर्क",
    "Each till pulls them at its next sync and switches at the time shown, even offline.": (
        "हर टिल अगले सिंक पर इन्हें ले लेता है और दिखाए गए समय पर बदल जाता है, ऑफ़लाइन होने पर भी।"
    ),
    "Edit": "बदलें",
    "From (local date and time)": "से (स्थानीय तारीख और समय)",
    "HSN-wise summary": "HSN के अनुसार सारांश",
    "IFSC": "आईएफ़एससी कोड",
    "Import a catalog file": "सूची की फ़ाइल आयात करें",
    "Month": "महीना",
    "Name in English": "अंग्रेज़ी में नाम",
    "Name in Hindi": "हिन्दी में नाम",
    "New MRP (₹)": "नया एमआरपी (₹)",
    "Next price": "अगला दाम",
    "No SHGs yet.": "अभी कोई समूह नहीं।",
    "No products yet.": "अभी कोई उत्पाद नहीं।",
    "Nothing differs from the published catalog.": "प्रकाशित सूची से कुछ अलग नहीं है।",
    "Owed": "बकाया",
    "Paid": "भुगतान हुआ",
    "Preview": "पूर्वावलोकन",
    "Publish": "प्रकाशित करें",
    "Published": "प्रकाशित",
    "Published versions": "प्रकाशित संस्करण",
    "Rate": "दर",
    "Rate (%)": "दर (%)",
    "Received": "प्राप्त",
    "Returned": "वापस",
    "SHG code": "समूह कोड",
    "SHGs": "स्वयं सहायता समूह",
    "SKU": "एसकेयू",
    "Save and publish": "सहेजें और प्रकाशित करें",
    "Search": "खोजें",
    "Sold": "बिका",
    "Statement (PDF)": "विवरण (PDF)",
    "UPI ID": "यूपीआई आईडी",
    "Value": "मूल्य",
    "Version": "संस्करण",
    "Version history": "संस्करण इतिहास",
    "Village": "गाँव",
    "active tills": "चालू टिल",
    "change(s), for every outlet of the district": "बदलाव, ज़िले के हर आउटलेट के लिए",
    "from": "से",
    "inactive": "बंद",
    "line": "पंक्ति",
    "outlets": "आउटलेट",
    "version": "संस्करण",
    "price": "दाम",
    "Previous": "पिछला",
    "Next": "अगला",
    "page": "पृष्ठ",
    "All on one page": "सब एक पृष्ठ पर",
    "In pages": "पृष्ठों में",
    "tax_rate": "जीएसटी दर",
    "product": "उत्पाद",
}


def translator(lang: str) -> Callable[[str], str]:
    """``_`` for a page: the Hindi of an English text when ``lang`` is "hi", else the text.
    A refusal shown on a page (``_(error)``) raised with values (``no outlet 'G9'``, a bad
    GSTIN, a bad price) is matched to its pattern: the domain's (pos/ui/language/domain_messages.py,
    their Hindi read from the till's catalogue resources/translations/pos_hi.ts, not copied
    here) or the server's own (the patterns in HI)."""
    if lang != "hi":
        return lambda text: text
    catalogue, patterns = _refusals()

    def lookup(text: str) -> str:
        return HI.get(text) or catalogue.get(text) or text

    return lambda text: HI.get(text) or refusals.translate(text, patterns, lookup)


@cache
def _refusals() -> tuple[dict[str, str], list[refusals.Pattern]]:
    from pos.ui.language.domain_messages import DOMAIN_MESSAGES  # plain data: no Qt

    server = [text for text in HI if re.search(r"\{\d+\}", text)]
    return refusals.ts_translations("hi"), refusals.compile_patterns([*DOMAIN_MESSAGES, *server])


# Home delivery: the office's orders page and the web shop (pos/server/web/pages/shop.py).
HI.update(
    {
        "Orders": "ऑर्डर",
        "Home-delivery orders": "होम डिलीवरी ऑर्डर",
        "Orders no outlet serves": "जिन ऑर्डरों का कोई केंद्र नहीं",
        "Order": "ऑर्डर",
        "PIN code or ward": "पिन कोड या वार्ड",
        "Placed": "दिया गया",
        "Send to outlet": "केंद्र को भेजें",
        "Every order has an outlet.": "हर ऑर्डर का केंद्र तय है।",
        "Latest orders": "हाल के ऑर्डर",
        "Customer": "ग्राहक",
        "Phone": "फ़ोन",
        "Paid": "भुगतान",
        "Receipt": "रसीद",
        "erased": "मिटाया गया",
        "No orders yet.": "अभी कोई ऑर्डर नहीं।",
        "unrouted": "केंद्र तय नहीं",
        "placed": "ऑर्डर मिला",
        "accepted": "स्वीकार हुआ",
        "rejected": "अस्वीकार हुआ",
        "packed": "पैक हुआ",
        "dispatched": "डिलीवरी पर निकला",
        "delivered": "पहुँचा दिया",
        "failed": "नहीं पहुँचा",
        "cancelled": "रद्द",
        "District home delivery": "ज़िला होम डिलीवरी",
        "Order for home delivery": "होम डिलीवरी के लिए ऑर्डर",
        "Your PIN code or ward": "आपका पिन कोड या वार्ड",
        "Show what is in stock": "उपलब्ध सामान दिखाएँ",
        "No outlet delivers to this area yet: you may still order and the district will assign"
        " one.": "इस क्षेत्र में अभी कोई केंद्र डिलीवरी नहीं करता: आप फिर भी ऑर्डर कर सकते हैं,"
        " ज़िला केंद्र तय करेगा।",
        "Items": "सामान",
        "in stock": "उपलब्ध",
        "out of stock": "उपलब्ध नहीं",
        "Quantity": "मात्रा",
        "Deliver to": "कहाँ पहुँचाएँ",
        "Name": "नाम",
        "Mobile number": "मोबाइल नंबर",
        "Address": "पता",
        "Payment": "भुगतान",
        "Cash on delivery": "डिलीवरी पर नकद",
        "UPI on delivery": "डिलीवरी पर यूपीआई",
        "Place order": "ऑर्डर करें",
        "Your order": "आपका ऑर्डर",
        "No such order.": "ऐसा कोई ऑर्डर नहीं।",
        "Total": "कुल",
        "Refresh": "ताज़ा करें",
        "Cancel the order": "ऑर्डर रद्द करें",
        "That is not a PIN code (6 digits) or a ward (W-12).": "यह पिन कोड (6 अंक) या वार्ड (W-12)"
        " नहीं है।",
        "A quantity must be a whole number.": "मात्रा पूरी संख्या होनी चाहिए।",
        "Choose at least one item.": "कम से कम एक सामान चुनें।",
    }
)

# The district's own refusals (PosError raised in pos/server), as patterns with {0}, {1}…
# for their values (test_every_refusal_the_server_raises_has_hindi keeps this complete), and
# the page texts of the outlets' GSTIN and of what tills report.
HI.update(
    {
        "GSTIN": "जीएसटीआईएन",
        "no GSTIN": "जीएसटीआईएन नहीं",
        "Save GSTIN": "जीएसटीआईएन सहेजें",
        "optional": "वैकल्पिक",
        "Outlets": "आउटलेट",
        "Pending reported": "बाक़ी (टिल के अनुसार)",
        "no such till": "ऐसा कोई टिल नहीं",
        "not a valid GSTIN {0}": "अमान्य जीएसटीआईएन {0}",
        "catalog not imported: {0} bad row(s)": "सूची आयात नहीं हुई: {0} ग़लत पंक्ति",
        "the MRP must be more than zero": "एमआरपी शून्य से अधिक होनी चाहिए",
        "{0} is not a GST slab": "{0} कोई जीएसटी दर नहीं है",
        "HSN {0} must be 4, 6 or 8 digits": "एचएसएन {0} 4, 6 या 8 अंकों का होना चाहिए",
        "no product {0} in the district catalog": "ज़िला सूची में कोई उत्पाद {0} नहीं",
        "a {0} change is not valid: {1}": "{0} का बदलाव मान्य नहीं: {1}",
        "the two passwords differ; nothing was changed": ("दोनों पासवर्ड अलग हैं; कुछ नहीं बदला गया"),
        "pg_dump is not installed: install the PostgreSQL client tools": (
            "pg_dump स्थापित नहीं है: PostgreSQL के क्लाइंट टूल स्थापित करें"
        ),
        "pg_dump failed; nothing was backed up": "pg_dump विफल रहा; कोई बैकअप नहीं बना",
        "outlet {0} already has 26 tills: replace one instead": (
            "आउटलेट {0} में पहले से 26 टिल हैं: इसके बजाय किसी एक को बदलें"
        ),
        "no outlet {0}: add it first (pos-server outlet add)": (
            "कोई आउटलेट {0} नहीं: पहले उसे जोड़ें (pos-server outlet add)"
        ),
        "no device {0} is enrolled": "कोई उपकरण {0} पंजीकृत नहीं है",
        "this enrolment code is not valid (wrong, used or expired)": (
            "यह पंजीकरण कोड मान्य नहीं है (ग़लत, इस्तेमाल हो चुका या पुराना)"
        ),
        "this enrolment code is for outlet {0}, not {1}": (
            "यह पंजीकरण कोड आउटलेट {0} का है, {1} का नहीं"
        ),
        "this till is already enrolled with another outlet": (
            "यह टिल पहले से किसी दूसरे आउटलेट में पंजीकृत है"
        ),
        "no device {0}": "कोई उपकरण {0} नहीं",
        "this code replaces till {0}; this till has its own history: use it on a new "
        "machine's empty data folder or on a restored backup of that till": (
            "यह कोड टिल {0} को बदलता है; इस टिल का अपना इतिहास है: इसे नई मशीन के खाली डेटा"
            " फ़ोल्डर पर या उसी टिल के बहाल किए गए बैकअप पर इस्तेमाल करें"
        ),
        "this code replaces a till of outlet {0}, not {1}": (
            "यह कोड आउटलेट {0} का टिल बदलता है, {1} का नहीं"
        ),
        "too many wrong enrolment codes; wait before trying again": (
            "बहुत सारे ग़लत पंजीकरण कोड; फिर कोशिश करने से पहले रुकें"
        ),
        "the order could not be stored; try again": "ऑर्डर सहेजा नहीं जा सका; फिर कोशिश करें",
        "an app needs a name of 1 to 64 characters": "ऐप का नाम 1 से 64 अक्षरों का होना चाहिए",
        "the webhook must be an http:// or https:// URL": (
            "वेबहुक http:// या https:// वाला पता होना चाहिए"
        ),
        "no order {0}": "कोई ऑर्डर {0} नहीं",
        "each product may appear once in an order (add up the quantities)": (
            "ऑर्डर में हर उत्पाद एक बार ही आ सकता है (मात्राएँ जोड़ दें)"
        ),
        "the retention period is 1 to 3650 days": "रखने की अवधि 1 से 3650 दिन है",
        "an app named {0} exists already": "{0} नाम का ऐप पहले से है",
        "no app named {0} that is not revoked already": "{0} नाम का कोई चालू ऐप नहीं",
        "no outlet {0}": "कोई आउटलेट {0} नहीं",
        "product {0} is not in the district's catalog": "उत्पाद {0} ज़िला सूची में नहीं है",
        "product {0} has no price yet": "उत्पाद {0} का अभी कोई दाम नहीं",
        "no order {0} from this app": "इस ऐप से कोई ऑर्डर {0} नहीं",
        "the order is {0} and can no longer be cancelled": (
            "ऑर्डर की स्थिति {0} है, अब रद्द नहीं हो सकता"
        ),
        "order {0} is not routed to outlet {1}": "ऑर्डर {0} आउटलेट {1} को नहीं भेजा गया है",
        "another till of this outlet has taken this order": (
            "इस आउटलेट के दूसरे टिल ने यह ऑर्डर ले लिया है"
        ),
        "the order is {0}; it cannot be taken": "ऑर्डर की स्थिति {0} है; इसे लिया नहीं जा सकता",
        "the order is {0}; only an order not yet taken moves": (
            "ऑर्डर की स्थिति {0} है; केवल वही ऑर्डर भेजा जा सकता है जो अभी लिया न गया हो"
        ),
        "the district database is not set up: run `pos-server init` first": (
            "ज़िले का डेटाबेस तैयार नहीं है: पहले `pos-server init` चलाएँ"
        ),
        "the district database is not set up ({0}): run `pos-server init` first": (
            "ज़िले का डेटाबेस तैयार नहीं है ({0}): पहले `pos-server init` चलाएँ"
        ),
        "no device or outlet {0} is enrolled": "कोई उपकरण या आउटलेट {0} पंजीकृत नहीं है",
        "a new outlet needs a name (--name)": "नए आउटलेट का नाम चाहिए (--name)",
        "wrong user name or password": "ग़लत उपयोगकर्ता नाम या पासवर्ड",
        "a password has at least {0} characters": "पासवर्ड में कम से कम {0} अक्षर होते हैं",
        "a user name is 1 to 64 characters without spaces": (
            "उपयोगकर्ता नाम बिना खाली जगह के 1 से 64 अक्षरों का होता है"
        ),
        "the role is one of {0}": "भूमिका इनमें से एक है: {0}",
        "no user {0}": "कोई उपयोगकर्ता {0} नहीं",
        "there is already a user {0}": "उपयोगकर्ता {0} पहले से है",
        "too many failed sign-ins from this address; wait 15 minutes": (
            "इस पते से बहुत सारे असफल साइन इन; 15 मिनट रुकें"
        ),
        "this account is locked after five wrong passwords; try later": (
            "पाँच ग़लत पासवर्ड के बाद यह खाता लॉक है; बाद में कोशिश करें"
        ),
        "you cannot deactivate your own account": "आप अपना ही खाता बंद नहीं कर सकते",
        "you cannot change your own role": "आप अपनी ही भूमिका नहीं बदल सकते",
        "outlet {0} exists already: {1}; choose another code": (
            "आउटलेट {0} पहले से है: {1}; कोई दूसरा कोड चुनें"
        ),
        "nothing to publish": "प्रकाशित करने को कुछ नहीं",
        "a catalog file is a CSV or JSON file of at most 8 MB": (
            "सूची फ़ाइल अधिकतम 8 MB की CSV या JSON फ़ाइल होती है"
        ),
        "nothing differs from the published catalog": "प्रकाशित सूची से कुछ भी अलग नहीं",
        "the catalog file did not come through; upload it again": (
            "सूची फ़ाइल नहीं पहुँची; उसे फिर से अपलोड करें"
        ),
        "an SHG code is 1 to 24 characters": "स्वयं सहायता समूह का कोड 1 से 24 अक्षरों का होता है",
        "an SHG needs an English name": "स्वयं सहायता समूह का अंग्रेज़ी नाम चाहिए",
    }
)

# Delivery areas and the customers' details retention (pos/server/web/pages/areas_pages.py).
HI.update(
    {
        "Delivery areas": "डिलीवरी क्षेत्र",
        "A home-delivery order goes to the outlet that serves its PIN code or ward.": (
            "होम डिलीवरी का ऑर्डर उस आउटलेट को जाता है जो उसके पिन कोड या वार्ड को सेवा देता है।"
        ),
        "PIN codes and wards it serves": "जिन पिन कोड और वार्डों को सेवा देता है",
        "Save areas": "क्षेत्र सहेजें",
        "Delivery areas set": "डिलीवरी क्षेत्र तय",
        "Customers' details retention set": "ग्राहकों का विवरण रखने की अवधि तय",
        "Areas": "क्षेत्र",
        "Days": "दिन",
        "none yet": "अभी कोई नहीं",
        "Customers' details": "ग्राहकों का विवरण",
        "Keep customers' details (days after an order is finished)": (
            "ग्राहकों का विवरण रखें (ऑर्डर पूरा होने के बाद दिन)"
        ),
        "Save": "सहेजें",
        "{0} is not a PIN code (6 digits) or a ward (W-12)": (
            "{0} पिन कोड (6 अंक) या वार्ड (W-12) नहीं है"
        ),
    }
)
