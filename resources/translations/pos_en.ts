<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IN">
  <context>
    <name>pos</name>
    <message>
      <source>changing the settings</source>
      <translation>changing the settings</translation>
    </message>
    <message>
      <source>a discount</source>
      <translation>a discount</translation>
    </message>
    <message>
      <source>a return</source>
      <translation>a return</translation>
    </message>
    <message>
      <source>voiding a sale</source>
      <translation>voiding a sale</translation>
    </message>
    <message>
      <source>opening the drawer</source>
      <translation>opening the drawer</translation>
    </message>
    <message>
      <source>a paid out</source>
      <translation>a paid out</translation>
    </message>
    <message>
      <source>a restore</source>
      <translation>a restore</translation>
    </message>
    <message>
      <source>unlocking a user</source>
      <translation>unlocking a user</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>Manager PIN</source>
      <translation>Manager PIN</translation>
    </message>
    <message>
      <source>{what} needs a manager's approval: type the manager's PIN</source>
      <translation>{what} needs a manager's approval: type the manager's PIN</translation>
    </message>
    <message>
      <source>Count done</source>
      <translation>Count done</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Change given wrongly</source>
      <translation>Change given wrongly</translation>
    </message>
    <message>
      <source>Counting mistake</source>
      <translation>Counting mistake</translation>
    </message>
    <message>
      <source>Payment not recorded</source>
      <translation>Payment not recorded</translation>
    </message>
    <message>
      <source>Close the shift</source>
      <translation>Close the shift</translation>
    </message>
    <message>
      <source>Close shift</source>
      <translation>Close shift</translation>
    </message>
    <message>
      <source>The Z report is not available yet.</source>
      <translation>The Z report is not available yet.</translation>
    </message>
    <message>
      <source>Z report</source>
      <translation>Z report</translation>
    </message>
    <message>
      <source>Reason for the difference</source>
      <translation>Reason for the difference</translation>
    </message>
    <message>
      <source>Sent to the printer</source>
      <translation>Sent to the printer</translation>
    </message>
    <message>
      <source>PDF saved:</source>
      <translation>PDF saved:</translation>
    </message>
    <message>
      <source>Count the drawer: how many of each note and coin?</source>
      <translation>Count the drawer: how many of each note and coin?</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Shift closed</source>
      <translation>Shift closed</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Print (not set up)</source>
      <translation>Print (not set up)</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>PDF (not set up)</source>
      <translation>PDF (not set up)</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Expected</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open shift</source>
      <translation>Open shift</translation>
    </message>
    <message>
      <source>Apply discount</source>
      <translation>Apply discount</translation>
    </message>
    <message>
      <source>Return selected</source>
      <translation>Return selected</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>Recall</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>Reprint</translation>
    </message>
    <message>
      <source>Retry printing</source>
      <translation>Retry printing</translation>
    </message>
    <message>
      <source>Print labels</source>
      <translation>Print labels</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>Wrong item</translation>
    </message>
    <message>
      <source>Customer changed mind</source>
      <translation>Customer changed mind</translation>
    </message>
    <message>
      <source>Billed by mistake</source>
      <translation>Billed by mistake</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Open the shift</source>
      <translation>Open the shift</translation>
    </message>
    <message>
      <source>Line discount</source>
      <translation>Line discount</translation>
    </message>
    <message>
      <source>Return or void a sale</source>
      <translation>Return or void a sale</translation>
    </message>
    <message>
      <source>Void whole sale</source>
      <translation>Void whole sale</translation>
    </message>
    <message>
      <source>Recall a held cart</source>
      <translation>Recall a held cart</translation>
    </message>
    <message>
      <source>No sale (open drawer)</source>
      <translation>No sale (open drawer)</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Paid in</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Paid out</translation>
    </message>
    <message>
      <source>Cash drop</source>
      <translation>Cash drop</translation>
    </message>
    <message>
      <source>Change for a customer</source>
      <translation>Change for a customer</translation>
    </message>
    <message>
      <source>Check the drawer</source>
      <translation>Check the drawer</translation>
    </message>
    <message>
      <source>Change from the bank</source>
      <translation>Change from the bank</translation>
    </message>
    <message>
      <source>Float top-up</source>
      <translation>Float top-up</translation>
    </message>
    <message>
      <source>Tea and snacks</source>
      <translation>Tea and snacks</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>Cleaning</translation>
    </message>
    <message>
      <source>Too much cash in the drawer</source>
      <translation>Too much cash in the drawer</translation>
    </message>
    <message>
      <source>To the safe</source>
      <translation>To the safe</translation>
    </message>
    <message>
      <source>Cash drawer</source>
      <translation>Cash drawer</translation>
    </message>
    <message>
      <source>Reprint a receipt</source>
      <translation>Reprint a receipt</translation>
    </message>
    <message>
      <source>Print problems</source>
      <translation>Print problems</translation>
    </message>
    <message>
      <source>Reprint (DUPLICATE)</source>
      <translation>Reprint (DUPLICATE)</translation>
    </message>
    <message>
      <source>Barcode labels</source>
      <translation>Barcode labels</translation>
    </message>
    <message>
      <source>Discount in rupees for the whole line</source>
      <translation>Discount in rupees for the whole line</translation>
    </message>
    <message>
      <source>Receipt number, then Enter</source>
      <translation>Receipt number, then Enter</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <source>UPI</source>
      <translation>UPI</translation>
    </message>
    <message>
      <source>Refund by</source>
      <translation>Refund by</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>a cash movement</source>
      <translation>a cash movement</translation>
    </message>
    <message>
      <source>Receipts not printed yet</source>
      <translation>Receipts not printed yet</translation>
    </message>
    <message>
      <source>Product (SKU or barcode)</source>
      <translation>Product (SKU or barcode)</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>Opening cash float (counted in the drawer)</source>
      <translation>Opening cash float (counted in the drawer)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>Sold</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>Receipt number (the last one is filled in)</source>
      <translation>Receipt number (the last one is filled in)</translation>
    </message>
    <message>
      <source>These receipts were sold but have not printed yet:</source>
      <translation>These receipts were sold but have not printed yet:</translation>
    </message>
    <message>
      <source>choose how many of which line to return</source>
      <translation>choose how many of which line to return</translation>
    </message>
    <message>
      <source>lines</source>
      <translation>lines</translation>
    </message>
    <message>
      <source>Nothing is waiting to print</source>
      <translation>Nothing is waiting to print</translation>
    </message>
    <message>
      <source>Set up</source>
      <translation>Set up</translation>
    </message>
    <message>
      <source>Tax invoice (GST registered)</source>
      <translation>Tax invoice (GST registered)</translation>
    </message>
    <message>
      <source>Bill of supply</source>
      <translation>Bill of supply</translation>
    </message>
    <message>
      <source>Cash memo</source>
      <translation>Cash memo</translation>
    </message>
    <message>
      <source>Set up Sarv POS</source>
      <translation>Set up Sarv POS</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Welcome. How does this outlet start?</source>
      <translation>Welcome. How does this outlet start?</translation>
    </message>
    <message>
      <source>Join the district (enrolment code)</source>
      <translation>Join the district (enrolment code)</translation>
    </message>
    <message>
      <source>A standalone outlet (no district server)</source>
      <translation>A standalone outlet (no district server)</translation>
    </message>
    <message>
      <source>Try the demo outlet</source>
      <translation>Try the demo outlet</translation>
    </message>
    <message>
      <source>only if the district gave you one</source>
      <translation>only if the district gave you one</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <source>Enrolment code</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <source>CA file</source>
      <translation>CA file</translation>
    </message>
    <message>
      <source>Outlet code</source>
      <translation>Outlet code</translation>
    </message>
    <message>
      <source>Outlet name (English)</source>
      <translation>Outlet name (English)</translation>
    </message>
    <message>
      <source>Outlet name (Hindi)</source>
      <translation>Outlet name (Hindi)</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>GSTIN</source>
      <translation>GSTIN</translation>
    </message>
    <message>
      <source>UPI ID</source>
      <translation>UPI ID</translation>
    </message>
    <message>
      <source>Manager's name</source>
      <translation>Manager's name</translation>
    </message>
    <message>
      <source>Manager's PIN</source>
      <translation>Manager's PIN</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>PIN again</translation>
    </message>
    <message>
      <source>The two PINs differ</source>
      <translation>The two PINs differ</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Setting up…</translation>
    </message>
    <message>
      <source>Enrolling and pulling the catalog…</source>
      <translation>Enrolling and pulling the catalog…</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>cashier</source>
      <translation>cashier</translation>
    </message>
    <message>
      <source>manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>admin</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>Unlock a user</source>
      <translation>Unlock a user</translation>
    </message>
    <message>
      <source>Unlock with another manager</source>
      <translation>Unlock with another manager</translation>
    </message>
    <message>
      <source>Choose your name and type your PIN, then Enter</source>
      <translation>Choose your name and type your PIN, then Enter</translation>
    </message>
    <message>
      <source>Type the PIN to unlock; the cart is kept</source>
      <translation>Type the PIN to unlock; the cart is kept</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>Unlocked</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <source>not set up</source>
      <translation>not set up</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>Last receipt</translation>
    </message>
    <message>
      <source>Sync started</source>
      <translation>Sync started</translation>
    </message>
    <message>
      <source>Complete or hold the cart before restoring</source>
      <translation>Complete or hold the cart before restoring</translation>
    </message>
    <message>
      <source>Complete or hold the cart before closing the shift</source>
      <translation>Complete or hold the cart before closing the shift</translation>
    </message>
    <message>
      <source>Something went wrong inside Sarv POS. The cart on screen is kept; carry on, and tell your manager. Details are in the log.</source>
      <translation>Something went wrong inside Sarv POS. The cart on screen is kept; carry on, and tell your manager. Details are in the log.</translation>
    </message>
    <message>
      <source>Cashier</source>
      <translation>Cashier</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>Settings saved</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>closed</translation>
    </message>
    <message>
      <source>since</source>
      <translation>since</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <source>in stock</source>
      <translation>in stock</translation>
    </message>
    <message>
      <source>Complete sale</source>
      <translation>Complete sale</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>Add part payment</source>
      <translation>Add part payment</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Still due</source>
      <translation>Still due</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Remove part payment</source>
      <translation>Remove part payment</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>Exact</translation>
    </message>
    <message>
      <source>Paid so far (split tender)</source>
      <translation>Paid so far (split tender)</translation>
    </message>
    <message>
      <source>UTR (optional)</source>
      <translation>UTR (optional)</translation>
    </message>
    <message>
      <source>Card slip reference</source>
      <translation>Card slip reference</translation>
    </message>
    <message>
      <source>type the amount in rupees, for example 120 or 120.50</source>
      <translation>type the amount in rupees, for example 120 or 120.50</translation>
    </message>
    <message>
      <source>This outlet has no UPI ID set up; take the payment on the outlet's own QR and type the UTR</source>
      <translation>This outlet has no UPI ID set up; take the payment on the outlet's own QR and type the UTR</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Taxable value</source>
      <translation>Taxable value</translation>
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
      <translation>Round-off</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Pay</source>
      <translation>Pay</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Hold</translation>
    </message>
    <message>
      <source>Return / void</source>
      <translation>Return / void</translation>
    </message>
    <message>
      <source>No sale</source>
      <translation>No sale</translation>
    </message>
    <message>
      <source>Paid in / out</source>
      <translation>Paid in / out</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <source>Scan a barcode, or type a name in English or Hindi, or a SKU</source>
      <translation>Scan a barcode, or type a name in English or Hindi, or a SKU</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Qty +</source>
      <translation>Qty +</translation>
    </message>
    <message>
      <source>Qty −</source>
      <translation>Qty −</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Remove line</translation>
    </message>
    <message>
      <source>Reprint (not set up)</source>
      <translation>Reprint (not set up)</translation>
    </message>
    <message>
      <source>Choose a line first</source>
      <translation>Choose a line first</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Removed</translation>
    </message>
    <message>
      <source>The cart is empty</source>
      <translation>The cart is empty</translation>
    </message>
    <message>
      <source>Cart held</source>
      <translation>Cart held</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>Void</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>Printing is not set up</source>
      <translation>Printing is not set up</translation>
    </message>
    <message>
      <source>complete or hold the cart first</source>
      <translation>complete or hold the cart first</translation>
    </message>
    <message>
      <source>The cart in progress was restored</source>
      <translation>The cart in progress was restored</translation>
    </message>
    <message>
      <source>Discount applied</source>
      <translation>Discount applied</translation>
    </message>
    <message>
      <source>No held carts</source>
      <translation>No held carts</translation>
    </message>
    <message>
      <source>Cart recalled</source>
      <translation>Cart recalled</translation>
    </message>
    <message>
      <source>not completed</source>
      <translation>not completed</translation>
    </message>
    <message>
      <source>refund</source>
      <translation>refund</translation>
    </message>
    <message>
      <source>Reprint sent</source>
      <translation>Reprint sent</translation>
    </message>
    <message>
      <source>Sale complete</source>
      <translation>Sale complete</translation>
    </message>
    <message>
      <source>Labels sent</source>
      <translation>Labels sent</translation>
    </message>
    <message>
      <source>No product is called “{name}”</source>
      <translation>No product is called “{name}”</translation>
    </message>
    <message>
      <source>Set quantity</source>
      <translation>Set quantity</translation>
    </message>
    <message>
      <source>How many pieces?</source>
      <translation>How many pieces?</translation>
    </message>
    <message>
      <source>Weight: in kg (1.5) or in g (250 g)</source>
      <translation>Weight: in kg (1.5) or in g (250 g)</translation>
    </message>
    <message>
      <source>Volume: in litres (1.5) or in ml (250 ml)</source>
      <translation>Volume: in litres (1.5) or in ml (250 ml)</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <source>off</source>
      <translation>off</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>not answering</translation>
    </message>
    <message>
      <source>connection lost</source>
      <translation>connection lost</translation>
    </message>
    <message>
      <source>out of paper</source>
      <translation>out of paper</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>problem</translation>
    </message>
    <message>
      <source>not enrolled</source>
      <translation>not enrolled</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <source>syncing</source>
      <translation>syncing</translation>
    </message>
    <message>
      <source>never synced</source>
      <translation>never synced</translation>
    </message>
    <message>
      <source>behind</source>
      <translation>behind</translation>
    </message>
    <message>
      <source>ahead</source>
      <translation>ahead</translation>
    </message>
    <message>
      <source>oldest</source>
      <translation>oldest</translation>
    </message>
    <message>
      <source>need attention</source>
      <translation>need attention</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>waiting</translation>
    </message>
    <message>
      <source>receipt waiting</source>
      <translation>receipt waiting</translation>
    </message>
    <message>
      <source>receipts waiting</source>
      <translation>receipts waiting</translation>
    </message>
    <message>
      <source>last ok</source>
      <translation>last ok</translation>
    </message>
    <message>
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <source>F5: reprint marked DUPLICATE</source>
      <translation>F5: reprint marked DUPLICATE</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>Drawer</source>
      <translation>Drawer</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <source>sent, not confirmed</source>
      <translation>sent, not confirmed</translation>
    </message>
    <message>
      <source>clock</source>
      <translation>clock</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>not enrolled with a district</source>
      <translation>not enrolled with a district</translation>
    </message>
    <message>
      <source>District server</source>
      <translation>District server</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <source>(no approval)</source>
      <translation type="vanished">(no approval)</translation>
    </message>
    <message>
      <source>Only a manager can open the settings</source>
      <translation type="vanished">Only a manager can open the settings</translation>
    </message>
    <message>
      <source>Shift close is not available yet</source>
      <translation type="vanished">Shift close is not available yet</translation>
    </message>
    <message>
      <source>not available yet</source>
      <translation type="vanished">not available yet</translation>
    </message>
  </context>
</TS>
