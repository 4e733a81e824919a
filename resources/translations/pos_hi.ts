<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
  <context>
    <name>pos</name>
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
      <source>Manager</source>
      <translation>प्रबंधक</translation>
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
      <source>Count done</source>
      <translation>गिनती पूरी</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>पूरा हुआ</translation>
    </message>
    <message>
      <source>Change given wrongly</source>
      <translation>गलत छुट्टा दिया</translation>
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
      <source>The Z report is not available yet.</source>
      <translation>Z रिपोर्ट अभी उपलब्ध नहीं है।</translation>
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
      <source>Sent to the printer</source>
      <translation>प्रिंटर को भेजा</translation>
    </message>
    <message>
      <source>PDF saved:</source>
      <translation>PDF सहेजा:</translation>
    </message>
    <message>
      <source>Count the drawer: how many of each note and coin?</source>
      <translation>दराज़ गिनें: हर नोट और सिक्के कितने हैं?</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>हाँ</translation>
    </message>
    <message>
      <source>no</source>
      <translation>नहीं</translation>
    </message>
    <message>
      <source>Shift closed</source>
      <translation>शिफ्ट बंद हुई</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>प्रिंट</translation>
    </message>
    <message>
      <source>Print (not set up)</source>
      <translation>प्रिंट (सेट नहीं)</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>PDF (not set up)</source>
      <translation>PDF (सेट नहीं)</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>अपेक्षित</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>गिना गया</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>अंतर</translation>
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
      <translation>चुना हुआ वापस</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>वापस लाएँ</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>दर्ज करें</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>दोबारा प्रिंट</translation>
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
      <source>Damaged</source>
      <translation>खराब माल</translation>
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
      <translation>रद्द</translation>
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
      <translation>बिक्री वापसी या रद्द</translation>
    </message>
    <message>
      <source>Void whole sale</source>
      <translation>पूरी बिक्री रद्द</translation>
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
      <source>Paid in</source>
      <translation>नकद जमा</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>नकद भुगतान</translation>
    </message>
    <message>
      <source>Cash drop</source>
      <translation>नकद जमा (तिजोरी)</translation>
    </message>
    <message>
      <source>Change for a customer</source>
      <translation>ग्राहक को छुट्टा</translation>
    </message>
    <message>
      <source>Check the drawer</source>
      <translation>दराज़ की जाँच</translation>
    </message>
    <message>
      <source>Change from the bank</source>
      <translation>बैंक से छुट्टा</translation>
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
      <source>Reprint (DUPLICATE)</source>
      <translation>दोबारा प्रिंट (DUPLICATE / प्रतिलिपि)</translation>
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
      <source>Receipt</source>
      <translation>रसीद</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>कारण</translation>
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
      <source>Refund by</source>
      <translation>वापसी का तरीका</translation>
    </message>
    <message>
      <source>What</source>
      <translation>क्या</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>राशि</translation>
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
      <source>Item</source>
      <translation>सामान</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>बिका</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>वापसी</translation>
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
      <translation>चुनें कि किस पंक्ति के कितने वापस करने हैं</translation>
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
      <source>only if the district gave you one</source>
      <translation>केवल अगर ज़िले ने दी हो</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>चुनें…</translation>
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
      <source>CA file</source>
      <translation>CA फ़ाइल</translation>
    </message>
    <message>
      <source>Outlet code</source>
      <translation>दुकान कोड</translation>
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
      <source>Document</source>
      <translation>दस्तावेज़</translation>
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
      <source>Unlock</source>
      <translation>लॉक खोलें</translation>
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
      <source>Unlocked</source>
      <translation>लॉक खुल गया</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>लॉक है</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>सेटिंग्स</translation>
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
      <source>Something went wrong inside Sarv POS. The cart on screen is kept; carry on, and tell your manager. Details are in the log.</source>
      <translation>सर्व POS में कुछ गड़बड़ हुई। स्क्रीन की कार्ट सुरक्षित है; काम जारी रखें और प्रबंधक को बताएँ। विवरण लॉग में है।</translation>
    </message>
    <message>
      <source>Cashier</source>
      <translation>कैशियर</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>सेटिंग्स सहेजी गईं</translation>
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
      <source>Qty</source>
      <translation>मात्रा</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>दाम</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>छूट</translation>
    </message>
    <message>
      <source>in stock</source>
      <translation>स्टॉक में</translation>
    </message>
    <message>
      <source>Complete sale</source>
      <translation>बिक्री पूरी करें</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>कार्ड</translation>
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
      <source>Total</source>
      <translation>कुल</translation>
    </message>
    <message>
      <source>Still due</source>
      <translation>बाकी</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>वापसी राशि</translation>
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
      <source>Items</source>
      <translation>सामान</translation>
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
      <source>Search</source>
      <translation>खोजें</translation>
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
      <source>Return / void</source>
      <translation>वापसी / रद्द</translation>
    </message>
    <message>
      <source>No sale</source>
      <translation>बिना बिक्री</translation>
    </message>
    <message>
      <source>Paid in / out</source>
      <translation>नकद जमा / भुगतान</translation>
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
      <source>Quantity</source>
      <translation>मात्रा</translation>
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
      <source>Remove line</source>
      <translation>पंक्ति हटाएँ</translation>
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
      <source>Void</source>
      <translation>रद्द</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>दर्ज हुआ</translation>
    </message>
    <message>
      <source>Printing is not set up</source>
      <translation>प्रिंटिंग सेट नहीं है</translation>
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
      <translation>वापसी</translation>
    </message>
    <message>
      <source>Reprint sent</source>
      <translation>दोबारा प्रिंट भेजा</translation>
    </message>
    <message>
      <source>Sale complete</source>
      <translation>बिक्री पूरी</translation>
    </message>
    <message>
      <source>Labels sent</source>
      <translation>लेबल भेजे गए</translation>
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
      <source>Labels</source>
      <translation>लेबल</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>रिपोर्ट</translation>
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
      <source>Save</source>
      <translation>सहेजें</translation>
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
      <source>Restore from a backup…</source>
      <translation>बैकअप से बहाल करें…</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>बैकअप चुनें</translation>
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
      <source>Shift close is not available yet</source>
      <translation type="vanished">शिफ्ट बंद करना अभी उपलब्ध नहीं है</translation>
    </message>
    <message>
      <source>not available yet</source>
      <translation type="vanished">अभी उपलब्ध नहीं</translation>
    </message>
  </context>
</TS>
