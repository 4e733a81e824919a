<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
  <context>
    <name>pos</name>
    <message>
      <source>opening the back office</source>
      <translation>बैक ऑफ़िस खोलना</translation>
    </message>
    <message>
      <source>Open the back office</source>
      <translation>बैक ऑफ़िस खोलें</translation>
    </message>
    <message>
      <source>Back office</source>
      <translation>बैक ऑफ़िस</translation>
    </message>
    <message>
      <source>Back to the counter</source>
      <translation>काउंटर पर वापस</translation>
    </message>
    <message>
      <source>A manager opens the back office with their own PIN</source>
      <translation>प्रबंधक अपने पिन से बैक ऑफ़िस खोलते हैं</translation>
    </message>
    <message>
      <source>name</source>
      <translation>नाम</translation>
    </message>
    <message>
      <source>Hindi name</source>
      <translation>हिंदी नाम</translation>
    </message>
    <message>
      <source>category</source>
      <translation>श्रेणी</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>इकाई</translation>
    </message>
    <message>
      <source>HSN</source>
      <translation>एचएसएन</translation>
    </message>
    <message>
      <source>GST</source>
      <translation>GST</translation>
    </message>
    <message>
      <source>MRP</source>
      <translation>एमआरपी</translation>
    </message>
    <message>
      <source>SHG</source>
      <translation>समूह</translation>
    </message>
    <message>
      <source>barcodes</source>
      <translation>बारकोड</translation>
    </message>
    <message>
      <source>active</source>
      <translation>बिक्री में</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>रंग</translation>
    </message>
    <message>
      <source>Catalog</source>
      <translation>सूची</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>उत्पाद</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>श्रेणी</translation>
    </message>
    <message>
      <source>GST %</source>
      <translation>जीएसटी %</translation>
    </message>
    <message>
      <source>By the tile's place</source>
      <translation>टाइल की जगह से</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>हरा</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>नीला</translation>
    </message>
    <message>
      <source>Pink</source>
      <translation>गुलाबी</translation>
    </message>
    <message>
      <source>Orange</source>
      <translation>नारंगी</translation>
    </message>
    <message>
      <source>Purple</source>
      <translation>बैंगनी</translation>
    </message>
    <message>
      <source>Teal</source>
      <translation>फ़िरोज़ी</translation>
    </message>
    <message>
      <source>Brown</source>
      <translation>भूरा</translation>
    </message>
    <message>
      <source>Red</source>
      <translation>लाल</translation>
    </message>
    <message>
      <source>Filter by name or SKU</source>
      <translation>नाम या SKU से छाँटें</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>इकाई</translation>
    </message>
    <message>
      <source>Category colour</source>
      <translation>श्रेणी का रंग</translation>
    </message>
    <message>
      <source>Save product</source>
      <translation>उत्पाद सहेजें</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>नया उत्पाद</translation>
    </message>
    <message>
      <source>Import a file</source>
      <translation>फ़ाइल से लाएँ</translation>
    </message>
    <message>
      <source>Import what is shown</source>
      <translation>दिखाया गया लाएँ</translation>
    </message>
    <message>
      <source>SHGs…</source>
      <translation>समूह…</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>लेबल</translation>
    </message>
    <message>
      <source>Export the catalog</source>
      <translation>सूची फ़ाइल में सहेजें</translation>
    </message>
    <message>
      <source>From the district: the catalog, prices and rates come only from the district office</source>
      <translation>ज़िले से: सूची, दाम और दरें केवल ज़िला कार्यालय से आती हैं</translation>
    </message>
    <message>
      <source>Barcode</source>
      <translation>बारकोड</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
      <source>Name (Hindi)</source>
      <translation>नाम (हिंदी)</translation>
    </message>
    <message>
      <source>Category (Hindi)</source>
      <translation>श्रेणी (हिंदी)</translation>
    </message>
    <message>
      <source>MRP (₹)</source>
      <translation>एमआरपी (₹)</translation>
    </message>
    <message>
      <source>Price from (date and time)</source>
      <translation>दाम कब से (तिथि और समय)</translation>
    </message>
    <message>
      <source>Printing is not set up</source>
      <translation>प्रिंटिंग सेट नहीं है</translation>
    </message>
    <message>
      <source>Product saved</source>
      <translation>उत्पाद सहेजा गया</translation>
    </message>
    <message>
      <source>SHG saved</source>
      <translation>समूह सहेजा गया</translation>
    </message>
    <message>
      <source>New</source>
      <translation>नया</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>बदला</translation>
    </message>
    <message>
      <source>{new} new, {changed} changed, {same} unchanged: press Import to write them</source>
      <translation>{new} नए, {changed} बदले, {same} वैसे ही: लिखने के लिए लाएँ दबाएँ</translation>
    </message>
    <message>
      <source>Catalog imported</source>
      <translation>सूची लाई गई</translation>
    </message>
    <message>
      <source>{n} products exported to {file}</source>
      <translation>{n} उत्पाद {file} में सहेजे गए</translation>
    </message>
    <message>
      <source>Labels sent</source>
      <translation>लेबल भेजे गए</translation>
    </message>
    <message>
      <source>Nothing imported: 1 bad row</source>
      <translation>कुछ नहीं लाया गया: 1 गलत पंक्ति</translation>
    </message>
    <message>
      <source>Nothing imported: {n} bad rows</source>
      <translation>कुछ नहीं लाया गया: {n} गलत पंक्तियाँ</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>इस नाम से सहेजें</translation>
    </message>
    <message>
      <source>like {example}</source>
      <translation>जैसे {example}</translation>
    </message>
    <message>
      <source>Row {n}</source>
      <translation>पंक्ति {n}</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>स्टॉक गिनती</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>गिना गया</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>स्टॉक में</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>अंतर</translation>
    </message>
    <message>
      <source>Scan or type a barcode or SKU</source>
      <translation>बारकोड या SKU स्कैन करें या लिखें</translation>
    </message>
    <message>
      <source>Quantity per scan</source>
      <translation>हर स्कैन पर मात्रा</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>कारण</translation>
    </message>
    <message>
      <source>Post the count</source>
      <translation>गिनती दर्ज करें</translation>
    </message>
    <message>
      <source>Count started again</source>
      <translation>गिनती फिर से शुरू हुई</translation>
    </message>
    <message>
      <source>Next shelf</source>
      <translation>अगली शेल्फ़</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>फिर से शुरू करें</translation>
    </message>
    <message>
      <source>Press Start again once more to throw away what is counted</source>
      <translation>गिना हुआ हटाने के लिए "फिर से शुरू करें" एक बार और दबाएँ</translation>
    </message>
    <message>
      <source>Scan what is on the shelves first</source>
      <translation>पहले शेल्फ़ का माल स्कैन करें</translation>
    </message>
    <message>
      <source>Give a reason</source>
      <translation>कारण लिखें</translation>
    </message>
    <message>
      <source>Count posted: 1 adjustment</source>
      <translation>गिनती दर्ज हुई: 1 समायोजन</translation>
    </message>
    <message>
      <source>Count posted: {n} adjustments</source>
      <translation>गिनती दर्ज हुई: {n} समायोजन</translation>
    </message>
    <message>
      <source>Shelf {n}</source>
      <translation>शेल्फ़ {n}</translation>
    </message>
    <message>
      <source>District</source>
      <translation>ज़िला</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>सर्वर का पता</translation>
    </message>
    <message>
      <source>Enrolment code</source>
      <translation>नामांकन कोड</translation>
    </message>
    <message>
      <source>only if the district gave you one</source>
      <translation>केवल अगर ज़िले ने दी हो</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>चुनें…</translation>
    </message>
    <message>
      <source>CA file</source>
      <translation>CA फ़ाइल</translation>
    </message>
    <message>
      <source>Join the district</source>
      <translation>ज़िले से जुड़ें</translation>
    </message>
    <message>
      <source>Not enrolled: this outlet sells on its own. An enrolment code from the district officer joins it.</source>
      <translation>नामांकित नहीं: यह आउटलेट अपने आप बेचता है। ज़िला अधिकारी का नामांकन कोड इसे ज़िले से जोड़ता है।</translation>
    </message>
    <message>
      <source>Type the district server's address (https://…)</source>
      <translation>ज़िला सर्वर का पता लिखें (https://…)</translation>
    </message>
    <message>
      <source>Type the enrolment code from the district</source>
      <translation>ज़िले से मिला नामांकन कोड लिखें</translation>
    </message>
    <message>
      <source>Enrolled with the {district} district as counter {code}</source>
      <translation>{district} ज़िले में काउंटर {code} के रूप में नामांकित</translation>
    </message>
    <message>
      <source>Enrolled with {server} as counter {code}. A fresh code from the district enrols it again (after a revocation).</source>
      <translation>{server} पर काउंटर {code} के रूप में नामांकित। ज़िले का नया कोड इसे फिर से नामांकित करता है (रद्द होने के बाद)।</translation>
    </message>
    <message>
      <source>Stock intake</source>
      <translation>माल प्राप्ति</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>मात्रा</translation>
    </message>
    <message>
      <source>SHG price</source>
      <translation>समूह मूल्य</translation>
    </message>
    <message>
      <source>Expiry</source>
      <translation>समाप्ति तिथि</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>प्राप्ति तिथि</translation>
    </message>
    <message>
      <source>Barcode or SKU</source>
      <translation>बारकोड या SKU</translation>
    </message>
    <message>
      <source>Agreed SHG price (₹ each)</source>
      <translation>समूह से तय मूल्य (₹ प्रति नग)</translation>
    </message>
    <message>
      <source>Expiry (optional)</source>
      <translation>समाप्ति तिथि (वैकल्पिक)</translation>
    </message>
    <message>
      <source>Receive the delivery</source>
      <translation>माल प्राप्त करें</translation>
    </message>
    <message>
      <source>Intake slip (PDF)</source>
      <translation>प्राप्ति पर्ची (PDF)</translation>
    </message>
    <message>
      <source>Delivery received: 1 lot</source>
      <translation>माल प्राप्त हुआ: 1 लॉट</translation>
    </message>
    <message>
      <source>Delivery received: {n} lots</source>
      <translation>माल प्राप्त हुआ: {n} लॉट</translation>
    </message>
    <message>
      <source>An intake quantity must be more than zero</source>
      <translation>प्राप्त मात्रा शून्य से अधिक होनी चाहिए</translation>
    </message>
    <message>
      <source>The SHG price is above the MRP</source>
      <translation>समूह मूल्य एमआरपी से अधिक है</translation>
    </message>
    <message>
      <source>Add the delivery's lines first</source>
      <translation>पहले माल की पंक्तियाँ जोड़ें</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>पंक्ति जोड़ें</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
      <source>The expiry is before the received date</source>
      <translation>समाप्ति तिथि प्राप्ति तिथि से पहले है</translation>
    </message>
    <message>
      <source>{n} need barcode labels (F8)</source>
      <translation>{n} को बारकोड लेबल चाहिए (F8)</translation>
    </message>
    <message>
      <source>PDF written</source>
      <translation>PDF बन गया</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>केंद्र</translation>
    </message>
    <message>
      <source>Outlet name (English)</source>
      <translation>दुकान का नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
      <source>Outlet name (Hindi)</source>
      <translation>दुकान का नाम (हिंदी)</translation>
    </message>
    <message>
      <source>Address (English)</source>
      <translation>पता (अंग्रेज़ी)</translation>
    </message>
    <message>
      <source>Address (Hindi)</source>
      <translation>पता (हिंदी)</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>फ़ोन</translation>
    </message>
    <message>
      <source>GSTIN</source>
      <translation>GSTIN</translation>
    </message>
    <message>
      <source>UPI ID</source>
      <translation>UPI आईडी</translation>
    </message>
    <message>
      <source>Receipt footer (English)</source>
      <translation>रसीद के नीचे (अंग्रेज़ी)</translation>
    </message>
    <message>
      <source>Receipt footer (Hindi)</source>
      <translation>रसीद के नीचे (हिंदी)</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>दस्तावेज़</translation>
    </message>
    <message>
      <source>Last backup {hours:.1f} hours ago: {file}</source>
      <translation>पिछला बैकअप {hours:.1f} घंटे पहले: {file}</translation>
    </message>
    <message>
      <source>Outlet saved</source>
      <translation>केंद्र का विवरण सहेजा गया</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>सहेजें</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>अभी बैकअप लें</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>बैकअप से बहाल करें…</translation>
    </message>
    <message>
      <source>Diagnostics (zip)</source>
      <translation>जाँच फ़ाइल (zip)</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>बैकअप चुनें</translation>
    </message>
    <message>
      <source>No backup yet in {folder}</source>
      <translation>{folder} में अभी कोई बैकअप नहीं</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>बैकअप बन गया</translation>
    </message>
    <message>
      <source>Diagnostics written</source>
      <translation>जाँच फ़ाइल बन गई</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>सक्रिय</translation>
    </message>
    <message>
      <source>People</source>
      <translation>लोग</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>नाम</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>भूमिका</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>भाषा</translation>
    </message>
    <message>
      <source>State</source>
      <translation>स्थिति</translation>
    </message>
    <message>
      <source>Locked until</source>
      <translation>तब तक बंद</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>निष्क्रिय</translation>
    </message>
    <message>
      <source>Needs a new PIN (Reset PIN)</source>
      <translation>नया पिन चाहिए (पिन बदलें)</translation>
    </message>
    <message>
      <source>New PIN (4 to 8 digits)</source>
      <translation>नया पिन (4 से 8 अंक)</translation>
    </message>
    <message>
      <source>Cashier</source>
      <translation>कैशियर</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>प्रबंधक</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
      <source>Reset PIN</source>
      <translation>पिन बदलें</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>लॉक खोलें</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>निष्क्रिय करें</translation>
    </message>
    <message>
      <source>A PIN is 4 to 8 digits</source>
      <translation>पिन 4 से 8 अंकों का होता है</translation>
    </message>
    <message>
      <source>Type the person's name</source>
      <translation>व्यक्ति का नाम लिखें</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>जोड़ा गया</translation>
    </message>
    <message>
      <source>PIN reset</source>
      <translation>पिन बदला गया</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>लॉक खुल गया</translation>
    </message>
    <message>
      <source>Press Deactivate again to deactivate {name}</source>
      <translation>{name} को निष्क्रिय करने के लिए "निष्क्रिय करें" फिर से दबाएँ</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>बिक्री</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>माल वापसी</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>रसीदें</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>रसीद</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>तारीख</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>प्रकार</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>कुल</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>भुगतान का तरीका</translation>
    </message>
    <message>
      <source>Receipt number</source>
      <translation>रसीद संख्या</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>राशि</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>से तिथि</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>तक तिथि</translation>
    </message>
    <message>
      <source>Reprint (DUPLICATE)</source>
      <translation>दोबारा प्रिंट (DUPLICATE / प्रतिलिपि)</translation>
    </message>
    <message>
      <source>Return / void</source>
      <translation>माल वापसी / निरस्त</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>निरस्त</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>कोई भी</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>नकद</translation>
    </message>
    <message>
      <source>UPI</source>
      <translation>UPI</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>कार्ड</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>खोजें</translation>
    </message>
    <message>
      <source>Last 50 of the shift</source>
      <translation>शिफ्ट की पिछली 50</translation>
    </message>
    <message>
      <source>No receipt matches</source>
      <translation>कोई रसीद नहीं मिली</translation>
    </message>
    <message>
      <source>Choose a receipt first</source>
      <translation>पहले रसीद चुनें</translation>
    </message>
    <message>
      <source>Reprint sent</source>
      <translation>दोबारा प्रिंट भेजा</translation>
    </message>
    <message>
      <source>Choose a sale first</source>
      <translation>पहले बिक्री चुनें</translation>
    </message>
    <message>
      <source>1 receipt</source>
      <translation>1 रसीद</translation>
    </message>
    <message>
      <source>{n} receipts</source>
      <translation>{n} रसीदें</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>रिपोर्ट</translation>
    </message>
    <message>
      <source>X report (this shift so far)</source>
      <translation>X रिपोर्ट (इस शिफ्ट में अब तक)</translation>
    </message>
    <message>
      <source>Z report of a closed shift</source>
      <translation>बंद शिफ्ट की Z रिपोर्ट</translation>
    </message>
    <message>
      <source>Sales for a period</source>
      <translation>अवधि की बिक्री</translation>
    </message>
    <message>
      <source>GST summary by HSN</source>
      <translation>एचएसएन अनुसार जीएसटी सारांश</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>रिपोर्ट</translation>
    </message>
    <message>
      <source>Z number</source>
      <translation>Z नंबर</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>प्रिंट</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>दिखाएँ</translation>
    </message>
    <message>
      <source>CSV written</source>
      <translation>CSV बन गया</translation>
    </message>
    <message>
      <source>Sent to the printer</source>
      <translation>प्रिंटर को भेजा</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>सेटिंग्स</translation>
    </message>
    <message>
      <source>not enrolled with a district</source>
      <translation>ज़िले से नामांकित नहीं</translation>
    </message>
    <message>
      <source>District server</source>
      <translation>ज़िला सर्वर</translation>
    </message>
    <message>
      <source>Nothing changed</source>
      <translation>कुछ नहीं बदला</translation>
    </message>
    <message>
      <source>Print a test page</source>
      <translation>परीक्षण पृष्ठ छापें</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>सेटिंग्स सहेजी गईं</translation>
    </message>
    <message>
      <source>Record payout</source>
      <translation>भुगतान दर्ज करें</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>बैंक</translation>
    </message>
    <message>
      <source>Cheque</source>
      <translation>चेक</translation>
    </message>
    <message>
      <source>SHG statement</source>
      <translation>समूह विवरण</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>प्राप्त</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>बिका</translation>
    </message>
    <message>
      <source>Gross sales</source>
      <translation>कुल बिक्री</translation>
    </message>
    <message>
      <source>Net payable</source>
      <translation>देय राशि</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>शेष देय</translation>
    </message>
    <message>
      <source>SHG payout</source>
      <translation>समूह को भुगतान</translation>
    </message>
    <message>
      <source>Amount (₹)</source>
      <translation>राशि (₹)</translation>
    </message>
    <message>
      <source>Reference (UTR, cheque)</source>
      <translation>संदर्भ (UTR, चेक)</translation>
    </message>
    <message>
      <source>Paid on</source>
      <translation>भुगतान तिथि</translation>
    </message>
    <message>
      <source>From / to date</source>
      <translation>से / तक तिथि</translation>
    </message>
    <message>
      <source>A payout needs its reference</source>
      <translation>भुगतान का संदर्भ लिखें</translation>
    </message>
    <message>
      <source>Payout recorded</source>
      <translation>भुगतान दर्ज हुआ</translation>
    </message>
    <message>
      <source>Statement (PDF)</source>
      <translation>विवरण (PDF)</translation>
    </message>
    <message>
      <source>Choose an SHG first</source>
      <translation>पहले समूह चुनें</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>अवधि</translation>
    </message>
    <message>
      <source>1 SHG</source>
      <translation>1 समूह</translation>
    </message>
    <message>
      <source>{n} SHGs</source>
      <translation>{n} समूह</translation>
    </message>
    <message>
      <source>provisional</source>
      <translation>अनंतिम</translation>
    </message>
    <message>
      <source>Save SHG</source>
      <translation>समूह सहेजें</translation>
    </message>
    <message>
      <source>SHG code</source>
      <translation>समूह कोड</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>गाँव</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>संपर्क</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>बैंक खाता</translation>
    </message>
    <message>
      <source>IFSC</source>
      <translation>IFSC</translation>
    </message>
    <message>
      <source>Self-help group</source>
      <translation>स्वयं सहायता समूह</translation>
    </message>
    <message>
      <source>New SHG</source>
      <translation>नया समूह</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>दर्ज करें</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>स्टॉक</translation>
    </message>
    <message>
      <source>Reorder level</source>
      <translation>दोबारा मँगाने का स्तर</translation>
    </message>
    <message>
      <source>Lots</source>
      <translation>लॉट</translation>
    </message>
    <message>
      <source>Sold beyond stock</source>
      <translation>स्टॉक से अधिक बिका</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>लॉट</translation>
    </message>
    <message>
      <source>Received qty</source>
      <translation>प्राप्त मात्रा</translation>
    </message>
    <message>
      <source>Damaged stock</source>
      <translation>क्षतिग्रस्त माल</translation>
    </message>
    <message>
      <source>Expired stock</source>
      <translation>समाप्त तिथि का माल</translation>
    </message>
    <message>
      <source>Return to the SHG</source>
      <translation>समूह को माल वापसी</translation>
    </message>
    <message>
      <source>1 product</source>
      <translation>1 उत्पाद</translation>
    </message>
    <message>
      <source>{n} products</source>
      <translation>{n} उत्पाद</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>खराब माल</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>तिथि समाप्त</translation>
    </message>
    <message>
      <source>Returned to the SHG</source>
      <translation>समूह को लौटाया</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>दर्ज हुआ</translation>
    </message>
    <message>
      <source>Reorder level saved</source>
      <translation>दोबारा मँगाने का स्तर सहेजा गया</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>गिनती</translation>
    </message>
    <message>
      <source>Return to SHG</source>
      <translation>समूह को माल वापसी</translation>
    </message>
    <message>
      <source>Choose a lot first</source>
      <translation>पहले लॉट चुनें</translation>
    </message>
    <message>
      <source>Choose a product first</source>
      <translation>पहले कोई सामान चुनें</translation>
    </message>
    <message>
      <source>Count done</source>
      <translation>गिनती पूरी</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>पूरा हुआ</translation>
    </message>
    <message>
      <source>Change given wrongly</source>
      <translation>लौटाने के पैसे गलत दिए</translation>
    </message>
    <message>
      <source>Counting mistake</source>
      <translation>गिनती में गलती</translation>
    </message>
    <message>
      <source>Payment not recorded</source>
      <translation>भुगतान दर्ज नहीं हुआ</translation>
    </message>
    <message>
      <source>Close the shift</source>
      <translation>शिफ्ट बंद करें</translation>
    </message>
    <message>
      <source>Close shift</source>
      <translation>शिफ्ट बंद</translation>
    </message>
    <message>
      <source>Z report</source>
      <translation>Z रिपोर्ट</translation>
    </message>
    <message>
      <source>Reason for the difference</source>
      <translation>अंतर का कारण</translation>
    </message>
    <message>
      <source>a cash difference at close</source>
      <translation>बंद करते समय नकद का अंतर</translation>
    </message>
    <message>
      <source>Count the drawer: how many of each note and coin?</source>
      <translation>दराज़ गिनें: हर नोट और सिक्के कितने हैं?</translation>
    </message>
    <message>
      <source>Print (not set up)</source>
      <translation>प्रिंट (सेट नहीं)</translation>
    </message>
    <message>
      <source>PDF (not set up)</source>
      <translation>PDF (सेट नहीं)</translation>
    </message>
    <message>
      <source>Queued for the printer</source>
      <translation>प्रिंटर की कतार में भेजा</translation>
    </message>
    <message>
      <source>PDF saved:</source>
      <translation>PDF सहेजा:</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>अपेक्षित</translation>
    </message>
    <message>
      <source>Shift closed</source>
      <translation>शिफ्ट बंद हुई</translation>
    </message>
    <message>
      <source>The printer is off or unplugged: switch it on and check its cable. Receipts wait and print when it is back.</source>
      <translation>प्रिंटर बंद है या उसका तार निकला है: उसे चालू करें और तार जाँचें। रसीदें रुकी हैं, प्रिंटर लौटते ही छपेंगी।</translation>
    </message>
    <message>
      <source>The printer is not answering: check that it is on and its cable or network. Receipts wait and print when it answers.</source>
      <translation>प्रिंटर जवाब नहीं दे रहा: देखें कि वह चालू है और उसका तार या नेटवर्क ठीक है। रसीदें रुकी हैं, जवाब आते ही छपेंगी।</translation>
    </message>
    <message>
      <source>The printer's connection was lost: check its cable or network. Receipts wait and print when it is back.</source>
      <translation>प्रिंटर से जुड़ाव टूट गया: उसका तार या नेटवर्क जाँचें। रसीदें रुकी हैं, प्रिंटर लौटते ही छपेंगी।</translation>
    </message>
    <message>
      <source>The printer is out of paper: open it and load a new roll. The waiting receipts then print.</source>
      <translation>प्रिंटर में कागज़ खत्म: प्रिंटर खोलकर नया रोल लगाएँ। फिर रुकी हुई रसीदें छपेंगी।</translation>
    </message>
    <message>
      <source>The printer has a problem: press Printer below (Ctrl+Shift+P) to see it and retry.</source>
      <translation>प्रिंटर में समस्या है: नीचे प्रिंटर (Ctrl+Shift+P) दबाकर देखें और फिर से छापें।</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>लौटाने के पैसे</translation>
    </message>
    <message>
      <source>Scan the next item to start a new bill</source>
      <translation>नया बिल शुरू करने के लिए अगला सामान स्कैन करें</translation>
    </message>
    <message>
      <source>Saving the sale…</source>
      <translation>बिक्री सहेजी जा रही है…</translation>
    </message>
    <message>
      <source>Sale complete</source>
      <translation>बिक्री पूरी</translation>
    </message>
    <message>
      <source>new</source>
      <translation>नया</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>स्वीकार</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>अस्वीकार</translation>
    </message>
    <message>
      <source>packed</source>
      <translation>पैक हुआ</translation>
    </message>
    <message>
      <source>out for delivery</source>
      <translation>डिलीवरी पर निकला</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>पहुँचा दिया</translation>
    </message>
    <message>
      <source>not delivered</source>
      <translation>नहीं पहुँचा</translation>
    </message>
    <message>
      <source>cancelled by the customer</source>
      <translation>ग्राहक ने रद्द किया</translation>
    </message>
    <message>
      <source>taken by another till</source>
      <translation>दूसरे काउंटर ने लिया</translation>
    </message>
    <message>
      <source>cash on delivery</source>
      <translation>डिलीवरी पर नकद</translation>
    </message>
    <message>
      <source>UPI on delivery</source>
      <translation>डिलीवरी पर यूपीआई</translation>
    </message>
    <message>
      <source>prepaid by UPI</source>
      <translation>यूपीआई से पहले भुगतान</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>ऑर्डर</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>स्थिति</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>क्षेत्र</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>सामान</translation>
    </message>
    <message>
      <source>To collect</source>
      <translation>लेना है</translation>
    </message>
    <message>
      <source>Home-delivery orders</source>
      <translation>होम डिलीवरी ऑर्डर</translation>
    </message>
    <message>
      <source>Reject the order</source>
      <translation>ऑर्डर अस्वीकार करें</translation>
    </message>
    <message>
      <source>Why? (the customer sees this)</source>
      <translation>क्यों? (ग्राहक को दिखेगा)</translation>
    </message>
    <message>
      <source>Dispatch</source>
      <translation>भेजें</translation>
    </message>
    <message>
      <source>Delivery person's name</source>
      <translation>डिलीवरी करने वाले का नाम</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>नहीं पहुँचा</translation>
    </message>
    <message>
      <source>Why was it not delivered?</source>
      <translation>क्यों नहीं पहुँचा?</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>स्वीकार करें</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>अस्वीकार करें</translation>
    </message>
    <message>
      <source>Pack and print slip</source>
      <translation>पैक करें, पर्ची छापें</translation>
    </message>
    <message>
      <source>Delivered and paid</source>
      <translation>पहुँचा, भुगतान मिला</translation>
    </message>
    <message>
      <source>Back to sale</source>
      <translation>बिक्री पर लौटें</translation>
    </message>
    <message>
      <source>New home-delivery order</source>
      <translation>नया होम डिलीवरी ऑर्डर</translation>
    </message>
    <message>
      <source>prepaid</source>
      <translation>पहले से भुगतान</translation>
    </message>
    <message>
      <source>No orders yet.</source>
      <translation>अभी कोई ऑर्डर नहीं।</translation>
    </message>
    <message>
      <source>Accepted: the district is told with the next sync.</source>
      <translation>स्वीकार: अगले सिंक में जिले को सूचना जाएगी।</translation>
    </message>
    <message>
      <source>Packed: the goods are held and the slip printed.</source>
      <translation>पैक: सामान अलग रखा, पर्ची छपी।</translation>
    </message>
    <message>
      <source>Paid by UPI</source>
      <translation>यूपीआई से भुगतान</translation>
    </message>
    <message>
      <source>UTR (UPI reference)</source>
      <translation>यूटीआर (यूपीआई संदर्भ)</translation>
    </message>
    <message>
      <source>Delivered: the sale is complete.</source>
      <translation>पहुँचा दिया: बिक्री पूरी हुई।</translation>
    </message>
    <message>
      <source>Rejected.</source>
      <translation>अस्वीकार किया।</translation>
    </message>
    <message>
      <source>Out for delivery.</source>
      <translation>डिलीवरी पर निकला।</translation>
    </message>
    <message>
      <source>Not delivered: the goods are back in stock.</source>
      <translation>नहीं पहुँचा: सामान स्टॉक में वापस।</translation>
    </message>
    <message>
      <source>Delivery by</source>
      <translation>डिलीवरी करने वाले</translation>
    </message>
    <message>
      <source>Complete sale</source>
      <translation>बिक्री पूरी करें</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>भुगतान</translation>
    </message>
    <message>
      <source>Add part payment</source>
      <translation>आंशिक भुगतान जोड़ें</translation>
    </message>
    <message>
      <source>Still due</source>
      <translation>अभी देय</translation>
    </message>
    <message>
      <source>Remove part payment</source>
      <translation>आंशिक भुगतान हटाएँ</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>पूरा सही</translation>
    </message>
    <message>
      <source>Paid so far (split tender)</source>
      <translation>अब तक भुगतान (विभाजित)</translation>
    </message>
    <message>
      <source>UTR (optional)</source>
      <translation>UTR (वैकल्पिक)</translation>
    </message>
    <message>
      <source>Card slip reference</source>
      <translation>कार्ड स्लिप संदर्भ</translation>
    </message>
    <message>
      <source>type the amount in rupees, for example 120 or 120.50</source>
      <translation>राशि रुपये में लिखें, जैसे 120 या 120.50</translation>
    </message>
    <message>
      <source>This outlet has no UPI ID set up; take the payment on the outlet's own QR and type the UTR</source>
      <translation>इस केंद्र की UPI ID सेट नहीं है; केंद्र के अपने QR पर भुगतान लें और UTR लिखें</translation>
    </message>
    <message>
      <source>Void the whole sale?</source>
      <translation>पूरा बिल निरस्त करें?</translation>
    </message>
    <message>
      <source>Yes, void it</source>
      <translation>हाँ, निरस्त करें</translation>
    </message>
    <message>
      <source>No, keep the sale</source>
      <translation>नहीं, बिक्री रहने दें</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>सामान</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>दाम</translation>
    </message>
    <message>
      <source>Refund for the lines chosen</source>
      <translation>चुनी पंक्तियों की पैसे वापसी</translation>
    </message>
    <message>
      <source>Void the whole sale {receipt}? The customer gets a refund of {amount}.</source>
      <translation>पूरा बिल {receipt} निरस्त करें? ग्राहक को {amount} की पैसे वापसी होगी।</translation>
    </message>
    <message>
      <source>Taxable value</source>
      <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
      <source>CGST</source>
      <translation>CGST</translation>
    </message>
    <message>
      <source>SGST</source>
      <translation>SGST</translation>
    </message>
    <message>
      <source>Round-off</source>
      <translation>पूर्णांकन</translation>
    </message>
    <message>
      <source>Pay</source>
      <translation>भुगतान</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>रोकें</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>वापस लाएँ</translation>
    </message>
    <message>
      <source>No sale</source>
      <translation>बिना बिक्री</translation>
    </message>
    <message>
      <source>Paid in / out</source>
      <translation>नकद अंदर / बाहर</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>दोबारा प्रिंट</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>लॉक</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>कुल योग</translation>
    </message>
    <message>
      <source>Scan a barcode, or type a name in English or Hindi, or a SKU</source>
      <translation>बारकोड स्कैन करें, या हिंदी/अंग्रेज़ी में नाम या SKU लिखें</translation>
    </message>
    <message>
      <source>Qty +</source>
      <translation>मात्रा +</translation>
    </message>
    <message>
      <source>Qty −</source>
      <translation>मात्रा −</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>छूट</translation>
    </message>
    <message>
      <source>Reprint (not set up)</source>
      <translation>दोबारा प्रिंट (सेट नहीं)</translation>
    </message>
    <message>
      <source>Choose a line first</source>
      <translation>पहले एक पंक्ति चुनें</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>हटाया</translation>
    </message>
    <message>
      <source>The cart is empty</source>
      <translation>कार्ट खाली है</translation>
    </message>
    <message>
      <source>Cart held</source>
      <translation>कार्ट रोकी गई</translation>
    </message>
    <message>
      <source>complete or hold the cart first</source>
      <translation>पहले कार्ट पूरी करें या रोकें</translation>
    </message>
    <message>
      <source>The cart in progress was restored</source>
      <translation>चालू कार्ट वापस आ गई</translation>
    </message>
    <message>
      <source>Discount applied</source>
      <translation>छूट लगी</translation>
    </message>
    <message>
      <source>No held carts</source>
      <translation>कोई रोकी गई कार्ट नहीं</translation>
    </message>
    <message>
      <source>Cart recalled</source>
      <translation>कार्ट वापस आई</translation>
    </message>
    <message>
      <source>not completed</source>
      <translation>पूरी नहीं हुई</translation>
    </message>
    <message>
      <source>refund</source>
      <translation>पैसे वापसी</translation>
    </message>
    <message>
      <source>Reprint queued for the printer</source>
      <translation>दोबारा प्रिंट प्रिंटर की कतार में भेजा</translation>
    </message>
    <message>
      <source>Labels queued for the printer</source>
      <translation>लेबल प्रिंटर की कतार में भेजे</translation>
    </message>
    <message>
      <source>No product is called “{name}”</source>
      <translation>“{name}” नाम का कोई सामान नहीं है</translation>
    </message>
    <message>
      <source>Set quantity</source>
      <translation>मात्रा तय करें</translation>
    </message>
    <message>
      <source>How many pieces?</source>
      <translation>कितने नग?</translation>
    </message>
    <message>
      <source>Weight: in kg (1.5) or in g (250 g)</source>
      <translation>वज़न: किलो में (1.5) या ग्राम में (250 g)</translation>
    </message>
    <message>
      <source>Volume: in litres (1.5) or in ml (250 ml)</source>
      <translation>मात्रा: लीटर में (1.5) या मि.ली. में (250 ml)</translation>
    </message>
    <message>
      <source>pc</source>
      <translation>नग</translation>
    </message>
    <message>
      <source>g</source>
      <translation>ग्राम</translation>
    </message>
    <message>
      <source>ml</source>
      <translation>मि.ली.</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>मशीन</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>खुली</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>बंद हुई</translation>
    </message>
    <message>
      <source>Tender</source>
      <translation>भुगतान तरीका</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>बिक्री</translation>
    </message>
    <message>
      <source>Returns</source>
      <translation>माल वापसी</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>शुद्ध</translation>
    </message>
    <message>
      <source>Returns amount</source>
      <translation>माल वापसी की राशि</translation>
    </message>
    <message>
      <source>Voids</source>
      <translation>निरस्त बिल</translation>
    </message>
    <message>
      <source>Voids amount</source>
      <translation>निरस्त बिलों की राशि</translation>
    </message>
    <message>
      <source>Lines removed before payment</source>
      <translation>भुगतान से पहले हटाई गई पंक्तियाँ</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>मात्रा</translation>
    </message>
    <message>
      <source>Taxable</source>
      <translation>कर योग्य</translation>
    </message>
    <message>
      <source>Opening float</source>
      <translation>शुरुआती नकद</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>नकद अंदर</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>नकद बाहर</translation>
    </message>
    <message>
      <source>Drops</source>
      <translation>तिजोरी में जमा</translation>
    </message>
    <message>
      <source>Expected cash</source>
      <translation>अपेक्षित नकद</translation>
    </message>
    <message>
      <source>Counted cash</source>
      <translation>गिना गया नकद</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>अंतर</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>मंज़ूरी दी</translation>
    </message>
    <message>
      <source>Bills</source>
      <translation>बिल</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>सकल</translation>
    </message>
    <message>
      <source>No-sale drawer openings</source>
      <translation>बिना बिक्री दराज खुला</translation>
    </message>
    <message>
      <source>Discounts</source>
      <translation>छूट</translation>
    </message>
    <message>
      <source>Note/coin</source>
      <translation>नोट/सिक्का</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>समय</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>तिजोरी में जमा</translation>
    </message>
    <message>
      <source>over</source>
      <translation>अधिक</translation>
    </message>
    <message>
      <source>short</source>
      <translation>कम</translation>
    </message>
    <message>
      <source>cash</source>
      <translation>नकद</translation>
    </message>
    <message>
      <source>upi</source>
      <translation>UPI</translation>
    </message>
    <message>
      <source>card</source>
      <translation>कार्ड</translation>
    </message>
    <message>
      <source>changing the settings</source>
      <translation>सेटिंग्स बदलना</translation>
    </message>
    <message>
      <source>a discount</source>
      <translation>छूट</translation>
    </message>
    <message>
      <source>a return</source>
      <translation>वापसी</translation>
    </message>
    <message>
      <source>voiding a sale</source>
      <translation>बिक्री रद्द करना</translation>
    </message>
    <message>
      <source>opening the drawer</source>
      <translation>दराज़ खोलना</translation>
    </message>
    <message>
      <source>a paid out</source>
      <translation>नकद भुगतान</translation>
    </message>
    <message>
      <source>a restore</source>
      <translation>बैकअप से बहाली</translation>
    </message>
    <message>
      <source>unlocking a user</source>
      <translation>उपयोगकर्ता का लॉक खोलना</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Manager PIN</source>
      <translation>प्रबंधक का PIN</translation>
    </message>
    <message>
      <source>{what} needs a manager's approval: type the manager's PIN</source>
      <translation>{what} के लिए प्रबंधक की मंज़ूरी चाहिए: प्रबंधक का PIN डालें</translation>
    </message>
    <message>
      <source>confirming the clock</source>
      <translation>घड़ी की पुष्टि</translation>
    </message>
    <message>
      <source>Confirm the clock</source>
      <translation>घड़ी की पुष्टि करें</translation>
    </message>
    <message>
      <source>If this is wrong, set the computer's date and time first. If it is right, a manager confirms it and the till records again.</source>
      <translation>यदि यह गलत है, तो पहले कंप्यूटर की तिथि और समय ठीक करें। यदि सही है, तो प्रबंधक इसकी पुष्टि करे और काउंटर फिर से दर्ज करने लगेगा।</translation>
    </message>
    <message>
      <source>This till's date and time now</source>
      <translation>इस काउंटर की अभी की तिथि और समय</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ठीक</translation>
    </message>
    <message>
      <source>Open shift</source>
      <translation>शिफ्ट खोलें</translation>
    </message>
    <message>
      <source>Apply discount</source>
      <translation>छूट लगाएँ</translation>
    </message>
    <message>
      <source>Return selected</source>
      <translation>चुने सामान की माल वापसी</translation>
    </message>
    <message>
      <source>Retry printing</source>
      <translation>फिर से छापें</translation>
    </message>
    <message>
      <source>Print labels</source>
      <translation>लेबल छापें</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>गलत सामान</translation>
    </message>
    <message>
      <source>Customer changed mind</source>
      <translation>ग्राहक ने मन बदला</translation>
    </message>
    <message>
      <source>Billed by mistake</source>
      <translation>गलती से बिल बना</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>रद्द करें</translation>
    </message>
    <message>
      <source>Open the shift</source>
      <translation>शिफ्ट खोलें</translation>
    </message>
    <message>
      <source>Line discount</source>
      <translation>पंक्ति पर छूट</translation>
    </message>
    <message>
      <source>Return or void a sale</source>
      <translation>माल वापसी या बिल निरस्त</translation>
    </message>
    <message>
      <source>Void whole sale</source>
      <translation>पूरा बिल निरस्त</translation>
    </message>
    <message>
      <source>Recall a held cart</source>
      <translation>रोकी गई कार्ट वापस लाएँ</translation>
    </message>
    <message>
      <source>No sale (open drawer)</source>
      <translation>बिना बिक्री (दराज़ खोलें)</translation>
    </message>
    <message>
      <source>Cash drop</source>
      <translation>तिजोरी में जमा</translation>
    </message>
    <message>
      <source>Change for a customer</source>
      <translation>ग्राहक के लौटाने के पैसे</translation>
    </message>
    <message>
      <source>Check the drawer</source>
      <translation>दराज़ की जाँच</translation>
    </message>
    <message>
      <source>Change from the bank</source>
      <translation>बैंक से खुले, लौटाने के पैसे के लिए</translation>
    </message>
    <message>
      <source>Float top-up</source>
      <translation>शुरुआती नकद बढ़ाना</translation>
    </message>
    <message>
      <source>Tea and snacks</source>
      <translation>चाय-नाश्ता</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>ढुलाई</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>सफ़ाई</translation>
    </message>
    <message>
      <source>Too much cash in the drawer</source>
      <translation>दराज़ में ज़्यादा नकद</translation>
    </message>
    <message>
      <source>To the safe</source>
      <translation>तिजोरी में</translation>
    </message>
    <message>
      <source>Cash drawer</source>
      <translation>नकद दराज़</translation>
    </message>
    <message>
      <source>Reprint a receipt</source>
      <translation>रसीद दोबारा प्रिंट करें</translation>
    </message>
    <message>
      <source>Print problems</source>
      <translation>छपाई की समस्याएँ</translation>
    </message>
    <message>
      <source>Barcode labels</source>
      <translation>बारकोड लेबल</translation>
    </message>
    <message>
      <source>Discount in rupees for the whole line</source>
      <translation>पूरी पंक्ति पर छूट (रुपये में)</translation>
    </message>
    <message>
      <source>Receipt number, then Enter</source>
      <translation>रसीद संख्या, फिर Enter</translation>
    </message>
    <message>
      <source>Refund by</source>
      <translation>पैसे वापसी का तरीका</translation>
    </message>
    <message>
      <source>What</source>
      <translation>क्या</translation>
    </message>
    <message>
      <source>a cash movement</source>
      <translation>नकद लेन-देन</translation>
    </message>
    <message>
      <source>Receipts not printed yet</source>
      <translation>रसीदें अभी छपी नहीं</translation>
    </message>
    <message>
      <source>Product (SKU or barcode)</source>
      <translation>उत्पाद (SKU या बारकोड)</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>प्रतियाँ</translation>
    </message>
    <message>
      <source>Opening cash float (counted in the drawer)</source>
      <translation>शुरुआती नकद (दराज़ में गिना हुआ)</translation>
    </message>
    <message>
      <source>Receipt number (the last one is filled in)</source>
      <translation>रसीद संख्या (पिछली भरी हुई है)</translation>
    </message>
    <message>
      <source>These receipts were sold but have not printed yet:</source>
      <translation>ये रसीदें बिकीं पर अभी छपी नहीं:</translation>
    </message>
    <message>
      <source>choose how many of which line to return</source>
      <translation>माल वापसी के लिए चुनें कि किस पंक्ति के कितने</translation>
    </message>
    <message>
      <source>lines</source>
      <translation>पंक्तियाँ</translation>
    </message>
    <message>
      <source>Nothing is waiting to print</source>
      <translation>छपने के लिए कुछ बाकी नहीं</translation>
    </message>
    <message>
      <source>in stock</source>
      <translation>स्टॉक में</translation>
    </message>
    <message>
      <source>This counter's code</source>
      <translation>इस काउंटर का कोड</translation>
    </message>
    <message>
      <source>This counter is {code}: its receipt numbers start {code}-. Another counter of the outlet has its own code.</source>
      <translation>यह काउंटर {code} है: इसकी रसीद संख्याएँ {code}- से शुरू होती हैं। आउटलेट के दूसरे काउंटर का अपना कोड होता है।</translation>
    </message>
    <message>
      <source>Set up</source>
      <translation>सेट अप करें</translation>
    </message>
    <message>
      <source>Tax invoice (GST registered)</source>
      <translation>कर बीजक (GST पंजीकृत)</translation>
    </message>
    <message>
      <source>Bill of supply</source>
      <translation>आपूर्ति बिल</translation>
    </message>
    <message>
      <source>Cash memo</source>
      <translation>कैश मेमो</translation>
    </message>
    <message>
      <source>Set up Sarv POS</source>
      <translation>सर्व POS सेट अप करें</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>पीछे</translation>
    </message>
    <message>
      <source>Welcome. How does this outlet start?</source>
      <translation>स्वागत है। यह दुकान कैसे शुरू हो?</translation>
    </message>
    <message>
      <source>Join the district (enrolment code)</source>
      <translation>ज़िले से जुड़ें (नामांकन कोड)</translation>
    </message>
    <message>
      <source>A standalone outlet (no district server)</source>
      <translation>अकेली दुकान (ज़िला सर्वर नहीं)</translation>
    </message>
    <message>
      <source>Try the demo outlet</source>
      <translation>डेमो दुकान आज़माएँ</translation>
    </message>
    <message>
      <source>Outlet code</source>
      <translation>दुकान कोड</translation>
    </message>
    <message>
      <source>A second counter of this outlet needs another letter</source>
      <translation>इस आउटलेट के दूसरे काउंटर को दूसरा अक्षर चाहिए</translation>
    </message>
    <message>
      <source>Counter letter</source>
      <translation>काउंटर का अक्षर</translation>
    </message>
    <message>
      <source>Address and phone</source>
      <translation>पता और फ़ोन</translation>
    </message>
    <message>
      <source>Manager's name</source>
      <translation>प्रबंधक का नाम</translation>
    </message>
    <message>
      <source>Manager's PIN</source>
      <translation>प्रबंधक का PIN</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>PIN फिर से</translation>
    </message>
    <message>
      <source>The two PINs differ</source>
      <translation>दोनों PIN अलग हैं</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>सेट अप हो रहा है…</translation>
    </message>
    <message>
      <source>Enrolling and pulling the catalog…</source>
      <translation>नामांकन और सूची ला रहे हैं…</translation>
    </message>
    <message>
      <source>cashier</source>
      <translation>कैशियर</translation>
    </message>
    <message>
      <source>manager</source>
      <translation>प्रबंधक</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>व्यवस्थापक</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>लॉग इन</translation>
    </message>
    <message>
      <source>Unlock a user</source>
      <translation>उपयोगकर्ता का लॉक खोलें</translation>
    </message>
    <message>
      <source>Unlock with another manager</source>
      <translation>दूसरे प्रबंधक से लॉक खुलवाएँ</translation>
    </message>
    <message>
      <source>Choose your name and type your PIN, then Enter</source>
      <translation>अपना नाम चुनें और PIN लिखें, फिर Enter</translation>
    </message>
    <message>
      <source>Type the PIN to unlock; the cart is kept</source>
      <translation>खोलने के लिए PIN लिखें; कार्ट सुरक्षित है</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>लॉक है</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>ऑर्डर</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>बैकअप जाँच रहे हैं…</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>कुछ गड़बड़ हुई</translation>
    </message>
    <message>
      <source>not set up</source>
      <translation>सेट नहीं</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>शिफ्ट</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>अभी सिंक करें</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>पिछली रसीद</translation>
    </message>
    <message>
      <source>Sync started</source>
      <translation>सिंक शुरू हुआ</translation>
    </message>
    <message>
      <source>Complete or hold the cart before restoring</source>
      <translation>बहाल करने से पहले कार्ट पूरा करें या रोकें</translation>
    </message>
    <message>
      <source>Complete or hold the cart before closing the shift</source>
      <translation>शिफ्ट बंद करने से पहले कार्ट पूरी करें या रोकें</translation>
    </message>
    <message>
      <source>Clock confirmed: try again</source>
      <translation>घड़ी की पुष्टि हो गई: फिर से करें</translation>
    </message>
    <message>
      <source>Something went wrong inside Sarv POS. The cart on screen is kept; carry on, and tell your manager. Details are in the log.</source>
      <translation>सर्व POS में कुछ गड़बड़ हुई। स्क्रीन की कार्ट सुरक्षित है; काम जारी रखें और प्रबंधक को बताएँ। विवरण लॉग में है।</translation>
    </message>
    <message>
      <source>Sarv POS</source>
      <translation>सर्व POS</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>बंद</translation>
    </message>
    <message>
      <source>since</source>
      <translation>से</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>प्रिंटर</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>सिंक</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>ठीक</translation>
    </message>
    <message>
      <source>off</source>
      <translation>बंद</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>जवाब नहीं दे रहा</translation>
    </message>
    <message>
      <source>connection lost</source>
      <translation>कनेक्शन टूटा</translation>
    </message>
    <message>
      <source>out of paper</source>
      <translation>कागज़ ख़त्म</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>समस्या</translation>
    </message>
    <message>
      <source>not enrolled</source>
      <translation>नामांकित नहीं</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>बाकी</translation>
    </message>
    <message>
      <source>syncing</source>
      <translation>सिंक हो रहा है</translation>
    </message>
    <message>
      <source>never synced</source>
      <translation>कभी सिंक नहीं हुआ</translation>
    </message>
    <message>
      <source>behind</source>
      <translation>पीछे</translation>
    </message>
    <message>
      <source>ahead</source>
      <translation>आगे</translation>
    </message>
    <message>
      <source>oldest</source>
      <translation>सबसे पुराना</translation>
    </message>
    <message>
      <source>need attention</source>
      <translation>ध्यान चाहिए</translation>
    </message>
    <message>
      <source>No printer is set up: a manager sets one up in Settings</source>
      <translation>कोई प्रिंटर सेट नहीं है: प्रबंधक सेटिंग्स में प्रिंटर सेट करें</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>प्रतीक्षा में</translation>
    </message>
    <message>
      <source>receipt waiting</source>
      <translation>रसीद प्रतीक्षा में</translation>
    </message>
    <message>
      <source>receipts waiting</source>
      <translation>रसीदें प्रतीक्षा में</translation>
    </message>
    <message>
      <source>last ok</source>
      <translation>पिछला सफल</translation>
    </message>
    <message>
      <source>error</source>
      <translation>त्रुटि</translation>
    </message>
    <message>
      <source>F5: reprint marked DUPLICATE</source>
      <translation>F5: दोबारा प्रिंट, DUPLICATE (प्रतिलिपि) लिखा</translation>
    </message>
    <message>
      <source>min</source>
      <translation>मिनट</translation>
    </message>
    <message>
      <source>Drawer</source>
      <translation>दराज़</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>विफल</translation>
    </message>
    <message>
      <source>sent, not confirmed</source>
      <translation>भेजा गया, पुष्टि नहीं</translation>
    </message>
    <message>
      <source>clock</source>
      <translation>घड़ी</translation>
    </message>
    <message>
      <source>Cash difference that needs a manager (₹)</source>
      <translation>नकद अंतर जिस पर प्रबंधक चाहिए (₹)</translation>
    </message>
    <message>
      <source>Centre's commission on SHG sales (%)</source>
      <translation>समूह की बिक्री पर केंद्र का कमीशन (%)</translation>
    </message>
    <message>
      <source>Receipt printer address</source>
      <translation>रसीद प्रिंटर का पता</translation>
    </message>
    <message>
      <source>Paper width</source>
      <translation>कागज़ की चौड़ाई</translation>
    </message>
    <message>
      <source>80 mm</source>
      <translation>80 मिमी</translation>
    </message>
    <message>
      <source>58 mm</source>
      <translation>58 मिमी</translation>
    </message>
    <message>
      <source>Printer has a cutter</source>
      <translation>प्रिंटर में कटर है</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>हाँ</translation>
    </message>
    <message>
      <source>No</source>
      <translation>नहीं</translation>
    </message>
    <message>
      <source>Cash drawer pin</source>
      <translation>नकद दराज़ पिन</translation>
    </message>
    <message>
      <source>Pin 2</source>
      <translation>पिन 2</translation>
    </message>
    <message>
      <source>Pin 5</source>
      <translation>पिन 5</translation>
    </message>
    <message>
      <source>No drawer</source>
      <translation>ड्रॉअर नहीं</translation>
    </message>
    <message>
      <source>UPI QR on receipts</source>
      <translation>रसीद पर UPI QR</translation>
    </message>
    <message>
      <source>When paying by UPI</source>
      <translation>UPI से भुगतान पर</translation>
    </message>
    <message>
      <source>Always, for an amount due</source>
      <translation>हमेशा, बकाया राशि के लिए</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>कभी नहीं</translation>
    </message>
    <message>
      <source>Ask the printer for its status</source>
      <translation>प्रिंटर से उसकी स्थिति पूछें</translation>
    </message>
    <message>
      <source>Network printers only</source>
      <translation>केवल नेटवर्क प्रिंटर</translation>
    </message>
    <message>
      <source>Always</source>
      <translation>हमेशा</translation>
    </message>
    <message>
      <source>Seconds to wait for the printer</source>
      <translation>प्रिंटर के लिए प्रतीक्षा (सेकंड)</translation>
    </message>
    <message>
      <source>Language before anyone logs in</source>
      <translation>लॉगिन से पहले की भाषा</translation>
    </message>
    <message>
      <source>English</source>
      <translation>अंग्रेज़ी</translation>
    </message>
    <message>
      <source>Screen facing the customer</source>
      <translation>ग्राहक की ओर स्क्रीन</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>बंद</translation>
    </message>
    <message>
      <source>On</source>
      <translation>चालू</translation>
    </message>
    <message>
      <source>Lock the counter after (minutes idle)</source>
      <translation>काउंटर लॉक करें (खाली मिनट बाद)</translation>
    </message>
    <message>
      <source>Nightly sync at (hour, 0 to 23)</source>
      <translation>रात का सिंक (घंटा, 0 से 23)</translation>
    </message>
    <message>
      <source>Sync every (minutes)</source>
      <translation>हर इतने मिनट में सिंक</translation>
    </message>
    <message>
      <source>Longest sync request (seconds)</source>
      <translation>सबसे लंबा सिंक अनुरोध (सेकंड)</translation>
    </message>
    <message>
      <source>Send sales after (seconds)</source>
      <translation>बिक्री इतने सेकंड बाद भेजें</translation>
    </message>
    <message>
      <source>Look for delivery orders every (seconds)</source>
      <translation>डिलीवरी ऑर्डर हर इतने सेकंड में देखें</translation>
    </message>
    <message>
      <source>Delivery charge product (SKU)</source>
      <translation>डिलीवरी शुल्क का उत्पाद (SKU)</translation>
    </message>
    <message>
      <source>Keep delivery customers' details (days)</source>
      <translation>डिलीवरी ग्राहकों का विवरण रखें (दिन)</translation>
    </message>
    <message>
      <source>Backup folder (empty: the data folder)</source>
      <translation>बैकअप फ़ोल्डर (खाली: डेटा फ़ोल्डर)</translation>
    </message>
    <message>
      <source>Weighing-scale label layout</source>
      <translation>तराज़ू लेबल का ढाँचा</translation>
    </message>
    <message>
      <source>Backups to keep</source>
      <translation>रखे जाने वाले बैकअप</translation>
    </message>
    <message>
      <source>not an amount: {0}</source>
      <translation>यह राशि नहीं है: {0}</translation>
    </message>
    <message>
      <source>amounts are given in rupees as text, for example 12.50</source>
      <translation>राशि रुपयों में लिखें, जैसे 12.50</translation>
    </message>
    <message>
      <source>not an amount in rupees: {0} (for example 12.50)</source>
      <translation>रुपयों में राशि नहीं: {0} (जैसे 12.50)</translation>
    </message>
    <message>
      <source>amount too large: {0}</source>
      <translation>राशि बहुत बड़ी है: {0}</translation>
    </message>
    <message>
      <source>amount must be more than zero</source>
      <translation>राशि शून्य से अधिक हो</translation>
    </message>
    <message>
      <source>GST rate out of range: {0} basis points</source>
      <translation>GST दर सीमा से बाहर: {0} बेसिस पॉइंट</translation>
    </message>
    <message>
      <source>a comma only groups thousands (1,250 or 1,23,456): {0}; for paise use a point, 12.50</source>
      <translation>अल्पविराम केवल हज़ारों को अलग करता है (1,250 या 1,23,456): {0}; पैसे के लिए बिंदु लगाएँ, 12.50</translation>
    </message>
    <message>
      <source>amount cannot be negative: {0}</source>
      <translation>राशि ऋणात्मक नहीं हो सकती: {0}</translation>
    </message>
    <message>
      <source>{0} is not a quantity (for example 3, 1.5 kg or 250 g)</source>
      <translation>{0} मात्रा नहीं है (जैसे 3, 1.5 kg या 250 g)</translation>
    </message>
    <message>
      <source>a quantity must be more than zero</source>
      <translation>मात्रा शून्य से अधिक होनी चाहिए</translation>
    </message>
    <message>
      <source>{0}: this item is sold by the piece; type a whole number</source>
      <translation>{0}: यह नग से बिकता है; पूरी संख्या लिखें</translation>
    </message>
    <message>
      <source>{0}: this item is sold by {1}</source>
      <translation>{0}: यह {1} से बिकता है</translation>
    </message>
    <message>
      <source>{0}: type whole {1}, or use {2}</source>
      <translation>{0}: पूरे {1} लिखें, या {2} का उपयोग करें</translation>
    </message>
    <message>
      <source>an amount in words cannot be negative</source>
      <translation>शब्दों में राशि ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
      <source>this ledger was written by a newer Sarv POS (migration {0}); install the newer version to open it</source>
      <translation>यह खाता सर्व POS के नए संस्करण ने लिखा है (माइग्रेशन {0}); खोलने के लिए नया संस्करण लगाएँ</translation>
    </message>
    <message>
      <source>a delivery needs at least one line</source>
      <translation>माल में कम से कम एक पंक्ति होनी चाहिए</translation>
    </message>
    <message>
      <source>no SHG with code {0}: add it to the catalog first</source>
      <translation>कोड {0} का कोई समूह नहीं: पहले उसे सूची में जोड़ें</translation>
    </message>
    <message>
      <source>a reorder level is a whole number of 0 or more, not {0}</source>
      <translation>दोबारा मँगाने का स्तर 0 या उससे बड़ी पूरी संख्या होता है, {0} नहीं</translation>
    </message>
    <message>
      <source>a reorder level is at most {0}</source>
      <translation>दोबारा मँगाने का स्तर अधिक से अधिक {0} होता है</translation>
    </message>
    <message>
      <source>no product with SKU or barcode {0}</source>
      <translation>SKU या बारकोड {0} का कोई सामान नहीं</translation>
    </message>
    <message>
      <source>setting a reorder level needs a manager</source>
      <translation>दोबारा मँगाने का स्तर केवल मैनेजर तय कर सकते हैं</translation>
    </message>
    <message>
      <source>no stock lot #{0}</source>
      <translation>स्टॉक लॉट #{0} नहीं है</translation>
    </message>
    <message>
      <source>the received date {0} is in the future (today is {1})</source>
      <translation>प्राप्ति की तारीख {0} आगे की है (आज {1} है)</translation>
    </message>
    <message>
      <source>the expiry {0} is before the received date {1}</source>
      <translation>समाप्ति तिथि {0} प्राप्ति की तारीख {1} से पहले है</translation>
    </message>
    <message>
      <source>SHG {0} is no longer active</source>
      <translation>समूह {0} अब सक्रिय नहीं है</translation>
    </message>
    <message>
      <source>this outlet pays SHGs the margin: give the agreed SHG price of the lot</source>
      <translation>यह केंद्र समूहों को मार्जिन देता है: लॉट का तय समूह दाम लिखें</translation>
    </message>
    <message>
      <source>a stock {0} needs a reason</source>
      <translation>स्टॉक {0} के लिए कारण चाहिए</translation>
    </message>
    <message>
      <source>a write-off is {0}, not {1}</source>
      <translation>बट्टे खाते में {0} होता है, {1} नहीं</translation>
    </message>
    <message>
      <source>a counted quantity is a whole number of at least 0, not {0}</source>
      <translation>गिनी मात्रा 0 या उससे अधिक पूर्ण संख्या हो, {0} नहीं</translation>
    </message>
    <message>
      <source>lot #{0} already has {1} on hand: nothing to adjust</source>
      <translation>लॉट #{0} में पहले से {1} हैं: बदलने को कुछ नहीं</translation>
    </message>
    <message>
      <source>{0} must be a date like 2026-04-30, not {1}</source>
      <translation>{0} 2026-04-30 जैसी तारीख हो, {1} नहीं</translation>
    </message>
    <message>
      <source>the agreed SHG price must be whole paise</source>
      <translation>तय समूह दाम पूरे पैसों में हो</translation>
    </message>
    <message>
      <source>the agreed SHG price cannot be negative</source>
      <translation>तय समूह दाम ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
      <source>the agreed SHG price {0} is above the MRP {1} of {2}</source>
      <translation>तय समूह दाम {0}, {2} की MRP {1} से ऊपर है</translation>
    </message>
    <message>
      <source>lot #{0} ({1} from {2}) has only {3} on hand, cannot take out {4}</source>
      <translation>लॉट #{0} ({2} का {1}) में केवल {3} हैं, {4} नहीं निकाल सकते</translation>
    </message>
    <message>
      <source>a stock count needs a reason (for example: monthly count)</source>
      <translation>स्टॉक गिनती का कारण लिखें (जैसे: मासिक गिनती)</translation>
    </message>
    <message>
      <source>a counted quantity cannot be negative</source>
      <translation>गिनी गई मात्रा ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
      <source>{0} has no lot to count {1} more into: receive it from its SHG first</source>
      <translation>{0} का कोई लॉट नहीं जिसमें {1} और गिने जाएँ: पहले समूह से माल प्राप्त करें</translation>
    </message>
    <message>
      <source>{0}: {1} is not valid ({2})</source>
      <translation>{0}: {1} सही नहीं है ({2})</translation>
    </message>
    <message>
      <source>no setting named {0}</source>
      <translation>{0} नाम की कोई सेटिंग नहीं</translation>
    </message>
    <message>
      <source>cannot store this till's key in {0}: {1}</source>
      <translation>इस काउंटर की कुंजी {0} में नहीं रखी जा सकी: {1}</translation>
    </message>
    <message>
      <source>{0}: a GSTIN is 15 letters and digits (e.g. 23AAAGG1234F1Z4), not {1}</source>
      <translation>{0}: जीएसटीआईएन 15 अक्षर और अंक का होता है (जैसे 23AAAGG1234F1Z4), {1} का नहीं</translation>
    </message>
    <message>
      <source>{0}: a GSTIN has only letters and digits</source>
      <translation>{0}: जीएसटीआईएन में केवल अक्षर और अंक होते हैं</translation>
    </message>
    <message>
      <source>{0}: {1} is not a state code (01 to 38, 97 or 99) in its first two digits</source>
      <translation>{0}: पहले दो अंक {1} कोई राज्य कोड नहीं (01 से 38, 97 या 99)</translation>
    </message>
    <message>
      <source>{0}: characters 3 to 12 ({1}) are not a PAN (5 letters, 4 digits, a letter)</source>
      <translation>{0}: अक्षर 3 से 12 ({1}) PAN नहीं हैं (5 अक्षर, 4 अंक, 1 अक्षर)</translation>
    </message>
    <message>
      <source>{0}: character 13 is the entity number, 1 to 9 or A to Z, not 0</source>
      <translation>{0}: 13वाँ अक्षर इकाई संख्या है, 1 से 9 या A से Z, 0 नहीं</translation>
    </message>
    <message>
      <source>{0}: character 14 must be Z, not {1}</source>
      <translation>{0}: 14वाँ अक्षर Z होना चाहिए, {1} नहीं</translation>
    </message>
    <message>
      <source>{0}: the check character (the last) is {1} but should be {2}; a character was probably mistyped</source>
      <translation>{0}: जाँच अक्षर (आख़िरी) {1} है, पर {2} होना चाहिए; शायद कोई अक्षर ग़लत टाइप हुआ</translation>
    </message>
    <message>
      <source>the receipt footer is at most {0} characters</source>
      <translation>रसीद के नीचे का पाठ अधिकतम {0} अक्षर</translation>
    </message>
    <message>
      <source>choose one of the listed values, not {0}</source>
      <translation>सूची में से एक चुनें, {0} नहीं</translation>
    </message>
    <message>
      <source>a percentage is a number such as 10 or 7.5, not {0}</source>
      <translation>प्रतिशत 10 या 7.5 जैसी संख्या है, {0} नहीं</translation>
    </message>
    <message>
      <source>a percentage is between 0 and 100 with at most two decimals, not {0}</source>
      <translation>प्रतिशत 0 से 100 के बीच, अधिकतम दो दशमलव तक, {0} नहीं</translation>
    </message>
    <message>
      <source>a whole number from {0} to {1}, not {2}</source>
      <translation>{0} से {1} तक पूरी संख्या, {2} नहीं</translation>
    </message>
    <message>
      <source>not a valid UPI ID: {0} (e.g. sarvgwalior@sbi)</source>
      <translation>मान्य UPI ID नहीं: {0} (जैसे sarvgwalior@sbi)</translation>
    </message>
    <message>
      <source>a phone number is digits, spaces or '-', not {0}</source>
      <translation>फ़ोन नंबर में अंक, खाली जगह या '-' होते हैं, {0} नहीं</translation>
    </message>
    <message>
      <source>choose one of {0}</source>
      <translation>इनमें से एक चुनें: {0}</translation>
    </message>
    <message>
      <source>an outlet is already set up in {0}</source>
      <translation>{0} में केंद्र पहले से सेट है</translation>
    </message>
    <message>
      <source>the outlet's details are needed</source>
      <translation>केंद्र का विवरण चाहिए</translation>
    </message>
    <message>
      <source>the manager needs a name</source>
      <translation>प्रबंधक का नाम चाहिए</translation>
    </message>
    <message>
      <source>only a manager can change the outlet's details</source>
      <translation>केंद्र का विवरण केवल प्रबंधक बदल सकते हैं</translation>
    </message>
    <message>
      <source>document mode must be one of {0}</source>
      <translation>दस्तावेज़ प्रकार इनमें से एक हो: {0}</translation>
    </message>
    <message>
      <source>only a manager can change the server address</source>
      <translation>सर्वर का पता केवल प्रबंधक बदल सकते हैं</translation>
    </message>
    <message>
      <source>this till is not enrolled with a district: use the set-up wizard</source>
      <translation>यह काउंटर किसी ज़िले से नहीं जुड़ा: सेट-अप विज़ार्ड चलाएँ</translation>
    </message>
    <message>
      <source>the server address {0} is not like https://district.example.in</source>
      <translation>सर्वर का पता {0} https://district.example.in जैसा नहीं है</translation>
    </message>
    <message>
      <source>only a manager can change the settings</source>
      <translation>सेटिंग्स केवल प्रबंधक बदल सकते हैं</translation>
    </message>
    <message>
      <source>no backup file at {0}</source>
      <translation>{0} पर कोई बैकअप फ़ाइल नहीं</translation>
    </message>
    <message>
      <source>{0} fails the integrity check ({1}); nothing was replaced. Choose another backup.</source>
      <translation>{0} जाँच में विफल ({1}); कुछ नहीं बदला गया। कोई दूसरा बैकअप चुनें।</translation>
    </message>
    <message>
      <source>a restore needs a manager's approval</source>
      <translation>बैकअप वापस लाने के लिए प्रबंधक की अनुमति चाहिए</translation>
    </message>
    <message>
      <source>the server address starts with https:// (or http://)</source>
      <translation>सर्वर का पता https:// (या http://) से शुरू होता है</translation>
    </message>
    <message>
      <source>type the enrolment code the district gave you</source>
      <translation>ज़िले से मिला नामांकन कोड लिखें</translation>
    </message>
    <message>
      <source>{0} cannot be changed here</source>
      <translation>{0} यहाँ नहीं बदला जा सकता</translation>
    </message>
    <message>
      <source>a PIN is 4 to 8 digits</source>
      <translation>PIN 4 से 8 अंकों का होता है</translation>
    </message>
    <message>
      <source>a user name is 1 to 40 letters, digits, spaces, '.', '-' or '''</source>
      <translation>उपयोगकर्ता का नाम 1 से 40 अक्षर, अंक, खाली जगह, '.', '-' या ''' हो</translation>
    </message>
    <message>
      <source>role must be one of {0}</source>
      <translation>भूमिका इनमें से एक हो: {0}</translation>
    </message>
    <message>
      <source>language must be en or hi</source>
      <translation>भाषा en या hi हो</translation>
    </message>
    <message>
      <source>a user named {0} already exists</source>
      <translation>{0} नाम का उपयोगकर्ता पहले से है</translation>
    </message>
    <message>
      <source>no user named {0}</source>
      <translation>{0} नाम का कोई उपयोगकर्ता नहीं</translation>
    </message>
    <message>
      <source>no user #{0}</source>
      <translation>उपयोगकर्ता #{0} नहीं है</translation>
    </message>
    <message>
      <source>unknown user or wrong PIN</source>
      <translation>अज्ञात उपयोगकर्ता या गलत PIN</translation>
    </message>
    <message>
      <source>{0} is locked after {1} wrong PINs until {2}</source>
      <translation>{1} गलत PIN के बाद {0} {2} तक बंद है</translation>
    </message>
    <message>
      <source>{0} has no PIN on this till yet: a manager sets a new one (back office, People, Reset PIN)</source>
      <translation>इस काउंटर पर {0} का अभी कोई पिन नहीं है: प्रबंधक नया पिन रखें (बैक ऑफ़िस, लोग, पिन बदलें)</translation>
    </message>
    <message>
      <source>wrong PIN ({0} tr{1} left)</source>
      <translation>गलत PIN ({0} प्रयास बाकी)</translation>
    </message>
    <message>
      <source>{0} needs a manager's approval</source>
      <translation>{0} के लिए प्रबंधक की मंज़ूरी चाहिए</translation>
    </message>
    <message>
      <source>{0} is a cashier; {1} needs a manager's approval</source>
      <translation>{0} कैशियर हैं; {1} के लिए प्रबंधक की मंज़ूरी चाहिए</translation>
    </message>
    <message>
      <source>another manager must unlock {0}</source>
      <translation>{0} को कोई दूसरा प्रबंधक खोले</translation>
    </message>
    <message>
      <source>confirming the clock needs a manager's approval</source>
      <translation>घड़ी की पुष्टि के लिए प्रबंधक की मंज़ूरी चाहिए</translation>
    </message>
    <message>
      <source>a manager cannot deactivate themselves: another manager must</source>
      <translation>प्रबंधक स्वयं को निष्क्रिय नहीं कर सकते: कोई दूसरा प्रबंधक करे</translation>
    </message>
    <message>
      <source>wrong PIN {0} times: {1} is locked for {2} minutes</source>
      <translation>{0} बार गलत PIN: {1} {2} मिनट के लिए बंद है</translation>
    </message>
    <message>
      <source>a report is one of {0}, not {1}</source>
      <translation>रिपोर्ट {0} में से एक है, {1} नहीं</translation>
    </message>
    <message>
      <source>an EAN-13 needs 12 digits before its check digit, not {0}</source>
      <translation>EAN-13 में जाँच अंक से पहले 12 अंक चाहिए, {0} नहीं</translation>
    </message>
    <message>
      <source>product id {0} does not fit an in-store barcode</source>
      <translation>सामान id {0} दुकान के बारकोड में नहीं समाता</translation>
    </message>
    <message>
      <source>{0} is not a valid EAN-13</source>
      <translation>{0} सही EAN-13 नहीं है</translation>
    </message>
    <message>
      <source>print between 1 and 200 labels at a time</source>
      <translation>एक बार में 1 से 200 लेबल छापें</translation>
    </message>
    <message>
      <source>barcode {0} already belongs to another product</source>
      <translation>बारकोड {0} पहले से दूसरे सामान का है</translation>
    </message>
    <message>
      <source>unknown printer setting {0}; known: {1}</source>
      <translation>अज्ञात प्रिंटर सेटिंग {0}; ज्ञात: {1}</translation>
    </message>
    <message>
      <source>no print job {0}</source>
      <translation>प्रिंट काम {0} नहीं मिला</translation>
    </message>
    <message>
      <source>unknown print job kind {0}</source>
      <translation>अज्ञात प्रिंट काम का प्रकार {0}</translation>
    </message>
    <message>
      <source>expired: the drawer was not opened; use the drawer key</source>
      <translation>समय निकल गया: दराज़ नहीं खुली; दराज़ की चाबी से खोलें</translation>
    </message>
    <message>
      <source>no printer set up: pos print setup --uri tcp://HOST:9100</source>
      <translation>कोई प्रिंटर सेट नहीं: pos print setup --uri tcp://HOST:9100</translation>
    </message>
    <message>
      <source>no cash drawer set up (printer_drawer_pin is none)</source>
      <translation>कोई नकद दराज़ सेट नहीं (printer_drawer_pin none है)</translation>
    </message>
    <message>
      <source>{0}: unknown printer type {1} (tcp, usb, serial, file, win32)</source>
      <translation>{0}: अज्ञात प्रिंटर प्रकार {1} (tcp, usb, serial, file, win32)</translation>
    </message>
    <message>
      <source>not a printer address: {0} (e.g. tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0, win32://Printer Name)</source>
      <translation>प्रिंटर का पता नहीं: {0} (जैसे tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0, win32://Printer Name)</translation>
    </message>
    <message>
      <source>the {0} closed the connection</source>
      <translation>{0} ने जुड़ाव बंद कर दिया</translation>
    </message>
    <message>
      <source>{0}: a network printer needs a host, e.g. tcp://10.0.0.5:9100</source>
      <translation>{0}: नेटवर्क प्रिंटर का होस्ट चाहिए, जैसे tcp://10.0.0.5:9100</translation>
    </message>
    <message>
      <source>{0}: USB ids are four hex digits each</source>
      <translation>{0}: USB id चार-चार hex अंकों की होती हैं</translation>
    </message>
    <message>
      <source>{0}: baud must be one of 9600, 19200, 38400, 115200, ...</source>
      <translation>{0}: baud इनमें से एक हो: 9600, 19200, 38400, 115200, ...</translation>
    </message>
    <message>
      <source>{0}: name the port, e.g. serial:///dev/ttyUSB0?baud=9600</source>
      <translation>{0}: पोर्ट का नाम दें, जैसे serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
      <source>{0}: give an absolute path, e.g. file:///dev/usb/lp0</source>
      <translation>{0}: पूरा पथ दें, जैसे file:///dev/usb/lp0</translation>
    </message>
    <message>
      <source>the {0} cannot be used on this computer: {1}</source>
      <translation>{0} इस कंप्यूटर पर नहीं चल सकता: {1}</translation>
    </message>
    <message>
      <source>the {0} is off or not connected ({1})</source>
      <translation>{0} बंद है या जुड़ा नहीं है ({1})</translation>
    </message>
    <message>
      <source>the {0} is connected but does not answer</source>
      <translation>{0} जुड़ा है पर जवाब नहीं देता</translation>
    </message>
    <message>
      <source>the {0} stopped taking data</source>
      <translation>{0} ने डेटा लेना बंद कर दिया</translation>
    </message>
    <message>
      <source>the {0} dropped the connection</source>
      <translation>{0} का जुड़ाव टूट गया</translation>
    </message>
    <message>
      <source>the {0} failed: {1}</source>
      <translation>{0} विफल: {1}</translation>
    </message>
    <message>
      <source>{0}: the port must be a number up to 65535, e.g. 9100</source>
      <translation>{0}: पोर्ट 65535 तक की संख्या हो, जैसे 9100</translation>
    </message>
    <message>
      <source>{0}: give the USB vendor and product id in hex, e.g. usb://04b8:0202</source>
      <translation>{0}: USB vendor और product id hex में दें, जैसे usb://04b8:0202</translation>
    </message>
    <message>
      <source>the {0} is out of paper</source>
      <translation>{0} में कागज़ खत्म है</translation>
    </message>
    <message>
      <source>the {0} is offline (cover open?)</source>
      <translation>{0} ऑफ़लाइन है (ढक्कन खुला?)</translation>
    </message>
    <message>
      <source>cannot write the PDF {0}: {1}</source>
      <translation>PDF {0} नहीं लिखी जा सकी: {1}</translation>
    </message>
    <message>
      <source>printing needs Qt started on the main thread first</source>
      <translation>छापने के लिए पहले मुख्य थ्रेड पर Qt शुरू होना चाहिए</translation>
    </message>
    <message>
      <source>the bundled font {0} is missing or damaged</source>
      <translation>साथ आया फ़ॉन्ट {0} नहीं है या खराब है</translation>
    </message>
    <message>
      <source>barcode {0} must be 6 to 14 digits</source>
      <translation>बारकोड {0} में 6 से 14 अंक हों</translation>
    </message>
    <message>
      <source>barcode {0} has a wrong check digit (it should end in {1})</source>
      <translation>बारकोड {0} का जाँच अंक गलत है (अंत में {1} होना चाहिए)</translation>
    </message>
    <message>
      <source>scale label {0} has a wrong check digit: scan it again</source>
      <translation>तराज़ू लेबल {0} का जाँच अंक गलत है: फिर से स्कैन करें</translation>
    </message>
    <message>
      <source>effective date {0} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
      <translation>लागू होने की तारीख {0} YYYY-MM-DD या YYYY-MM-DDTHH:MM जैसी नहीं है</translation>
    </message>
    <message>
      <source>GST rate {0} is not a percentage such as 5 or 12</source>
      <translation>GST दर {0} 5 या 12 जैसा प्रतिशत नहीं है</translation>
    </message>
    <message>
      <source>GST rate {0}% is not a GST slab ({1})</source>
      <translation>GST दर {0}% कोई GST स्लैब नहीं है ({1})</translation>
    </message>
    <message>
      <source>this outlet is enrolled with the district: catalog, prices and rates come only from the district server (pos sync)</source>
      <translation>यह केंद्र ज़िले से जुड़ा है: सामान, दाम और दरें केवल ज़िला सर्वर से आती हैं (pos sync)</translation>
    </message>
    <message>
      <source>{0} ({1}) is not on sale any more</source>
      <translation>{0} ({1}) अब बिक्री में नहीं है</translation>
    </message>
    <message>
      <source>{0} ({1}) has no price yet</source>
      <translation>{0} ({1}) का अभी कोई दाम नहीं है</translation>
    </message>
    <message>
      <source>{0} ({1}) has no GST rate for HSN {2}</source>
      <translation>{0} ({1}) के HSN {2} की कोई GST दर नहीं है</translation>
    </message>
    <message>
      <source>scan or type a barcode or SKU</source>
      <translation>बारकोड स्कैन करें या बारकोड/SKU लिखें</translation>
    </message>
    <message>
      <source>unknown column(s) {0}</source>
      <translation>अनजान कॉलम {0}</translation>
    </message>
    <message>
      <source>SHG code {0} must be letters, digits, - or _ (up to 24)</source>
      <translation>SHG कोड {0} में अक्षर, अंक, - या _ हों (24 तक)</translation>
    </message>
    <message>
      <source>SHG name_en is empty</source>
      <translation>SHG का अंग्रेज़ी नाम (name_en) खाली है</translation>
    </message>
    <message>
      <source>SKU {0} must be 1-32 letters, digits, '-', '_' or '.'</source>
      <translation>SKU {0} में 1 से 32 अक्षर, अंक, '-', '_' या '.' हों</translation>
    </message>
    <message>
      <source>name_en is empty</source>
      <translation>अंग्रेज़ी नाम (name_en) खाली है</translation>
    </message>
    <message>
      <source>category is empty</source>
      <translation>श्रेणी खाली है</translation>
    </message>
    <message>
      <source>unit {0} must be one of {1}</source>
      <translation>इकाई {0} इनमें से एक हो: {1}</translation>
    </message>
    <message>
      <source>HSN {0} must be 4, 6 or 8 digits</source>
      <translation>एचएसएन {0} में 4, 6 या 8 अंक हों</translation>
    </message>
    <message>
      <source>shg_code is empty (every product needs a default SHG)</source>
      <translation>समूह कोड खाली है (हर उत्पाद का एक मुख्य समूह हो)</translation>
    </message>
    <message>
      <source>category_colour {0} must be like #2e7d32 (or empty)</source>
      <translation>श्रेणी का रंग (category_colour) {0} #2e7d32 जैसा हो (या खाली)</translation>
    </message>
    <message>
      <source>active {0} must be 1 or 0</source>
      <translation>active {0} का मान 1 या 0 हो</translation>
    </message>
    <message>
      <source>catalog file not found: {0}</source>
      <translation>सामान सूची फ़ाइल नहीं मिली: {0}</translation>
    </message>
    <message>
      <source>{0} is not UTF-8 text: {1}</source>
      <translation>{0} UTF-8 पाठ नहीं है: {1}</translation>
    </message>
    <message>
      <source>cannot read {0}: {1}</source>
      <translation>{0} पढ़ा नहीं जा सका: {1}</translation>
    </message>
    <message>
      <source>expected an object with "shgs" and/or "products" lists</source>
      <translation>फ़ाइल में "shgs" और/या "products" सूचियों वाला ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
      <source>the file is empty (no header row)</source>
      <translation>फ़ाइल खाली है (शीर्षक पंक्ति नहीं है)</translation>
    </message>
    <message>
      <source>header lacks column(s): {0}</source>
      <translation>शीर्षक पंक्ति में ये कॉलम नहीं हैं: {0}</translation>
    </message>
    <message>
      <source>cannot write the catalog file {0}: {1}</source>
      <translation>सूची फ़ाइल {0} नहीं लिखी जा सकी: {1}</translation>
    </message>
    <message>
      <source>scale label {0}: no product number {1}</source>
      <translation>तराज़ू लेबल {0}: उत्पाद संख्या {1} नहीं है</translation>
    </message>
    <message>
      <source>{0} is sold by the piece, not by weight</source>
      <translation>{0} नग से बिकता है, वज़न से नहीं</translation>
    </message>
    <message>
      <source>MRP: {0}</source>
      <translation>एमआरपी: {0}</translation>
    </message>
    <message>
      <source>not valid JSON at column {0}</source>
      <translation>सही JSON नहीं: कॉलम {0} पर गलती</translation>
    </message>
    <message>
      <source>"{0}" must be a list</source>
      <translation>"{0}" एक सूची हो</translation>
    </message>
    <message>
      <source>more fields than the header has</source>
      <translation>शीर्ष पंक्ति से अधिक कॉलम</translation>
    </message>
    <message>
      <source>SHG code {0} appears twice</source>
      <translation>समूह कोड {0} दो बार है</translation>
    </message>
    <message>
      <source>SKU {0} appears twice</source>
      <translation>SKU {0} दो बार है</translation>
    </message>
    <message>
      <source>{0}: unknown SHG code {1}</source>
      <translation>{0}: अनजान समूह कोड {1}</translation>
    </message>
    <message>
      <source>{0}: HSN {1} has two different GST rates</source>
      <translation>{0}: एचएसएन {1} की दो अलग जीएसटी दरें हैं</translation>
    </message>
    <message>
      <source>{0}[{1}] is not an object</source>
      <translation>{0}[{1}] एक वस्तु (object) नहीं है</translation>
    </message>
    <message>
      <source>barcode {0} is on both {1} and {2}</source>
      <translation>बारकोड {0} {1} और {2} दोनों पर है</translation>
    </message>
    <message>
      <source>{0}: barcode {1} already belongs to {2}</source>
      <translation>{0}: बारकोड {1} पहले से {2} का है</translation>
    </message>
    <message>
      <source>a bank account is 9 to 18 digits, not {0}</source>
      <translation>बैंक खाता 9 से 18 अंकों का होता है, {0} नहीं</translation>
    </message>
    <message>
      <source>an IFSC is like SBIN0001234, not {0}</source>
      <translation>IFSC SBIN0001234 जैसा होता है, {0} नहीं</translation>
    </message>
    <message>
      <source>the backup failed its integrity check: {0}</source>
      <translation>बैकअप जाँच में विफल रहा: {0}</translation>
    </message>
    <message>
      <source>cannot create the backup folder {0}: {1}</source>
      <translation>बैकअप फ़ोल्डर {0} नहीं बन सका: {1}</translation>
    </message>
    <message>
      <source>the device clock is behind the last recorded event ({0}); check the date and time, then a manager must confirm it</source>
      <translation>मशीन की घड़ी पिछली दर्ज घटना ({0}) से पीछे है; तारीख और समय जाँचें, फिर प्रबंधक पुष्टि करें</translation>
    </message>
    <message>
      <source>outlet code must be 2 or 3 capital letters or digits, e.g. G01</source>
      <translation>केंद्र कोड 2 या 3 बड़े अक्षर या अंक हों, जैसे G01</translation>
    </message>
    <message>
      <source>device letter must be one capital letter, e.g. A</source>
      <translation>मशीन का अक्षर एक बड़ा अक्षर हो, जैसे A</translation>
    </message>
    <message>
      <source>the outlet needs a name</source>
      <translation>केंद्र का नाम चाहिए</translation>
    </message>
    <message>
      <source>a tax-invoice outlet needs its GSTIN</source>
      <translation>टैक्स इनवॉइस वाले केंद्र का GSTIN चाहिए</translation>
    </message>
    <message>
      <source>a bill of supply carries the outlet's GSTIN: give it, or issue cash memos (an outlet that is not registered for GST)</source>
      <translation>आपूर्ति के बिल पर केंद्र का GSTIN छपता है: GSTIN दें, या नकद मेमो जारी करें (GST में पंजीकृत न हो तो)</translation>
    </message>
    <message>
      <source>an outlet ledger already exists at {0}</source>
      <translation>{0} पर केंद्र का खाता पहले से है</translation>
    </message>
    <message>
      <source>no outlet ledger at {0}: run `pos init` (or `pos demo`) first, or give --data-dir</source>
      <translation>{0} पर केंद्र का खाता नहीं: पहले `pos init` (या `pos demo`) चलाएँ, या --data-dir दें</translation>
    </message>
    <message>
      <source>{0} has no device record; run `pos init` first</source>
      <translation>{0} में मशीन का रिकॉर्ड नहीं; पहले `pos init` चलाएँ</translation>
    </message>
    <message>
      <source>cannot create the data folder {0}: {1}</source>
      <translation>डेटा फ़ोल्डर {0} नहीं बन सका: {1}</translation>
    </message>
    <message>
      <source>{0} is not a Sarv POS ledger</source>
      <translation>{0} सर्व POS का खाता नहीं है</translation>
    </message>
    <message>
      <source>the ledger has no outlet record</source>
      <translation>खाते में केंद्र का रिकॉर्ड नहीं है</translation>
    </message>
    <message>
      <source>the ledger file {0} is damaged ({1})</source>
      <translation>खाता फ़ाइल {0} खराब है ({1})</translation>
    </message>
    <message>
      <source>{0} is not a manager: only a manager sees the expected cash</source>
      <translation>{0} प्रबंधक नहीं हैं: अपेक्षित नकद केवल प्रबंधक देख सकते हैं</translation>
    </message>
    <message>
      <source>the period starts ({0}) after it ends ({1})</source>
      <translation>अवधि की शुरुआत ({0}) उसके अंत ({1}) के बाद है</translation>
    </message>
    <message>
      <source>no shift is open: an X report needs an open shift</source>
      <translation>कोई शिफ्ट खुली नहीं: X रिपोर्ट के लिए खुली शिफ्ट चाहिए</translation>
    </message>
    <message>
      <source>a period is two dates like 2026-04-01 and 2026-04-30, not {0} and {1}</source>
      <translation>अवधि 2026-04-01 और 2026-04-30 जैसी दो तारीखें होती है, {0} और {1} नहीं</translation>
    </message>
    <message>
      <source>shift #{0} is still open: close it for a Z, or take an X</source>
      <translation>शिफ्ट #{0} अभी खुली है: Z के लिए उसे बंद करें, या X लें</translation>
    </message>
    <message>
      <source>no shift has been closed yet on this till</source>
      <translation>इस काउंटर पर अभी कोई शिफ्ट बंद नहीं हुई</translation>
    </message>
    <message>
      <source>the commission setting {0} is not valid: use pct:BASIS_POINTS (pct:1000 = 10 %) or margin</source>
      <translation>कमीशन सेटिंग {0} सही नहीं: pct:BASIS_POINTS (pct:1000 = 10 %) या margin लिखें</translation>
    </message>
    <message>
      <source>the period {0} to {1} has not ended (today is {2}): it can be settled from {3}</source>
      <translation>{0} से {1} की अवधि अभी खत्म नहीं हुई (आज {2} है): इसका हिसाब {3} से हो सकता है</translation>
    </message>
    <message>
      <source>pay by {0}, not {1}</source>
      <translation>{0} से भुगतान करें, {1} से नहीं</translation>
    </message>
    <message>
      <source>a payout needs its reference (UTR, cheque or voucher number)</source>
      <translation>भुगतान का संदर्भ चाहिए (UTR, चेक या वाउचर नंबर)</translation>
    </message>
    <message>
      <source>the payment date {0} is in the future (today is {1})</source>
      <translation>भुगतान की तारीख {0} आगे की है (आज {1} है)</translation>
    </message>
    <message>
      <source>a payout amount must be more than zero</source>
      <translation>भुगतान राशि शून्य से अधिक हो</translation>
    </message>
    <message>
      <source>no SHG with code {0}</source>
      <translation>कोड {0} का कोई समूह नहीं</translation>
    </message>
    <message>
      <source>the payment date must be like 2026-05-05, not {0}</source>
      <translation>भुगतान की तारीख 2026-05-05 जैसी हो, {0} नहीं</translation>
    </message>
    <message>
      <source>recording an SHG payout</source>
      <translation>समूह को भुगतान दर्ज करना</translation>
    </message>
    <message>
      <source>{0} was already paid for {1} to {2} ({3}, {4} {5} on {6}): a period is paid only once</source>
      <translation>{0} को {1} से {2} का भुगतान हो चुका है ({3}, {4} {5}, {6} को): एक अवधि का भुगतान एक ही बार होता है</translation>
    </message>
    <message>
      <source>nothing is payable to {0} for {1} to {2} (net {3})</source>
      <translation>{1} से {2} के लिए {0} को कुछ देय नहीं (शुद्ध {3})</translation>
    </message>
    <message>
      <source>{0} is owed {1} for {2} to {3}, not {4}</source>
      <translation>{2} से {3} के लिए {0} को {1} देय है, {4} नहीं</translation>
    </message>
    <message>
      <source>a cart is open or held, not {0}</source>
      <translation>कार्ट खुली या रोकी हुई होती है, {0} नहीं</translation>
    </message>
    <message>
      <source>that cart is no longer there (recalled or completed on another screen)</source>
      <translation>वह कार्ट अब नहीं है (दूसरी स्क्रीन पर वापस लाई या पूरी की गई)</translation>
    </message>
    <message>
      <source>give at least the first 4 characters of the order id</source>
      <translation>ऑर्डर आईडी के कम से कम पहले 4 अक्षर दें</translation>
    </message>
    <message>
      <source>no order {0} at this outlet</source>
      <translation>इस केंद्र पर कोई ऑर्डर {0} नहीं</translation>
    </message>
    <message>
      <source>{0} fits more than one order: give more of its id</source>
      <translation>{0} एक से अधिक ऑर्डर से मिलता है: आईडी के और अक्षर दें</translation>
    </message>
    <message>
      <source>order {0} is {1}: it cannot be {2}</source>
      <translation>ऑर्डर {0} की स्थिति {1} है: यह {2} नहीं हो सकता</translation>
    </message>
    <message>
      <source>order {0} was cancelled by the customer</source>
      <translation>ऑर्डर {0} ग्राहक ने रद्द कर दिया</translation>
    </message>
    <message>
      <source>say why the order is rejected (the customer sees it)</source>
      <translation>बताएँ कि ऑर्डर क्यों अस्वीकार है (ग्राहक को दिखेगा)</translation>
    </message>
    <message>
      <source>name the delivery person</source>
      <translation>डिलीवरी करने वाले का नाम लिखें</translation>
    </message>
    <message>
      <source>order {0} is {1}: only a dispatched order is delivered</source>
      <translation>ऑर्डर {0} की स्थिति {1} है: केवल भेजा गया ऑर्डर ही पहुँचाया जाता है</translation>
    </message>
    <message>
      <source>a delivery is paid in cash or by UPI</source>
      <translation>डिलीवरी का भुगतान नकद या यूपीआई से होता है</translation>
    </message>
    <message>
      <source>say why the order was not delivered</source>
      <translation>बताएँ कि ऑर्डर क्यों नहीं पहुँचा</translation>
    </message>
    <message>
      <source>{0}: only {1} on hand for this order of {2}; receive stock or reject the order</source>
      <translation>{0}: इस {2} के ऑर्डर के लिए केवल {1} उपलब्ध; स्टॉक लें या ऑर्डर अस्वीकार करें</translation>
    </message>
    <message>
      <source>a UPI payment needs its UTR (the 12-digit reference)</source>
      <translation>यूपीआई भुगतान के लिए यूटीआर (12 अंकों का संदर्भ) चाहिए</translation>
    </message>
    <message>
      <source>a tender is {0}, not {1}</source>
      <translation>भुगतान का तरीका {0} है, {1} नहीं</translation>
    </message>
    <message>
      <source>quantity must be a whole number, not {0}</source>
      <translation>मात्रा पूर्ण संख्या हो, {0} नहीं</translation>
    </message>
    <message>
      <source>quantity must be at least 1 (got {0})</source>
      <translation>मात्रा कम से कम 1 हो ({0} मिली)</translation>
    </message>
    <message>
      <source>quantity {0} is too large (at most {1})</source>
      <translation>मात्रा {0} बहुत अधिक है (अधिकतम {1})</translation>
    </message>
    <message>
      <source>{0}: {1} is above the MRP of {2}; selling above MRP is illegal</source>
      <translation>{0}: {1} MRP {2} से ऊपर है; MRP से ऊपर बेचना गैरकानूनी है</translation>
    </message>
    <message>
      <source>a unit price must be more than zero</source>
      <translation>एक नग का दाम शून्य से अधिक हो</translation>
    </message>
    <message>
      <source>a discount cannot be negative</source>
      <translation>छूट ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
      <source>{0}: the discount is not less than the line amount</source>
      <translation>{0}: छूट पंक्ति की राशि से कम नहीं है</translation>
    </message>
    <message>
      <source>tendered {0} is below the total {1} ({2} short)</source>
      <translation>दिए गए {0} कुल {1} से कम हैं ({2} कम)</translation>
    </message>
    <message>
      <source>UPI and card come to {0}, more than the total {1}: only cash gives change</source>
      <translation>UPI और कार्ड मिलाकर {0}, कुल {1} से अधिक: लौटाने के पैसे केवल नकद में</translation>
    </message>
    <message>
      <source>no shift is open: open a shift first (pos shift open)</source>
      <translation>कोई शिफ्ट खुली नहीं: पहले शिफ्ट खोलें (pos shift open)</translation>
    </message>
    <message>
      <source>this till was restored from a backup: it must catch up with the district before it issues a receipt (connect to the network and sync: pos sync --once)</source>
      <translation>यह काउंटर बैकअप से वापस लाया गया है: रसीद देने से पहले इसे ज़िले से मिलान करना होगा (नेटवर्क से जुड़ें और सिंक करें: pos sync --once)</translation>
    </message>
    <message>
      <source>the {0} receipt series for {1} is full on this device</source>
      <translation>इस मशीन पर {1} की {0} रसीद शृंखला भर गई है</translation>
    </message>
    <message>
      <source>the cart is empty</source>
      <translation>कार्ट खाली है</translation>
    </message>
    <message>
      <source>no receipt {0} in this outlet's ledger</source>
      <translation>इस केंद्र के खाते में रसीद {0} नहीं है</translation>
    </message>
    <message>
      <source>{0} is a return, not a sale</source>
      <translation>{0} माल वापसी है, बिक्री नहीं</translation>
    </message>
    <message>
      <source>refunds are paid in cash or by UPI</source>
      <translation>पैसे वापसी नकद या UPI से होती है</translation>
    </message>
    <message>
      <source>a void needs a reason</source>
      <translation>निरस्त करने का कारण चाहिए</translation>
    </message>
    <message>
      <source>{0} is itself a return</source>
      <translation>{0} खुद एक माल वापसी है</translation>
    </message>
    <message>
      <source>{0} already has a return made before this till was restored (held at the district): return it at the district office</source>
      <translation>{0} की माल वापसी इस काउंटर के वापस लाए जाने से पहले हो चुकी है (ज़िले में दर्ज): ज़िला कार्यालय में वापसी करें</translation>
    </message>
    <message>
      <source>{0} already has returns; return the rest instead of voiding</source>
      <translation>{0} की माल वापसी हो चुकी है; निरस्त नहीं, बाकी की माल वापसी करें</translation>
    </message>
    <message>
      <source>a cash refund of {0} is more than the drawer holds ({1}): refund by UPI instead</source>
      <translation>{0} की नकद वापसी दराज़ में रखी राशि ({1}) से ज़्यादा है: UPI से वापस करें</translation>
    </message>
    <message>
      <source>the returned quantity exceeds what was allocated to lots</source>
      <translation>माल वापसी की मात्रा लॉट में बाँटी गई मात्रा से अधिक है</translation>
    </message>
    <message>
      <source>a discount or price override needs the acting cashier</source>
      <translation>छूट या दाम बदलने के लिए कैशियर का नाम चाहिए</translation>
    </message>
    <message>
      <source>unknown tender {0}: use cash, upi or card</source>
      <translation>अज्ञात भुगतान तरीका {0}: नकद, UPI या कार्ड चुनें</translation>
    </message>
    <message>
      <source>{0} amount must be more than zero</source>
      <translation>{0} राशि शून्य से अधिक हो</translation>
    </message>
    <message>
      <source>everything on {0} was already returned</source>
      <translation>{0} का सारा सामान पहले ही माल वापसी में आ चुका है</translation>
    </message>
    <message>
      <source>line {0} ({1}): {2} to return but only {3} of {4} sold remain returnable</source>
      <translation>पंक्ति {0} ({1}): {2} की माल वापसी माँगी, पर बिके {4} में से केवल {3} बाकी हैं</translation>
    </message>
    <message>
      <source>{0} has no line {1}</source>
      <translation>{0} में पंक्ति {1} नहीं है</translation>
    </message>
    <message>
      <source>line {0} is named twice: give each line once with the quantity to return</source>
      <translation>पंक्ति {0} दो बार दी गई है: हर पंक्ति एक बार, लौटाने की मात्रा के साथ दें</translation>
    </message>
    <message>
      <source>a discount or price override</source>
      <translation>छूट या कीमत बदलना</translation>
    </message>
    <message>
      <source>no shift #{0}</source>
      <translation>शिफ्ट #{0} नहीं है</translation>
    </message>
    <message>
      <source>no Z number {0}: that shift was never closed on this till</source>
      <translation>Z नंबर {0} नहीं: वह शिफ्ट इस काउंटर पर कभी बंद नहीं हुई</translation>
    </message>
    <message>
      <source>the opening float cannot be negative</source>
      <translation>शुरुआती नकद ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
      <source>unknown cash movement {0}: use {1}</source>
      <translation>अज्ञात नकद लेन-देन {0}: इनमें से चुनें {1}</translation>
    </message>
    <message>
      <source>an amount must be whole paise, not {0}</source>
      <translation>राशि पूरे पैसों में हो, {0} नहीं</translation>
    </message>
    <message>
      <source>a {0} needs a reason</source>
      <translation>{0} के लिए कारण चाहिए</translation>
    </message>
    <message>
      <source>there is no open shift to close{0}</source>
      <translation>बंद करने के लिए कोई खुली शिफ्ट नहीं{0}</translation>
    </message>
    <message>
      <source>a shift is already open; close it first</source>
      <translation>एक शिफ्ट पहले से खुली है; पहले उसे बंद करें</translation>
    </message>
    <message>
      <source>a no-sale drawer opening moves no cash: leave the amount out</source>
      <translation>बिना बिक्री दराज़ खोलने में नकद नहीं हिलता: राशि न लिखें</translation>
    </message>
    <message>
      <source>a {0} must be more than zero</source>
      <translation>{0} शून्य से अधिक हो</translation>
    </message>
    <message>
      <source>{0} paise is not a denomination we count ({1})</source>
      <translation>{0} पैसे गिने जाने वाला नोट/सिक्का नहीं है ({1})</translation>
    </message>
    <message>
      <source>the count of {0} must be a whole number</source>
      <translation>{0} की गिनती पूर्ण संख्या हो</translation>
    </message>
    <message>
      <source>the count of {0} cannot be negative ({1})</source>
      <translation>{0} की गिनती ऋणात्मक नहीं हो सकती ({1})</translation>
    </message>
    <message>
      <source>{0} × {1} is too many: a typo?</source>
      <translation>{0} × {1} बहुत ज़्यादा है: कहीं गलत तो नहीं लिखा?</translation>
    </message>
    <message>
      <source>the drawer is {0} {1}: give a reason for the variance</source>
      <translation>दराज़ में {0} {1} है: अंतर का कारण लिखें</translation>
    </message>
    <message>
      <source>the shift was closed meanwhile</source>
      <translation>इस बीच शिफ्ट बंद हो गई</translation>
    </message>
    <message>
      <source>cannot {0} {1}: the drawer should hold only {2}</source>
      <translation>{0} {1} नहीं हो सकता: दराज़ में केवल {2} होने चाहिए</translation>
    </message>
    <message>
      <source>a no-sale drawer opening</source>
      <translation>बिना बिक्री दराज़ खोलना</translation>
    </message>
    <message>
      <source>the district priced {0}, a product it never sent</source>
      <translation>ज़िले ने {0} का दाम भेजा, पर वह सामान कभी नहीं भेजा</translation>
    </message>
    <message>
      <source>the district sent a {0} change (version {1}) this till cannot read; nothing was applied: {2}</source>
      <translation>ज़िले ने {0} बदलाव (संस्करण {1}) भेजा जो यह काउंटर नहीं पढ़ सकता; कुछ लागू नहीं हुआ: {2}</translation>
    </message>
    <message>
      <source>the district's product {0} names an unknown SHG</source>
      <translation>ज़िले का सामान {0} एक अज्ञात समूह का नाम लेता है</translation>
    </message>
    <message>
      <source>the district's catalog changes stopped at version {0} of {1}; nothing was applied, the next sync tries again</source>
      <translation>ज़िले के सूची बदलाव {1} में से संस्करण {0} पर रुक गए; कुछ लागू नहीं हुआ, अगला सिंक फिर कोशिश करेगा</translation>
    </message>
    <message>
      <source>the district server's certificate could not be verified ({0}); check the CA file given at enrolment</source>
      <translation>ज़िला सर्वर का प्रमाणपत्र जाँचा नहीं जा सका ({0}); नामांकन के समय मिली CA फ़ाइल देखें</translation>
    </message>
    <message>
      <source>the district's answer to a push could not be read</source>
      <translation>भेजे गए डेटा पर ज़िले का जवाब पढ़ा नहीं जा सका</translation>
    </message>
    <message>
      <source>the district's catalog changes could not be read</source>
      <translation>ज़िले के सूची बदलाव पढ़े नहीं जा सके</translation>
    </message>
    <message>
      <source>the district's record of this till could not be read</source>
      <translation>इस काउंटर का ज़िले वाला रिकॉर्ड पढ़ा नहीं जा सका</translation>
    </message>
    <message>
      <source>the district's copy of this till's journal could not be read</source>
      <translation>इस काउंटर की पंजी की ज़िले वाली प्रति पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
      <source>the district's orders could not be read</source>
      <translation>ज़िले के ऑर्डर पढ़े नहीं जा सके</translation>
    </message>
    <message>
      <source>this till recorded an event while catching up; the next sync retries</source>
      <translation>मिलान के दौरान इस काउंटर ने एक घटना दर्ज की; अगला सिंक फिर कोशिश करेगा</translation>
    </message>
    <message>
      <source>the district's copy of event {0} does not check out</source>
      <translation>घटना {0} की ज़िले वाली प्रति जाँच में सही नहीं है</translation>
    </message>
    <message>
      <source>the district's copy of event {0} is not readable</source>
      <translation>घटना {0} की ज़िले वाली प्रति पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
      <source>the CA file {0} does not exist</source>
      <translation>CA फ़ाइल {0} मौजूद नहीं है</translation>
    </message>
    <message>
      <source>the district answered for till {0}, not this one</source>
      <translation>ज़िले ने काउंटर {0} के लिए उत्तर दिया, इसके लिए नहीं</translation>
    </message>
    <message>
      <source>this till is not enrolled with a district: pos enroll --server URL --code CODE</source>
      <translation>यह काउंटर किसी ज़िले से नहीं जुड़ा: pos enroll --server URL --code CODE</translation>
    </message>
    <message>
      <source>this till's district key is not on this machine (a backup restored on another machine?): the district makes a replacement code (pos-server device replace {0}), then: pos enroll --server URL --code CODE</source>
      <translation>इस काउंटर की ज़िला कुंजी इस मशीन पर नहीं है (बैकअप दूसरी मशीन पर वापस लाया गया?): ज़िला बदले का कोड बनाता है (pos-server device replace {0}), फिर: pos enroll --server URL --code CODE</translation>
    </message>
    <message>
      <source>the district's answer named none of the events sent</source>
      <translation>ज़िले के जवाब में भेजी गई कोई घटना नहीं थी</translation>
    </message>
    <message>
      <source>the district left {0} event(s) unanswered; they stay pending</source>
      <translation>ज़िले ने {0} घटनाओं का जवाब नहीं दिया; वे भेजने को बाकी रहेंगी</translation>
    </message>
    <message>
      <source>a sync of this till is already running</source>
      <translation>इस काउंटर का सिंक पहले से चल रहा है</translation>
    </message>
    <message>
      <source>The Z report is not available yet.</source>
      <translation type="vanished">Z रिपोर्ट अभी उपलब्ध नहीं है।</translation>
    </message>
    <message>
      <source>Cash difference a manager approves (paise)</source>
      <translation type="vanished">अंतर जिसे प्रबंधक मंज़ूर करें (पैसे)</translation>
    </message>
    <message>
      <source>Centre's commission</source>
      <translation type="vanished">केंद्र का कमीशन</translation>
    </message>
    <message>
      <source>Paper width (dots)</source>
      <translation type="vanished">कागज़ की चौड़ाई (डॉट)</translation>
    </message>
    <message>
      <source>Ask the printer its status</source>
      <translation type="vanished">प्रिंटर से उसकी स्थिति पूछें</translation>
    </message>
    <message>
      <source>Printer wait (seconds)</source>
      <translation type="vanished">प्रिंटर का इंतज़ार (सेकंड)</translation>
    </message>
    <message>
      <source>Login screen language</source>
      <translation type="vanished">लॉगिन स्क्रीन की भाषा</translation>
    </message>
    <message>
      <source>Customer display</source>
      <translation type="vanished">ग्राहक स्क्रीन</translation>
    </message>
    <message>
      <source>Lock after idle (minutes)</source>
      <translation type="vanished">खाली रहने पर लॉक (मिनट)</translation>
    </message>
    <message>
      <source>Nightly sync hour</source>
      <translation type="vanished">रात के सिंक का घंटा</translation>
    </message>
    <message>
      <source>Sync request time limit (seconds)</source>
      <translation type="vanished">सिंक अनुरोध की समय सीमा (सेकंड)</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation type="vanished">बैकअप फ़ोल्डर</translation>
    </message>
    <message>
      <source>Weighing scale label layout</source>
      <translation type="vanished">तराज़ू लेबल का ढाँचा</translation>
    </message>
    <message>
      <source>yes</source>
      <translation type="vanished">हाँ</translation>
    </message>
    <message>
      <source>no</source>
      <translation type="vanished">नहीं</translation>
    </message>
    <message>
      <source>on</source>
      <translation type="vanished">चालू</translation>
    </message>
    <message>
      <source>auto</source>
      <translation type="vanished">अपने-आप</translation>
    </message>
    <message>
      <source>always</source>
      <translation type="vanished">हमेशा</translation>
    </message>
    <message>
      <source>never</source>
      <translation type="vanished">कभी नहीं</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation type="vanished">हिंदी</translation>
    </message>
    <message>
      <source>not a valid GSTIN: {0} (15 characters, e.g. 10AAAGD1234F1Z5)</source>
      <translation type="vanished">सही GSTIN नहीं: {0} (15 अक्षर, जैसे 10AAAGD1234F1Z5)</translation>
    </message>
    <message>
      <source>this till is already enrolled with {0}</source>
      <translation type="vanished">यह काउंटर पहले से {0} से जुड़ा है</translation>
    </message>
    <message>
      <source>not a valid UPI ID: {0} (e.g. gayashgcentre@sbi)</source>
      <translation type="vanished">सही UPI ID नहीं: {0} (जैसे gayashgcentre@sbi)</translation>
    </message>
    <message>
      <source>(no approval)</source>
      <translation type="vanished">(बिना अनुमति)</translation>
    </message>
    <message>
      <source>Only a manager can open the settings</source>
      <translation type="vanished">सेटिंग्स केवल प्रबंधक खोल सकते हैं</translation>
    </message>
    <message>
      <source>the district server did not answer in time ({0})</source>
      <translation type="vanished">ज़िला सर्वर ने समय पर जवाब नहीं दिया ({0})</translation>
    </message>
    <message>
      <source>the district server cannot be reached ({0}): no network, or it is down</source>
      <translation type="vanished">ज़िला सर्वर तक नहीं पहुँच सके ({0}): नेटवर्क नहीं है, या सर्वर बंद है</translation>
    </message>
    <message>
      <source>unknown sync state column(s): {0}</source>
      <translation type="vanished">अज्ञात सिंक स्थिति कॉलम: {0}</translation>
    </message>
    <message>
      <source>journal payloads hold integers only (money in paise)</source>
      <translation type="vanished">जर्नल में केवल पूर्ण संख्याएँ होती हैं (पैसे में राशि)</translation>
    </message>
    <message>
      <source>denominator must be positive</source>
      <translation type="vanished">भाजक धनात्मक हो</translation>
    </message>
    <message>
      <source>no PDF renderer for {0}</source>
      <translation type="vanished">{0} के लिए PDF बनाने वाला नहीं</translation>
    </message>
    <message>
      <source>Shift close is not available yet</source>
      <translation type="vanished">शिफ्ट बंद करना अभी उपलब्ध नहीं है</translation>
    </message>
    <message>
      <source>not available yet</source>
      <translation type="vanished">अभी उपलब्ध नहीं</translation>
    </message>
  </context>
</TS>
