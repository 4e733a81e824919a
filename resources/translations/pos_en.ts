<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IN">
  <context>
    <name>pos</name>
    <message>
      <source>opening the back office</source>
      <translation>opening the back office</translation>
    </message>
    <message>
      <source>Open the back office</source>
      <translation>Open the back office</translation>
    </message>
    <message>
      <source>Back office</source>
      <translation>Back office</translation>
    </message>
    <message>
      <source>Back to the counter</source>
      <translation>Back to the counter</translation>
    </message>
    <message>
      <source>A manager opens the back office with their own PIN</source>
      <translation>A manager opens the back office with their own PIN</translation>
    </message>
    <message>
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <source>Hindi name</source>
      <translation>Hindi name</translation>
    </message>
    <message>
      <source>category</source>
      <translation>category</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unit</translation>
    </message>
    <message>
      <source>HSN</source>
      <translation>HSN</translation>
    </message>
    <message>
      <source>GST</source>
      <translation>GST</translation>
    </message>
    <message>
      <source>MRP</source>
      <translation>MRP</translation>
    </message>
    <message>
      <source>SHG</source>
      <translation>SHG</translation>
    </message>
    <message>
      <source>barcodes</source>
      <translation>barcodes</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>colour</translation>
    </message>
    <message>
      <source>Catalog</source>
      <translation>Catalog</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>GST %</source>
      <translation>GST %</translation>
    </message>
    <message>
      <source>By the tile's place</source>
      <translation>By the tile's place</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>Green</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>Blue</translation>
    </message>
    <message>
      <source>Pink</source>
      <translation>Pink</translation>
    </message>
    <message>
      <source>Orange</source>
      <translation>Orange</translation>
    </message>
    <message>
      <source>Purple</source>
      <translation>Purple</translation>
    </message>
    <message>
      <source>Teal</source>
      <translation>Teal</translation>
    </message>
    <message>
      <source>Brown</source>
      <translation>Brown</translation>
    </message>
    <message>
      <source>Red</source>
      <translation>Red</translation>
    </message>
    <message>
      <source>Filter by name or SKU</source>
      <translation>Filter by name or SKU</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Category colour</source>
      <translation>Category colour</translation>
    </message>
    <message>
      <source>Save product</source>
      <translation>Save product</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>New product</translation>
    </message>
    <message>
      <source>Import a file</source>
      <translation>Import a file</translation>
    </message>
    <message>
      <source>Import what is shown</source>
      <translation>Import what is shown</translation>
    </message>
    <message>
      <source>SHGs…</source>
      <translation>SHGs…</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Export the catalog</source>
      <translation>Export the catalog</translation>
    </message>
    <message>
      <source>From the district: the catalog, prices and rates come only from the district office</source>
      <translation>From the district: the catalog, prices and rates come only from the district office</translation>
    </message>
    <message>
      <source>Barcode</source>
      <translation>Barcode</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>Name (English)</translation>
    </message>
    <message>
      <source>Name (Hindi)</source>
      <translation>Name (Hindi)</translation>
    </message>
    <message>
      <source>Category (Hindi)</source>
      <translation>Category (Hindi)</translation>
    </message>
    <message>
      <source>MRP (₹)</source>
      <translation>MRP (₹)</translation>
    </message>
    <message>
      <source>Price from (date and time)</source>
      <translation>Price from (date and time)</translation>
    </message>
    <message>
      <source>Printing is not set up</source>
      <translation>Printing is not set up</translation>
    </message>
    <message>
      <source>Product saved</source>
      <translation>Product saved</translation>
    </message>
    <message>
      <source>SHG saved</source>
      <translation>SHG saved</translation>
    </message>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>{new} new, {changed} changed, {same} unchanged: press Import to write them</source>
      <translation>{new} new, {changed} changed, {same} unchanged: press Import to write them</translation>
    </message>
    <message>
      <source>Catalog imported</source>
      <translation>Catalog imported</translation>
    </message>
    <message>
      <source>{n} products exported to {file}</source>
      <translation>{n} products exported to {file}</translation>
    </message>
    <message>
      <source>Labels sent</source>
      <translation>Labels sent</translation>
    </message>
    <message>
      <source>Nothing imported: 1 bad row</source>
      <translation>Nothing imported: 1 bad row</translation>
    </message>
    <message>
      <source>Nothing imported: {n} bad rows</source>
      <translation>Nothing imported: {n} bad rows</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>like {example}</source>
      <translation>like {example}</translation>
    </message>
    <message>
      <source>Row {n}</source>
      <translation>Row {n}</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>Stock count</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>On hand</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <source>Scan or type a barcode or SKU</source>
      <translation>Scan or type a barcode or SKU</translation>
    </message>
    <message>
      <source>Quantity per scan</source>
      <translation>Quantity per scan</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Post the count</source>
      <translation>Post the count</translation>
    </message>
    <message>
      <source>Count started again</source>
      <translation>Count started again</translation>
    </message>
    <message>
      <source>Next shelf</source>
      <translation>Next shelf</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>Start again</translation>
    </message>
    <message>
      <source>Press Start again once more to throw away what is counted</source>
      <translation>Press Start again once more to throw away what is counted</translation>
    </message>
    <message>
      <source>Scan what is on the shelves first</source>
      <translation>Scan what is on the shelves first</translation>
    </message>
    <message>
      <source>Give a reason</source>
      <translation>Give a reason</translation>
    </message>
    <message>
      <source>Count posted: 1 adjustment</source>
      <translation>Count posted: 1 adjustment</translation>
    </message>
    <message>
      <source>Count posted: {n} adjustments</source>
      <translation>Count posted: {n} adjustments</translation>
    </message>
    <message>
      <source>Shelf {n}</source>
      <translation>Shelf {n}</translation>
    </message>
    <message>
      <source>District</source>
      <translation>District</translation>
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
      <source>only if the district gave you one</source>
      <translation>only if the district gave you one</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>CA file</source>
      <translation>CA file</translation>
    </message>
    <message>
      <source>Join the district</source>
      <translation>Join the district</translation>
    </message>
    <message>
      <source>Not enrolled: this outlet sells on its own. An enrolment code from the district officer joins it.</source>
      <translation>Not enrolled: this outlet sells on its own. An enrolment code from the district officer joins it.</translation>
    </message>
    <message>
      <source>Type the district server's address (https://…)</source>
      <translation>Type the district server's address (https://…)</translation>
    </message>
    <message>
      <source>Type the enrolment code from the district</source>
      <translation>Type the enrolment code from the district</translation>
    </message>
    <message>
      <source>Enrolled with the {district} district as counter {code}</source>
      <translation>Enrolled with the {district} district as counter {code}</translation>
    </message>
    <message>
      <source>Enrolled with {server} as counter {code}. A fresh code from the district enrols it again (after a revocation).</source>
      <translation>Enrolled with {server} as counter {code}. A fresh code from the district enrols it again (after a revocation).</translation>
    </message>
    <message>
      <source>Stock intake</source>
      <translation>Stock intake</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>SHG price</source>
      <translation>SHG price</translation>
    </message>
    <message>
      <source>Expiry</source>
      <translation>Expiry</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Received on</translation>
    </message>
    <message>
      <source>Barcode or SKU</source>
      <translation>Barcode or SKU</translation>
    </message>
    <message>
      <source>Agreed SHG price (₹ each)</source>
      <translation>Agreed SHG price (₹ each)</translation>
    </message>
    <message>
      <source>Expiry (optional)</source>
      <translation>Expiry (optional)</translation>
    </message>
    <message>
      <source>Receive the delivery</source>
      <translation>Receive the delivery</translation>
    </message>
    <message>
      <source>Intake slip (PDF)</source>
      <translation>Intake slip (PDF)</translation>
    </message>
    <message>
      <source>Delivery received: 1 lot</source>
      <translation>Delivery received: 1 lot</translation>
    </message>
    <message>
      <source>Delivery received: {n} lots</source>
      <translation>Delivery received: {n} lots</translation>
    </message>
    <message>
      <source>An intake quantity must be more than zero</source>
      <translation>An intake quantity must be more than zero</translation>
    </message>
    <message>
      <source>The SHG price is above the MRP</source>
      <translation>The SHG price is above the MRP</translation>
    </message>
    <message>
      <source>Add the delivery's lines first</source>
      <translation>Add the delivery's lines first</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>Add line</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Remove line</translation>
    </message>
    <message>
      <source>The expiry is before the received date</source>
      <translation>The expiry is before the received date</translation>
    </message>
    <message>
      <source>{n} need barcode labels (F8)</source>
      <translation>{n} need barcode labels (F8)</translation>
    </message>
    <message>
      <source>PDF written</source>
      <translation>PDF written</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>Outlet</translation>
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
      <source>Address (English)</source>
      <translation>Address (English)</translation>
    </message>
    <message>
      <source>Address (Hindi)</source>
      <translation>Address (Hindi)</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
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
      <source>Receipt footer (English)</source>
      <translation>Receipt footer (English)</translation>
    </message>
    <message>
      <source>Receipt footer (Hindi)</source>
      <translation>Receipt footer (Hindi)</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Last backup {hours:.1f} hours ago: {file}</source>
      <translation>Last backup {hours:.1f} hours ago: {file}</translation>
    </message>
    <message>
      <source>Outlet saved</source>
      <translation>Outlet saved</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <source>Diagnostics (zip)</source>
      <translation>Diagnostics (zip)</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <source>No backup yet in {folder}</source>
      <translation>No backup yet in {folder}</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>Backup written</translation>
    </message>
    <message>
      <source>Diagnostics written</source>
      <translation>Diagnostics written</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Locked until</source>
      <translation>Locked until</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>Deactivated</translation>
    </message>
    <message>
      <source>Needs a new PIN (Reset PIN)</source>
      <translation>Needs a new PIN (Reset PIN)</translation>
    </message>
    <message>
      <source>New PIN (4 to 8 digits)</source>
      <translation>New PIN (4 to 8 digits)</translation>
    </message>
    <message>
      <source>Cashier</source>
      <translation>Cashier</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>Reset PIN</source>
      <translation>Reset PIN</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <source>A PIN is 4 to 8 digits</source>
      <translation>A PIN is 4 to 8 digits</translation>
    </message>
    <message>
      <source>Type the person's name</source>
      <translation>Type the person's name</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>PIN reset</source>
      <translation>PIN reset</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>Unlocked</translation>
    </message>
    <message>
      <source>Press Deactivate again to deactivate {name}</source>
      <translation>Press Deactivate again to deactivate {name}</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Sale</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <source>Receipt number</source>
      <translation>Receipt number</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>From date</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>Reprint (DUPLICATE)</source>
      <translation>Reprint (DUPLICATE)</translation>
    </message>
    <message>
      <source>Return / void</source>
      <translation>Return / void</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>Void</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Any</translation>
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
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Last 50 of the shift</source>
      <translation>Last 50 of the shift</translation>
    </message>
    <message>
      <source>No receipt matches</source>
      <translation>No receipt matches</translation>
    </message>
    <message>
      <source>Choose a receipt first</source>
      <translation>Choose a receipt first</translation>
    </message>
    <message>
      <source>Reprint sent</source>
      <translation>Reprint sent</translation>
    </message>
    <message>
      <source>Choose a sale first</source>
      <translation>Choose a sale first</translation>
    </message>
    <message>
      <source>1 receipt</source>
      <translation>1 receipt</translation>
    </message>
    <message>
      <source>{n} receipts</source>
      <translation>{n} receipts</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>X report (this shift so far)</source>
      <translation>X report (this shift so far)</translation>
    </message>
    <message>
      <source>Z report of a closed shift</source>
      <translation>Z report of a closed shift</translation>
    </message>
    <message>
      <source>Sales for a period</source>
      <translation>Sales for a period</translation>
    </message>
    <message>
      <source>GST summary by HSN</source>
      <translation>GST summary by HSN</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Z number</source>
      <translation>Z number</translation>
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
      <translation>Print</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>CSV written</source>
      <translation>CSV written</translation>
    </message>
    <message>
      <source>Sent to the printer</source>
      <translation>Sent to the printer</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
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
      <source>Nothing changed</source>
      <translation>Nothing changed</translation>
    </message>
    <message>
      <source>Print a test page</source>
      <translation>Print a test page</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>Settings saved</translation>
    </message>
    <message>
      <source>Record payout</source>
      <translation>Record payout</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Cheque</source>
      <translation>Cheque</translation>
    </message>
    <message>
      <source>SHG statement</source>
      <translation>SHG statement</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>Sold</translation>
    </message>
    <message>
      <source>Gross sales</source>
      <translation>Gross sales</translation>
    </message>
    <message>
      <source>Net payable</source>
      <translation>Net payable</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>SHG payout</source>
      <translation>SHG payout</translation>
    </message>
    <message>
      <source>Amount (₹)</source>
      <translation>Amount (₹)</translation>
    </message>
    <message>
      <source>Reference (UTR, cheque)</source>
      <translation>Reference (UTR, cheque)</translation>
    </message>
    <message>
      <source>Paid on</source>
      <translation>Paid on</translation>
    </message>
    <message>
      <source>From / to date</source>
      <translation>From / to date</translation>
    </message>
    <message>
      <source>A payout needs its reference</source>
      <translation>A payout needs its reference</translation>
    </message>
    <message>
      <source>Payout recorded</source>
      <translation>Payout recorded</translation>
    </message>
    <message>
      <source>Statement (PDF)</source>
      <translation>Statement (PDF)</translation>
    </message>
    <message>
      <source>Choose an SHG first</source>
      <translation>Choose an SHG first</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>1 SHG</source>
      <translation>1 SHG</translation>
    </message>
    <message>
      <source>{n} SHGs</source>
      <translation>{n} SHGs</translation>
    </message>
    <message>
      <source>provisional</source>
      <translation>provisional</translation>
    </message>
    <message>
      <source>Save SHG</source>
      <translation>Save SHG</translation>
    </message>
    <message>
      <source>SHG code</source>
      <translation>SHG code</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Village</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>Bank account</translation>
    </message>
    <message>
      <source>IFSC</source>
      <translation>IFSC</translation>
    </message>
    <message>
      <source>Self-help group</source>
      <translation>Self-help group</translation>
    </message>
    <message>
      <source>New SHG</source>
      <translation>New SHG</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <source>Reorder level</source>
      <translation>Reorder level</translation>
    </message>
    <message>
      <source>Lots</source>
      <translation>Lots</translation>
    </message>
    <message>
      <source>Sold beyond stock</source>
      <translation>Sold beyond stock</translation>
    </message>
    <message>
      <source>Lot</source>
      <translation>Lot</translation>
    </message>
    <message>
      <source>Received qty</source>
      <translation>Received qty</translation>
    </message>
    <message>
      <source>Damaged stock</source>
      <translation>Damaged stock</translation>
    </message>
    <message>
      <source>Expired stock</source>
      <translation>Expired stock</translation>
    </message>
    <message>
      <source>Return to the SHG</source>
      <translation>Return to the SHG</translation>
    </message>
    <message>
      <source>1 product</source>
      <translation>1 product</translation>
    </message>
    <message>
      <source>{n} products</source>
      <translation>{n} products</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <source>Returned to the SHG</source>
      <translation>Returned to the SHG</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>Reorder level saved</source>
      <translation>Reorder level saved</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <source>Return to SHG</source>
      <translation>Return to SHG</translation>
    </message>
    <message>
      <source>Choose a lot first</source>
      <translation>Choose a lot first</translation>
    </message>
    <message>
      <source>Choose a product first</source>
      <translation>Choose a product first</translation>
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
      <source>Z report</source>
      <translation>Z report</translation>
    </message>
    <message>
      <source>Reason for the difference</source>
      <translation>Reason for the difference</translation>
    </message>
    <message>
      <source>a cash difference at close</source>
      <translation>a cash difference at close</translation>
    </message>
    <message>
      <source>Count the drawer: how many of each note and coin?</source>
      <translation>Count the drawer: how many of each note and coin?</translation>
    </message>
    <message>
      <source>Print (not set up)</source>
      <translation>Print (not set up)</translation>
    </message>
    <message>
      <source>PDF (not set up)</source>
      <translation>PDF (not set up)</translation>
    </message>
    <message>
      <source>Queued for the printer</source>
      <translation>Queued for the printer</translation>
    </message>
    <message>
      <source>PDF saved:</source>
      <translation>PDF saved:</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Expected</translation>
    </message>
    <message>
      <source>Shift closed</source>
      <translation>Shift closed</translation>
    </message>
    <message>
      <source>The printer is off or unplugged: switch it on and check its cable. Receipts wait and print when it is back.</source>
      <translation>The printer is off or unplugged: switch it on and check its cable. Receipts wait and print when it is back.</translation>
    </message>
    <message>
      <source>The printer is not answering: check that it is on and its cable or network. Receipts wait and print when it answers.</source>
      <translation>The printer is not answering: check that it is on and its cable or network. Receipts wait and print when it answers.</translation>
    </message>
    <message>
      <source>The printer's connection was lost: check its cable or network. Receipts wait and print when it is back.</source>
      <translation>The printer's connection was lost: check its cable or network. Receipts wait and print when it is back.</translation>
    </message>
    <message>
      <source>The printer is out of paper: open it and load a new roll. The waiting receipts then print.</source>
      <translation>The printer is out of paper: open it and load a new roll. The waiting receipts then print.</translation>
    </message>
    <message>
      <source>The printer has a problem: press Printer below (Ctrl+Shift+P) to see it and retry.</source>
      <translation>The printer has a problem: press Printer below (Ctrl+Shift+P) to see it and retry.</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Scan the next item to start a new bill</source>
      <translation>Scan the next item to start a new bill</translation>
    </message>
    <message>
      <source>Saving the sale…</source>
      <translation>Saving the sale…</translation>
    </message>
    <message>
      <source>Sale complete</source>
      <translation>Sale complete</translation>
    </message>
    <message>
      <source>new</source>
      <translation>new</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>accepted</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>packed</source>
      <translation>packed</translation>
    </message>
    <message>
      <source>out for delivery</source>
      <translation>out for delivery</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>delivered</translation>
    </message>
    <message>
      <source>not delivered</source>
      <translation>not delivered</translation>
    </message>
    <message>
      <source>cancelled by the customer</source>
      <translation>cancelled by the customer</translation>
    </message>
    <message>
      <source>taken by another till</source>
      <translation>taken by another till</translation>
    </message>
    <message>
      <source>cash on delivery</source>
      <translation>cash on delivery</translation>
    </message>
    <message>
      <source>UPI on delivery</source>
      <translation>UPI on delivery</translation>
    </message>
    <message>
      <source>prepaid by UPI</source>
      <translation>prepaid by UPI</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>To collect</source>
      <translation>To collect</translation>
    </message>
    <message>
      <source>Home-delivery orders</source>
      <translation>Home-delivery orders</translation>
    </message>
    <message>
      <source>Reject the order</source>
      <translation>Reject the order</translation>
    </message>
    <message>
      <source>Why? (the customer sees this)</source>
      <translation>Why? (the customer sees this)</translation>
    </message>
    <message>
      <source>Dispatch</source>
      <translation>Dispatch</translation>
    </message>
    <message>
      <source>Delivery person's name</source>
      <translation>Delivery person's name</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>Not delivered</translation>
    </message>
    <message>
      <source>Why was it not delivered?</source>
      <translation>Why was it not delivered?</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Reject</translation>
    </message>
    <message>
      <source>Pack and print slip</source>
      <translation>Pack and print slip</translation>
    </message>
    <message>
      <source>Delivered and paid</source>
      <translation>Delivered and paid</translation>
    </message>
    <message>
      <source>Back to sale</source>
      <translation>Back to sale</translation>
    </message>
    <message>
      <source>New home-delivery order</source>
      <translation>New home-delivery order</translation>
    </message>
    <message>
      <source>prepaid</source>
      <translation>prepaid</translation>
    </message>
    <message>
      <source>No orders yet.</source>
      <translation>No orders yet.</translation>
    </message>
    <message>
      <source>Accepted: the district is told with the next sync.</source>
      <translation>Accepted: the district is told with the next sync.</translation>
    </message>
    <message>
      <source>Packed: the goods are held and the slip printed.</source>
      <translation>Packed: the goods are held and the slip printed.</translation>
    </message>
    <message>
      <source>Paid by UPI</source>
      <translation>Paid by UPI</translation>
    </message>
    <message>
      <source>UTR (UPI reference)</source>
      <translation>UTR (UPI reference)</translation>
    </message>
    <message>
      <source>Delivered: the sale is complete.</source>
      <translation>Delivered: the sale is complete.</translation>
    </message>
    <message>
      <source>Rejected.</source>
      <translation>Rejected.</translation>
    </message>
    <message>
      <source>Out for delivery.</source>
      <translation>Out for delivery.</translation>
    </message>
    <message>
      <source>Not delivered: the goods are back in stock.</source>
      <translation>Not delivered: the goods are back in stock.</translation>
    </message>
    <message>
      <source>Delivery by</source>
      <translation>Delivery by</translation>
    </message>
    <message>
      <source>Complete sale</source>
      <translation>Complete sale</translation>
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
      <source>Still due</source>
      <translation>Still due</translation>
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
      <source>Void the whole sale?</source>
      <translation>Void the whole sale?</translation>
    </message>
    <message>
      <source>Yes, void it</source>
      <translation>Yes, void it</translation>
    </message>
    <message>
      <source>No, keep the sale</source>
      <translation>No, keep the sale</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>Refund for the lines chosen</source>
      <translation>Refund for the lines chosen</translation>
    </message>
    <message>
      <source>Void the whole sale {receipt}? The customer gets a refund of {amount}.</source>
      <translation>Void the whole sale {receipt}? The customer gets a refund of {amount}.</translation>
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
      <source>Pay</source>
      <translation>Pay</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Hold</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>Recall</translation>
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
      <source>Reprint</source>
      <translation>Reprint</translation>
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
      <source>Qty +</source>
      <translation>Qty +</translation>
    </message>
    <message>
      <source>Qty −</source>
      <translation>Qty −</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Discount</translation>
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
      <source>Reprint queued for the printer</source>
      <translation>Reprint queued for the printer</translation>
    </message>
    <message>
      <source>Labels queued for the printer</source>
      <translation>Labels queued for the printer</translation>
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
      <source>pc</source>
      <translation>pc</translation>
    </message>
    <message>
      <source>g</source>
      <translation>g</translation>
    </message>
    <message>
      <source>ml</source>
      <translation>ml</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Device</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Tender</source>
      <translation>Tender</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <source>Returns</source>
      <translation>Returns</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>Net</translation>
    </message>
    <message>
      <source>Returns amount</source>
      <translation>Returns amount</translation>
    </message>
    <message>
      <source>Voids</source>
      <translation>Voids</translation>
    </message>
    <message>
      <source>Voids amount</source>
      <translation>Voids amount</translation>
    </message>
    <message>
      <source>Lines removed before payment</source>
      <translation>Lines removed before payment</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <source>Taxable</source>
      <translation>Taxable</translation>
    </message>
    <message>
      <source>Opening float</source>
      <translation>Opening float</translation>
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
      <source>Drops</source>
      <translation>Drops</translation>
    </message>
    <message>
      <source>Expected cash</source>
      <translation>Expected cash</translation>
    </message>
    <message>
      <source>Counted cash</source>
      <translation>Counted cash</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>Variance</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Bills</source>
      <translation>Bills</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Gross</translation>
    </message>
    <message>
      <source>No-sale drawer openings</source>
      <translation>No-sale drawer openings</translation>
    </message>
    <message>
      <source>Discounts</source>
      <translation>Discounts</translation>
    </message>
    <message>
      <source>Note/coin</source>
      <translation>Note/coin</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Drop</translation>
    </message>
    <message>
      <source>over</source>
      <translation>over</translation>
    </message>
    <message>
      <source>short</source>
      <translation>short</translation>
    </message>
    <message>
      <source>cash</source>
      <translation>cash</translation>
    </message>
    <message>
      <source>upi</source>
      <translation>upi</translation>
    </message>
    <message>
      <source>card</source>
      <translation>card</translation>
    </message>
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
      <source>Manager PIN</source>
      <translation>Manager PIN</translation>
    </message>
    <message>
      <source>{what} needs a manager's approval: type the manager's PIN</source>
      <translation>{what} needs a manager's approval: type the manager's PIN</translation>
    </message>
    <message>
      <source>confirming the clock</source>
      <translation>confirming the clock</translation>
    </message>
    <message>
      <source>Confirm the clock</source>
      <translation>Confirm the clock</translation>
    </message>
    <message>
      <source>If this is wrong, set the computer's date and time first. If it is right, a manager confirms it and the till records again.</source>
      <translation>If this is wrong, set the computer's date and time first. If it is right, a manager confirms it and the till records again.</translation>
    </message>
    <message>
      <source>This till's date and time now</source>
      <translation>This till's date and time now</translation>
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
      <source>Retry printing</source>
      <translation>Retry printing</translation>
    </message>
    <message>
      <source>Print labels</source>
      <translation>Print labels</translation>
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
      <source>Refund by</source>
      <translation>Refund by</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
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
      <source>in stock</source>
      <translation>in stock</translation>
    </message>
    <message>
      <source>This counter's code</source>
      <translation>This counter's code</translation>
    </message>
    <message>
      <source>This counter is {code}: its receipt numbers start {code}-. Another counter of the outlet has its own code.</source>
      <translation>This counter is {code}: its receipt numbers start {code}-. Another counter of the outlet has its own code.</translation>
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
      <source>Outlet code</source>
      <translation>Outlet code</translation>
    </message>
    <message>
      <source>A second counter of this outlet needs another letter</source>
      <translation>A second counter of this outlet needs another letter</translation>
    </message>
    <message>
      <source>Counter letter</source>
      <translation>Counter letter</translation>
    </message>
    <message>
      <source>Address and phone</source>
      <translation>Address and phone</translation>
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
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Orders</translation>
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
      <source>Clock confirmed: try again</source>
      <translation>Clock confirmed: try again</translation>
    </message>
    <message>
      <source>Something went wrong inside Sarv POS. The cart on screen is kept; carry on, and tell your manager. Details are in the log.</source>
      <translation>Something went wrong inside Sarv POS. The cart on screen is kept; carry on, and tell your manager. Details are in the log.</translation>
    </message>
    <message>
      <source>Sarv POS</source>
      <translation>Sarv POS</translation>
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
      <source>No printer is set up: a manager sets one up in Settings</source>
      <translation>No printer is set up: a manager sets one up in Settings</translation>
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
      <source>Cash difference that needs a manager (₹)</source>
      <translation>Cash difference that needs a manager (₹)</translation>
    </message>
    <message>
      <source>Centre's commission on SHG sales (%)</source>
      <translation>Centre's commission on SHG sales (%)</translation>
    </message>
    <message>
      <source>Receipt printer address</source>
      <translation>Receipt printer address</translation>
    </message>
    <message>
      <source>Paper width</source>
      <translation>Paper width</translation>
    </message>
    <message>
      <source>80 mm</source>
      <translation>80 mm</translation>
    </message>
    <message>
      <source>58 mm</source>
      <translation>58 mm</translation>
    </message>
    <message>
      <source>Printer has a cutter</source>
      <translation>Printer has a cutter</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Cash drawer pin</source>
      <translation>Cash drawer pin</translation>
    </message>
    <message>
      <source>Pin 2</source>
      <translation>Pin 2</translation>
    </message>
    <message>
      <source>Pin 5</source>
      <translation>Pin 5</translation>
    </message>
    <message>
      <source>No drawer</source>
      <translation>No drawer</translation>
    </message>
    <message>
      <source>UPI QR on receipts</source>
      <translation>UPI QR on receipts</translation>
    </message>
    <message>
      <source>When paying by UPI</source>
      <translation>When paying by UPI</translation>
    </message>
    <message>
      <source>Always, for an amount due</source>
      <translation>Always, for an amount due</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <source>Ask the printer for its status</source>
      <translation>Ask the printer for its status</translation>
    </message>
    <message>
      <source>Network printers only</source>
      <translation>Network printers only</translation>
    </message>
    <message>
      <source>Always</source>
      <translation>Always</translation>
    </message>
    <message>
      <source>Seconds to wait for the printer</source>
      <translation>Seconds to wait for the printer</translation>
    </message>
    <message>
      <source>Language before anyone logs in</source>
      <translation>Language before anyone logs in</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Screen facing the customer</source>
      <translation>Screen facing the customer</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <source>On</source>
      <translation>On</translation>
    </message>
    <message>
      <source>Lock the counter after (minutes idle)</source>
      <translation>Lock the counter after (minutes idle)</translation>
    </message>
    <message>
      <source>Nightly sync at (hour, 0 to 23)</source>
      <translation>Nightly sync at (hour, 0 to 23)</translation>
    </message>
    <message>
      <source>Sync every (minutes)</source>
      <translation>Sync every (minutes)</translation>
    </message>
    <message>
      <source>Longest sync request (seconds)</source>
      <translation>Longest sync request (seconds)</translation>
    </message>
    <message>
      <source>Send sales after (seconds)</source>
      <translation>Send sales after (seconds)</translation>
    </message>
    <message>
      <source>Look for delivery orders every (seconds)</source>
      <translation>Look for delivery orders every (seconds)</translation>
    </message>
    <message>
      <source>Delivery charge product (SKU)</source>
      <translation>Delivery charge product (SKU)</translation>
    </message>
    <message>
      <source>Keep delivery customers' details (days)</source>
      <translation>Keep delivery customers' details (days)</translation>
    </message>
    <message>
      <source>Backup folder (empty: the data folder)</source>
      <translation>Backup folder (empty: the data folder)</translation>
    </message>
    <message>
      <source>Weighing-scale label layout</source>
      <translation>Weighing-scale label layout</translation>
    </message>
    <message>
      <source>Backups to keep</source>
      <translation>Backups to keep</translation>
    </message>
    <message>
      <source>not an amount: {0}</source>
      <translation>not an amount: {0}</translation>
    </message>
    <message>
      <source>amounts are given in rupees as text, for example 12.50</source>
      <translation>amounts are given in rupees as text, for example 12.50</translation>
    </message>
    <message>
      <source>not an amount in rupees: {0} (for example 12.50)</source>
      <translation>not an amount in rupees: {0} (for example 12.50)</translation>
    </message>
    <message>
      <source>amount too large: {0}</source>
      <translation>amount too large: {0}</translation>
    </message>
    <message>
      <source>amount must be more than zero</source>
      <translation>amount must be more than zero</translation>
    </message>
    <message>
      <source>GST rate out of range: {0} basis points</source>
      <translation>GST rate out of range: {0} basis points</translation>
    </message>
    <message>
      <source>a comma only groups thousands (1,250 or 1,23,456): {0}; for paise use a point, 12.50</source>
      <translation>a comma only groups thousands (1,250 or 1,23,456): {0}; for paise use a point, 12.50</translation>
    </message>
    <message>
      <source>amount cannot be negative: {0}</source>
      <translation>amount cannot be negative: {0}</translation>
    </message>
    <message>
      <source>{0} is not a quantity (for example 3, 1.5 kg or 250 g)</source>
      <translation>{0} is not a quantity (for example 3, 1.5 kg or 250 g)</translation>
    </message>
    <message>
      <source>a quantity must be more than zero</source>
      <translation>a quantity must be more than zero</translation>
    </message>
    <message>
      <source>{0}: this item is sold by the piece; type a whole number</source>
      <translation>{0}: this item is sold by the piece; type a whole number</translation>
    </message>
    <message>
      <source>{0}: this item is sold by {1}</source>
      <translation>{0}: this item is sold by {1}</translation>
    </message>
    <message>
      <source>{0}: type whole {1}, or use {2}</source>
      <translation>{0}: type whole {1}, or use {2}</translation>
    </message>
    <message>
      <source>an amount in words cannot be negative</source>
      <translation>an amount in words cannot be negative</translation>
    </message>
    <message>
      <source>this ledger was written by a newer Sarv POS (migration {0}); install the newer version to open it</source>
      <translation>this ledger was written by a newer Sarv POS (migration {0}); install the newer version to open it</translation>
    </message>
    <message>
      <source>a delivery needs at least one line</source>
      <translation>a delivery needs at least one line</translation>
    </message>
    <message>
      <source>no SHG with code {0}: add it to the catalog first</source>
      <translation>no SHG with code {0}: add it to the catalog first</translation>
    </message>
    <message>
      <source>a reorder level is a whole number of 0 or more, not {0}</source>
      <translation>a reorder level is a whole number of 0 or more, not {0}</translation>
    </message>
    <message>
      <source>a reorder level is at most {0}</source>
      <translation>a reorder level is at most {0}</translation>
    </message>
    <message>
      <source>no product with SKU or barcode {0}</source>
      <translation>no product with SKU or barcode {0}</translation>
    </message>
    <message>
      <source>setting a reorder level needs a manager</source>
      <translation>setting a reorder level needs a manager</translation>
    </message>
    <message>
      <source>no stock lot #{0}</source>
      <translation>no stock lot #{0}</translation>
    </message>
    <message>
      <source>the received date {0} is in the future (today is {1})</source>
      <translation>the received date {0} is in the future (today is {1})</translation>
    </message>
    <message>
      <source>the expiry {0} is before the received date {1}</source>
      <translation>the expiry {0} is before the received date {1}</translation>
    </message>
    <message>
      <source>SHG {0} is no longer active</source>
      <translation>SHG {0} is no longer active</translation>
    </message>
    <message>
      <source>this outlet pays SHGs the margin: give the agreed SHG price of the lot</source>
      <translation>this outlet pays SHGs the margin: give the agreed SHG price of the lot</translation>
    </message>
    <message>
      <source>a stock {0} needs a reason</source>
      <translation>a stock {0} needs a reason</translation>
    </message>
    <message>
      <source>a write-off is {0}, not {1}</source>
      <translation>a write-off is {0}, not {1}</translation>
    </message>
    <message>
      <source>a counted quantity is a whole number of at least 0, not {0}</source>
      <translation>a counted quantity is a whole number of at least 0, not {0}</translation>
    </message>
    <message>
      <source>lot #{0} already has {1} on hand: nothing to adjust</source>
      <translation>lot #{0} already has {1} on hand: nothing to adjust</translation>
    </message>
    <message>
      <source>{0} must be a date like 2026-04-30, not {1}</source>
      <translation>{0} must be a date like 2026-04-30, not {1}</translation>
    </message>
    <message>
      <source>the agreed SHG price must be whole paise</source>
      <translation>the agreed SHG price must be whole paise</translation>
    </message>
    <message>
      <source>the agreed SHG price cannot be negative</source>
      <translation>the agreed SHG price cannot be negative</translation>
    </message>
    <message>
      <source>the agreed SHG price {0} is above the MRP {1} of {2}</source>
      <translation>the agreed SHG price {0} is above the MRP {1} of {2}</translation>
    </message>
    <message>
      <source>lot #{0} ({1} from {2}) has only {3} on hand, cannot take out {4}</source>
      <translation>lot #{0} ({1} from {2}) has only {3} on hand, cannot take out {4}</translation>
    </message>
    <message>
      <source>a stock count needs a reason (for example: monthly count)</source>
      <translation>a stock count needs a reason (for example: monthly count)</translation>
    </message>
    <message>
      <source>a counted quantity cannot be negative</source>
      <translation>a counted quantity cannot be negative</translation>
    </message>
    <message>
      <source>{0} has no lot to count {1} more into: receive it from its SHG first</source>
      <translation>{0} has no lot to count {1} more into: receive it from its SHG first</translation>
    </message>
    <message>
      <source>{0}: {1} is not valid ({2})</source>
      <translation>{0}: {1} is not valid ({2})</translation>
    </message>
    <message>
      <source>no setting named {0}</source>
      <translation>no setting named {0}</translation>
    </message>
    <message>
      <source>cannot store this till's key in {0}: {1}</source>
      <translation>cannot store this till's key in {0}: {1}</translation>
    </message>
    <message>
      <source>{0}: a GSTIN is 15 letters and digits (e.g. 23AAAGG1234F1Z4), not {1}</source>
      <translation>{0}: a GSTIN is 15 letters and digits (e.g. 23AAAGG1234F1Z4), not {1}</translation>
    </message>
    <message>
      <source>{0}: a GSTIN has only letters and digits</source>
      <translation>{0}: a GSTIN has only letters and digits</translation>
    </message>
    <message>
      <source>{0}: {1} is not a state code (01 to 38, 97 or 99) in its first two digits</source>
      <translation>{0}: {1} is not a state code (01 to 38, 97 or 99) in its first two digits</translation>
    </message>
    <message>
      <source>{0}: characters 3 to 12 ({1}) are not a PAN (5 letters, 4 digits, a letter)</source>
      <translation>{0}: characters 3 to 12 ({1}) are not a PAN (5 letters, 4 digits, a letter)</translation>
    </message>
    <message>
      <source>{0}: character 13 is the entity number, 1 to 9 or A to Z, not 0</source>
      <translation>{0}: character 13 is the entity number, 1 to 9 or A to Z, not 0</translation>
    </message>
    <message>
      <source>{0}: character 14 must be Z, not {1}</source>
      <translation>{0}: character 14 must be Z, not {1}</translation>
    </message>
    <message>
      <source>{0}: the check character (the last) is {1} but should be {2}; a character was probably mistyped</source>
      <translation>{0}: the check character (the last) is {1} but should be {2}; a character was probably mistyped</translation>
    </message>
    <message>
      <source>the receipt footer is at most {0} characters</source>
      <translation>the receipt footer is at most {0} characters</translation>
    </message>
    <message>
      <source>choose one of the listed values, not {0}</source>
      <translation>choose one of the listed values, not {0}</translation>
    </message>
    <message>
      <source>a percentage is a number such as 10 or 7.5, not {0}</source>
      <translation>a percentage is a number such as 10 or 7.5, not {0}</translation>
    </message>
    <message>
      <source>a percentage is between 0 and 100 with at most two decimals, not {0}</source>
      <translation>a percentage is between 0 and 100 with at most two decimals, not {0}</translation>
    </message>
    <message>
      <source>a whole number from {0} to {1}, not {2}</source>
      <translation>a whole number from {0} to {1}, not {2}</translation>
    </message>
    <message>
      <source>not a valid UPI ID: {0} (e.g. sarvgwalior@sbi)</source>
      <translation>not a valid UPI ID: {0} (e.g. sarvgwalior@sbi)</translation>
    </message>
    <message>
      <source>a phone number is digits, spaces or '-', not {0}</source>
      <translation>a phone number is digits, spaces or '-', not {0}</translation>
    </message>
    <message>
      <source>choose one of {0}</source>
      <translation>choose one of {0}</translation>
    </message>
    <message>
      <source>an outlet is already set up in {0}</source>
      <translation>an outlet is already set up in {0}</translation>
    </message>
    <message>
      <source>the outlet's details are needed</source>
      <translation>the outlet's details are needed</translation>
    </message>
    <message>
      <source>the manager needs a name</source>
      <translation>the manager needs a name</translation>
    </message>
    <message>
      <source>only a manager can change the outlet's details</source>
      <translation>only a manager can change the outlet's details</translation>
    </message>
    <message>
      <source>document mode must be one of {0}</source>
      <translation>document mode must be one of {0}</translation>
    </message>
    <message>
      <source>only a manager can change the server address</source>
      <translation>only a manager can change the server address</translation>
    </message>
    <message>
      <source>this till is not enrolled with a district: use the set-up wizard</source>
      <translation>this till is not enrolled with a district: use the set-up wizard</translation>
    </message>
    <message>
      <source>the server address {0} is not like https://district.example.in</source>
      <translation>the server address {0} is not like https://district.example.in</translation>
    </message>
    <message>
      <source>only a manager can change the settings</source>
      <translation>only a manager can change the settings</translation>
    </message>
    <message>
      <source>no backup file at {0}</source>
      <translation>no backup file at {0}</translation>
    </message>
    <message>
      <source>{0} fails the integrity check ({1}); nothing was replaced. Choose another backup.</source>
      <translation>{0} fails the integrity check ({1}); nothing was replaced. Choose another backup.</translation>
    </message>
    <message>
      <source>a restore needs a manager's approval</source>
      <translation>a restore needs a manager's approval</translation>
    </message>
    <message>
      <source>the server address starts with https:// (or http://)</source>
      <translation>the server address starts with https:// (or http://)</translation>
    </message>
    <message>
      <source>type the enrolment code the district gave you</source>
      <translation>type the enrolment code the district gave you</translation>
    </message>
    <message>
      <source>{0} cannot be changed here</source>
      <translation>{0} cannot be changed here</translation>
    </message>
    <message>
      <source>a PIN is 4 to 8 digits</source>
      <translation>a PIN is 4 to 8 digits</translation>
    </message>
    <message>
      <source>a user name is 1 to 40 letters, digits, spaces, '.', '-' or '''</source>
      <translation>a user name is 1 to 40 letters, digits, spaces, '.', '-' or '''</translation>
    </message>
    <message>
      <source>role must be one of {0}</source>
      <translation>role must be one of {0}</translation>
    </message>
    <message>
      <source>language must be en or hi</source>
      <translation>language must be en or hi</translation>
    </message>
    <message>
      <source>a user named {0} already exists</source>
      <translation>a user named {0} already exists</translation>
    </message>
    <message>
      <source>no user named {0}</source>
      <translation>no user named {0}</translation>
    </message>
    <message>
      <source>no user #{0}</source>
      <translation>no user #{0}</translation>
    </message>
    <message>
      <source>unknown user or wrong PIN</source>
      <translation>unknown user or wrong PIN</translation>
    </message>
    <message>
      <source>{0} is locked after {1} wrong PINs until {2}</source>
      <translation>{0} is locked after {1} wrong PINs until {2}</translation>
    </message>
    <message>
      <source>{0} has no PIN on this till yet: a manager sets a new one (back office, People, Reset PIN)</source>
      <translation>{0} has no PIN on this till yet: a manager sets a new one (back office, People, Reset PIN)</translation>
    </message>
    <message>
      <source>wrong PIN ({0} tr{1} left)</source>
      <translation>wrong PIN ({0} tr{1} left)</translation>
    </message>
    <message>
      <source>{0} needs a manager's approval</source>
      <translation>{0} needs a manager's approval</translation>
    </message>
    <message>
      <source>{0} is a cashier; {1} needs a manager's approval</source>
      <translation>{0} is a cashier; {1} needs a manager's approval</translation>
    </message>
    <message>
      <source>another manager must unlock {0}</source>
      <translation>another manager must unlock {0}</translation>
    </message>
    <message>
      <source>confirming the clock needs a manager's approval</source>
      <translation>confirming the clock needs a manager's approval</translation>
    </message>
    <message>
      <source>a manager cannot deactivate themselves: another manager must</source>
      <translation>a manager cannot deactivate themselves: another manager must</translation>
    </message>
    <message>
      <source>wrong PIN {0} times: {1} is locked for {2} minutes</source>
      <translation>wrong PIN {0} times: {1} is locked for {2} minutes</translation>
    </message>
    <message>
      <source>a report is one of {0}, not {1}</source>
      <translation>a report is one of {0}, not {1}</translation>
    </message>
    <message>
      <source>an EAN-13 needs 12 digits before its check digit, not {0}</source>
      <translation>an EAN-13 needs 12 digits before its check digit, not {0}</translation>
    </message>
    <message>
      <source>product id {0} does not fit an in-store barcode</source>
      <translation>product id {0} does not fit an in-store barcode</translation>
    </message>
    <message>
      <source>{0} is not a valid EAN-13</source>
      <translation>{0} is not a valid EAN-13</translation>
    </message>
    <message>
      <source>print between 1 and 200 labels at a time</source>
      <translation>print between 1 and 200 labels at a time</translation>
    </message>
    <message>
      <source>barcode {0} already belongs to another product</source>
      <translation>barcode {0} already belongs to another product</translation>
    </message>
    <message>
      <source>unknown printer setting {0}; known: {1}</source>
      <translation>unknown printer setting {0}; known: {1}</translation>
    </message>
    <message>
      <source>no print job {0}</source>
      <translation>no print job {0}</translation>
    </message>
    <message>
      <source>unknown print job kind {0}</source>
      <translation>unknown print job kind {0}</translation>
    </message>
    <message>
      <source>expired: the drawer was not opened; use the drawer key</source>
      <translation>expired: the drawer was not opened; use the drawer key</translation>
    </message>
    <message>
      <source>no printer set up: pos print setup --uri tcp://HOST:9100</source>
      <translation>no printer set up: pos print setup --uri tcp://HOST:9100</translation>
    </message>
    <message>
      <source>no cash drawer set up (printer_drawer_pin is none)</source>
      <translation>no cash drawer set up (printer_drawer_pin is none)</translation>
    </message>
    <message>
      <source>{0}: unknown printer type {1} (tcp, usb, serial, file, win32)</source>
      <translation>{0}: unknown printer type {1} (tcp, usb, serial, file, win32)</translation>
    </message>
    <message>
      <source>not a printer address: {0} (e.g. tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0, win32://Printer Name)</source>
      <translation>not a printer address: {0} (e.g. tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0, win32://Printer Name)</translation>
    </message>
    <message>
      <source>the {0} closed the connection</source>
      <translation>the {0} closed the connection</translation>
    </message>
    <message>
      <source>{0}: a network printer needs a host, e.g. tcp://10.0.0.5:9100</source>
      <translation>{0}: a network printer needs a host, e.g. tcp://10.0.0.5:9100</translation>
    </message>
    <message>
      <source>{0}: USB ids are four hex digits each</source>
      <translation>{0}: USB ids are four hex digits each</translation>
    </message>
    <message>
      <source>{0}: baud must be one of 9600, 19200, 38400, 115200, ...</source>
      <translation>{0}: baud must be one of 9600, 19200, 38400, 115200, ...</translation>
    </message>
    <message>
      <source>{0}: name the port, e.g. serial:///dev/ttyUSB0?baud=9600</source>
      <translation>{0}: name the port, e.g. serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
      <source>{0}: give an absolute path, e.g. file:///dev/usb/lp0</source>
      <translation>{0}: give an absolute path, e.g. file:///dev/usb/lp0</translation>
    </message>
    <message>
      <source>the {0} cannot be used on this computer: {1}</source>
      <translation>the {0} cannot be used on this computer: {1}</translation>
    </message>
    <message>
      <source>the {0} is off or not connected ({1})</source>
      <translation>the {0} is off or not connected ({1})</translation>
    </message>
    <message>
      <source>the {0} is connected but does not answer</source>
      <translation>the {0} is connected but does not answer</translation>
    </message>
    <message>
      <source>the {0} stopped taking data</source>
      <translation>the {0} stopped taking data</translation>
    </message>
    <message>
      <source>the {0} dropped the connection</source>
      <translation>the {0} dropped the connection</translation>
    </message>
    <message>
      <source>the {0} failed: {1}</source>
      <translation>the {0} failed: {1}</translation>
    </message>
    <message>
      <source>{0}: the port must be a number up to 65535, e.g. 9100</source>
      <translation>{0}: the port must be a number up to 65535, e.g. 9100</translation>
    </message>
    <message>
      <source>{0}: give the USB vendor and product id in hex, e.g. usb://04b8:0202</source>
      <translation>{0}: give the USB vendor and product id in hex, e.g. usb://04b8:0202</translation>
    </message>
    <message>
      <source>the {0} is out of paper</source>
      <translation>the {0} is out of paper</translation>
    </message>
    <message>
      <source>the {0} is offline (cover open?)</source>
      <translation>the {0} is offline (cover open?)</translation>
    </message>
    <message>
      <source>cannot write the PDF {0}: {1}</source>
      <translation>cannot write the PDF {0}: {1}</translation>
    </message>
    <message>
      <source>printing needs Qt started on the main thread first</source>
      <translation>printing needs Qt started on the main thread first</translation>
    </message>
    <message>
      <source>the bundled font {0} is missing or damaged</source>
      <translation>the bundled font {0} is missing or damaged</translation>
    </message>
    <message>
      <source>barcode {0} must be 6 to 14 digits</source>
      <translation>barcode {0} must be 6 to 14 digits</translation>
    </message>
    <message>
      <source>barcode {0} has a wrong check digit (it should end in {1})</source>
      <translation>barcode {0} has a wrong check digit (it should end in {1})</translation>
    </message>
    <message>
      <source>scale label {0} has a wrong check digit: scan it again</source>
      <translation>scale label {0} has a wrong check digit: scan it again</translation>
    </message>
    <message>
      <source>effective date {0} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
      <translation>effective date {0} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
      <source>GST rate {0} is not a percentage such as 5 or 12</source>
      <translation>GST rate {0} is not a percentage such as 5 or 12</translation>
    </message>
    <message>
      <source>GST rate {0}% is not a GST slab ({1})</source>
      <translation>GST rate {0}% is not a GST slab ({1})</translation>
    </message>
    <message>
      <source>this outlet is enrolled with the district: catalog, prices and rates come only from the district server (pos sync)</source>
      <translation>this outlet is enrolled with the district: catalog, prices and rates come only from the district server (pos sync)</translation>
    </message>
    <message>
      <source>{0} ({1}) is not on sale any more</source>
      <translation>{0} ({1}) is not on sale any more</translation>
    </message>
    <message>
      <source>{0} ({1}) has no price yet</source>
      <translation>{0} ({1}) has no price yet</translation>
    </message>
    <message>
      <source>{0} ({1}) has no GST rate for HSN {2}</source>
      <translation>{0} ({1}) has no GST rate for HSN {2}</translation>
    </message>
    <message>
      <source>scan or type a barcode or SKU</source>
      <translation>scan or type a barcode or SKU</translation>
    </message>
    <message>
      <source>unknown column(s) {0}</source>
      <translation>unknown column(s) {0}</translation>
    </message>
    <message>
      <source>SHG code {0} must be letters, digits, - or _ (up to 24)</source>
      <translation>SHG code {0} must be letters, digits, - or _ (up to 24)</translation>
    </message>
    <message>
      <source>SHG name_en is empty</source>
      <translation>SHG name_en is empty</translation>
    </message>
    <message>
      <source>SKU {0} must be 1-32 letters, digits, '-', '_' or '.'</source>
      <translation>SKU {0} must be 1-32 letters, digits, '-', '_' or '.'</translation>
    </message>
    <message>
      <source>name_en is empty</source>
      <translation>name_en is empty</translation>
    </message>
    <message>
      <source>category is empty</source>
      <translation>category is empty</translation>
    </message>
    <message>
      <source>unit {0} must be one of {1}</source>
      <translation>unit {0} must be one of {1}</translation>
    </message>
    <message>
      <source>HSN {0} must be 4, 6 or 8 digits</source>
      <translation>HSN {0} must be 4, 6 or 8 digits</translation>
    </message>
    <message>
      <source>shg_code is empty (every product needs a default SHG)</source>
      <translation>shg_code is empty (every product needs a default SHG)</translation>
    </message>
    <message>
      <source>category_colour {0} must be like #2e7d32 (or empty)</source>
      <translation>category_colour {0} must be like #2e7d32 (or empty)</translation>
    </message>
    <message>
      <source>active {0} must be 1 or 0</source>
      <translation>active {0} must be 1 or 0</translation>
    </message>
    <message>
      <source>catalog file not found: {0}</source>
      <translation>catalog file not found: {0}</translation>
    </message>
    <message>
      <source>{0} is not UTF-8 text: {1}</source>
      <translation>{0} is not UTF-8 text: {1}</translation>
    </message>
    <message>
      <source>cannot read {0}: {1}</source>
      <translation>cannot read {0}: {1}</translation>
    </message>
    <message>
      <source>expected an object with "shgs" and/or "products" lists</source>
      <translation>expected an object with "shgs" and/or "products" lists</translation>
    </message>
    <message>
      <source>the file is empty (no header row)</source>
      <translation>the file is empty (no header row)</translation>
    </message>
    <message>
      <source>header lacks column(s): {0}</source>
      <translation>header lacks column(s): {0}</translation>
    </message>
    <message>
      <source>cannot write the catalog file {0}: {1}</source>
      <translation>cannot write the catalog file {0}: {1}</translation>
    </message>
    <message>
      <source>scale label {0}: no product number {1}</source>
      <translation>scale label {0}: no product number {1}</translation>
    </message>
    <message>
      <source>{0} is sold by the piece, not by weight</source>
      <translation>{0} is sold by the piece, not by weight</translation>
    </message>
    <message>
      <source>MRP: {0}</source>
      <translation>MRP: {0}</translation>
    </message>
    <message>
      <source>not valid JSON at column {0}</source>
      <translation>not valid JSON at column {0}</translation>
    </message>
    <message>
      <source>"{0}" must be a list</source>
      <translation>"{0}" must be a list</translation>
    </message>
    <message>
      <source>more fields than the header has</source>
      <translation>more fields than the header has</translation>
    </message>
    <message>
      <source>SHG code {0} appears twice</source>
      <translation>SHG code {0} appears twice</translation>
    </message>
    <message>
      <source>SKU {0} appears twice</source>
      <translation>SKU {0} appears twice</translation>
    </message>
    <message>
      <source>{0}: unknown SHG code {1}</source>
      <translation>{0}: unknown SHG code {1}</translation>
    </message>
    <message>
      <source>{0}: HSN {1} has two different GST rates</source>
      <translation>{0}: HSN {1} has two different GST rates</translation>
    </message>
    <message>
      <source>{0}[{1}] is not an object</source>
      <translation>{0}[{1}] is not an object</translation>
    </message>
    <message>
      <source>barcode {0} is on both {1} and {2}</source>
      <translation>barcode {0} is on both {1} and {2}</translation>
    </message>
    <message>
      <source>{0}: barcode {1} already belongs to {2}</source>
      <translation>{0}: barcode {1} already belongs to {2}</translation>
    </message>
    <message>
      <source>a bank account is 9 to 18 digits, not {0}</source>
      <translation>a bank account is 9 to 18 digits, not {0}</translation>
    </message>
    <message>
      <source>an IFSC is like SBIN0001234, not {0}</source>
      <translation>an IFSC is like SBIN0001234, not {0}</translation>
    </message>
    <message>
      <source>the backup failed its integrity check: {0}</source>
      <translation>the backup failed its integrity check: {0}</translation>
    </message>
    <message>
      <source>cannot create the backup folder {0}: {1}</source>
      <translation>cannot create the backup folder {0}: {1}</translation>
    </message>
    <message>
      <source>the device clock is behind the last recorded event ({0}); check the date and time, then a manager must confirm it</source>
      <translation>the device clock is behind the last recorded event ({0}); check the date and time, then a manager must confirm it</translation>
    </message>
    <message>
      <source>outlet code must be 2 or 3 capital letters or digits, e.g. G01</source>
      <translation>outlet code must be 2 or 3 capital letters or digits, e.g. G01</translation>
    </message>
    <message>
      <source>device letter must be one capital letter, e.g. A</source>
      <translation>device letter must be one capital letter, e.g. A</translation>
    </message>
    <message>
      <source>the outlet needs a name</source>
      <translation>the outlet needs a name</translation>
    </message>
    <message>
      <source>a tax-invoice outlet needs its GSTIN</source>
      <translation>a tax-invoice outlet needs its GSTIN</translation>
    </message>
    <message>
      <source>a bill of supply carries the outlet's GSTIN: give it, or issue cash memos (an outlet that is not registered for GST)</source>
      <translation>a bill of supply carries the outlet's GSTIN: give it, or issue cash memos (an outlet that is not registered for GST)</translation>
    </message>
    <message>
      <source>an outlet ledger already exists at {0}</source>
      <translation>an outlet ledger already exists at {0}</translation>
    </message>
    <message>
      <source>no outlet ledger at {0}: run `pos init` (or `pos demo`) first, or give --data-dir</source>
      <translation>no outlet ledger at {0}: run `pos init` (or `pos demo`) first, or give --data-dir</translation>
    </message>
    <message>
      <source>{0} has no device record; run `pos init` first</source>
      <translation>{0} has no device record; run `pos init` first</translation>
    </message>
    <message>
      <source>cannot create the data folder {0}: {1}</source>
      <translation>cannot create the data folder {0}: {1}</translation>
    </message>
    <message>
      <source>{0} is not a Sarv POS ledger</source>
      <translation>{0} is not a Sarv POS ledger</translation>
    </message>
    <message>
      <source>the ledger has no outlet record</source>
      <translation>the ledger has no outlet record</translation>
    </message>
    <message>
      <source>the ledger file {0} is damaged ({1})</source>
      <translation>the ledger file {0} is damaged ({1})</translation>
    </message>
    <message>
      <source>{0} is not a manager: only a manager sees the expected cash</source>
      <translation>{0} is not a manager: only a manager sees the expected cash</translation>
    </message>
    <message>
      <source>the period starts ({0}) after it ends ({1})</source>
      <translation>the period starts ({0}) after it ends ({1})</translation>
    </message>
    <message>
      <source>no shift is open: an X report needs an open shift</source>
      <translation>no shift is open: an X report needs an open shift</translation>
    </message>
    <message>
      <source>a period is two dates like 2026-04-01 and 2026-04-30, not {0} and {1}</source>
      <translation>a period is two dates like 2026-04-01 and 2026-04-30, not {0} and {1}</translation>
    </message>
    <message>
      <source>shift #{0} is still open: close it for a Z, or take an X</source>
      <translation>shift #{0} is still open: close it for a Z, or take an X</translation>
    </message>
    <message>
      <source>no shift has been closed yet on this till</source>
      <translation>no shift has been closed yet on this till</translation>
    </message>
    <message>
      <source>the commission setting {0} is not valid: use pct:BASIS_POINTS (pct:1000 = 10 %) or margin</source>
      <translation>the commission setting {0} is not valid: use pct:BASIS_POINTS (pct:1000 = 10 %) or margin</translation>
    </message>
    <message>
      <source>the period {0} to {1} has not ended (today is {2}): it can be settled from {3}</source>
      <translation>the period {0} to {1} has not ended (today is {2}): it can be settled from {3}</translation>
    </message>
    <message>
      <source>pay by {0}, not {1}</source>
      <translation>pay by {0}, not {1}</translation>
    </message>
    <message>
      <source>a payout needs its reference (UTR, cheque or voucher number)</source>
      <translation>a payout needs its reference (UTR, cheque or voucher number)</translation>
    </message>
    <message>
      <source>the payment date {0} is in the future (today is {1})</source>
      <translation>the payment date {0} is in the future (today is {1})</translation>
    </message>
    <message>
      <source>a payout amount must be more than zero</source>
      <translation>a payout amount must be more than zero</translation>
    </message>
    <message>
      <source>no SHG with code {0}</source>
      <translation>no SHG with code {0}</translation>
    </message>
    <message>
      <source>the payment date must be like 2026-05-05, not {0}</source>
      <translation>the payment date must be like 2026-05-05, not {0}</translation>
    </message>
    <message>
      <source>recording an SHG payout</source>
      <translation>recording an SHG payout</translation>
    </message>
    <message>
      <source>{0} was already paid for {1} to {2} ({3}, {4} {5} on {6}): a period is paid only once</source>
      <translation>{0} was already paid for {1} to {2} ({3}, {4} {5} on {6}): a period is paid only once</translation>
    </message>
    <message>
      <source>nothing is payable to {0} for {1} to {2} (net {3})</source>
      <translation>nothing is payable to {0} for {1} to {2} (net {3})</translation>
    </message>
    <message>
      <source>{0} is owed {1} for {2} to {3}, not {4}</source>
      <translation>{0} is owed {1} for {2} to {3}, not {4}</translation>
    </message>
    <message>
      <source>a cart is open or held, not {0}</source>
      <translation>a cart is open or held, not {0}</translation>
    </message>
    <message>
      <source>that cart is no longer there (recalled or completed on another screen)</source>
      <translation>that cart is no longer there (recalled or completed on another screen)</translation>
    </message>
    <message>
      <source>give at least the first 4 characters of the order id</source>
      <translation>give at least the first 4 characters of the order id</translation>
    </message>
    <message>
      <source>no order {0} at this outlet</source>
      <translation>no order {0} at this outlet</translation>
    </message>
    <message>
      <source>{0} fits more than one order: give more of its id</source>
      <translation>{0} fits more than one order: give more of its id</translation>
    </message>
    <message>
      <source>order {0} is {1}: it cannot be {2}</source>
      <translation>order {0} is {1}: it cannot be {2}</translation>
    </message>
    <message>
      <source>order {0} was cancelled by the customer</source>
      <translation>order {0} was cancelled by the customer</translation>
    </message>
    <message>
      <source>say why the order is rejected (the customer sees it)</source>
      <translation>say why the order is rejected (the customer sees it)</translation>
    </message>
    <message>
      <source>name the delivery person</source>
      <translation>name the delivery person</translation>
    </message>
    <message>
      <source>order {0} is {1}: only a dispatched order is delivered</source>
      <translation>order {0} is {1}: only a dispatched order is delivered</translation>
    </message>
    <message>
      <source>a delivery is paid in cash or by UPI</source>
      <translation>a delivery is paid in cash or by UPI</translation>
    </message>
    <message>
      <source>say why the order was not delivered</source>
      <translation>say why the order was not delivered</translation>
    </message>
    <message>
      <source>{0}: only {1} on hand for this order of {2}; receive stock or reject the order</source>
      <translation>{0}: only {1} on hand for this order of {2}; receive stock or reject the order</translation>
    </message>
    <message>
      <source>a UPI payment needs its UTR (the 12-digit reference)</source>
      <translation>a UPI payment needs its UTR (the 12-digit reference)</translation>
    </message>
    <message>
      <source>a tender is {0}, not {1}</source>
      <translation>a tender is {0}, not {1}</translation>
    </message>
    <message>
      <source>quantity must be a whole number, not {0}</source>
      <translation>quantity must be a whole number, not {0}</translation>
    </message>
    <message>
      <source>quantity must be at least 1 (got {0})</source>
      <translation>quantity must be at least 1 (got {0})</translation>
    </message>
    <message>
      <source>quantity {0} is too large (at most {1})</source>
      <translation>quantity {0} is too large (at most {1})</translation>
    </message>
    <message>
      <source>{0}: {1} is above the MRP of {2}; selling above MRP is illegal</source>
      <translation>{0}: {1} is above the MRP of {2}; selling above MRP is illegal</translation>
    </message>
    <message>
      <source>a unit price must be more than zero</source>
      <translation>a unit price must be more than zero</translation>
    </message>
    <message>
      <source>a discount cannot be negative</source>
      <translation>a discount cannot be negative</translation>
    </message>
    <message>
      <source>{0}: the discount is not less than the line amount</source>
      <translation>{0}: the discount is not less than the line amount</translation>
    </message>
    <message>
      <source>tendered {0} is below the total {1} ({2} short)</source>
      <translation>tendered {0} is below the total {1} ({2} short)</translation>
    </message>
    <message>
      <source>UPI and card come to {0}, more than the total {1}: only cash gives change</source>
      <translation>UPI and card come to {0}, more than the total {1}: only cash gives change</translation>
    </message>
    <message>
      <source>no shift is open: open a shift first (pos shift open)</source>
      <translation>no shift is open: open a shift first (pos shift open)</translation>
    </message>
    <message>
      <source>this till was restored from a backup: it must catch up with the district before it issues a receipt (connect to the network and sync: pos sync --once)</source>
      <translation>this till was restored from a backup: it must catch up with the district before it issues a receipt (connect to the network and sync: pos sync --once)</translation>
    </message>
    <message>
      <source>the {0} receipt series for {1} is full on this device</source>
      <translation>the {0} receipt series for {1} is full on this device</translation>
    </message>
    <message>
      <source>the cart is empty</source>
      <translation>the cart is empty</translation>
    </message>
    <message>
      <source>no receipt {0} in this outlet's ledger</source>
      <translation>no receipt {0} in this outlet's ledger</translation>
    </message>
    <message>
      <source>{0} is a return, not a sale</source>
      <translation>{0} is a return, not a sale</translation>
    </message>
    <message>
      <source>refunds are paid in cash or by UPI</source>
      <translation>refunds are paid in cash or by UPI</translation>
    </message>
    <message>
      <source>a void needs a reason</source>
      <translation>a void needs a reason</translation>
    </message>
    <message>
      <source>{0} is itself a return</source>
      <translation>{0} is itself a return</translation>
    </message>
    <message>
      <source>{0} already has a return made before this till was restored (held at the district): return it at the district office</source>
      <translation>{0} already has a return made before this till was restored (held at the district): return it at the district office</translation>
    </message>
    <message>
      <source>{0} already has returns; return the rest instead of voiding</source>
      <translation>{0} already has returns; return the rest instead of voiding</translation>
    </message>
    <message>
      <source>a cash refund of {0} is more than the drawer holds ({1}): refund by UPI instead</source>
      <translation>a cash refund of {0} is more than the drawer holds ({1}): refund by UPI instead</translation>
    </message>
    <message>
      <source>the returned quantity exceeds what was allocated to lots</source>
      <translation>the returned quantity exceeds what was allocated to lots</translation>
    </message>
    <message>
      <source>a discount or price override needs the acting cashier</source>
      <translation>a discount or price override needs the acting cashier</translation>
    </message>
    <message>
      <source>unknown tender {0}: use cash, upi or card</source>
      <translation>unknown tender {0}: use cash, upi or card</translation>
    </message>
    <message>
      <source>{0} amount must be more than zero</source>
      <translation>{0} amount must be more than zero</translation>
    </message>
    <message>
      <source>everything on {0} was already returned</source>
      <translation>everything on {0} was already returned</translation>
    </message>
    <message>
      <source>line {0} ({1}): {2} to return but only {3} of {4} sold remain returnable</source>
      <translation>line {0} ({1}): {2} to return but only {3} of {4} sold remain returnable</translation>
    </message>
    <message>
      <source>{0} has no line {1}</source>
      <translation>{0} has no line {1}</translation>
    </message>
    <message>
      <source>line {0} is named twice: give each line once with the quantity to return</source>
      <translation>line {0} is named twice: give each line once with the quantity to return</translation>
    </message>
    <message>
      <source>a discount or price override</source>
      <translation>a discount or price override</translation>
    </message>
    <message>
      <source>no shift #{0}</source>
      <translation>no shift #{0}</translation>
    </message>
    <message>
      <source>no Z number {0}: that shift was never closed on this till</source>
      <translation>no Z number {0}: that shift was never closed on this till</translation>
    </message>
    <message>
      <source>the opening float cannot be negative</source>
      <translation>the opening float cannot be negative</translation>
    </message>
    <message>
      <source>unknown cash movement {0}: use {1}</source>
      <translation>unknown cash movement {0}: use {1}</translation>
    </message>
    <message>
      <source>an amount must be whole paise, not {0}</source>
      <translation>an amount must be whole paise, not {0}</translation>
    </message>
    <message>
      <source>a {0} needs a reason</source>
      <translation>a {0} needs a reason</translation>
    </message>
    <message>
      <source>there is no open shift to close{0}</source>
      <translation>there is no open shift to close{0}</translation>
    </message>
    <message>
      <source>a shift is already open; close it first</source>
      <translation>a shift is already open; close it first</translation>
    </message>
    <message>
      <source>a no-sale drawer opening moves no cash: leave the amount out</source>
      <translation>a no-sale drawer opening moves no cash: leave the amount out</translation>
    </message>
    <message>
      <source>a {0} must be more than zero</source>
      <translation>a {0} must be more than zero</translation>
    </message>
    <message>
      <source>{0} paise is not a denomination we count ({1})</source>
      <translation>{0} paise is not a denomination we count ({1})</translation>
    </message>
    <message>
      <source>the count of {0} must be a whole number</source>
      <translation>the count of {0} must be a whole number</translation>
    </message>
    <message>
      <source>the count of {0} cannot be negative ({1})</source>
      <translation>the count of {0} cannot be negative ({1})</translation>
    </message>
    <message>
      <source>{0} × {1} is too many: a typo?</source>
      <translation>{0} × {1} is too many: a typo?</translation>
    </message>
    <message>
      <source>the drawer is {0} {1}: give a reason for the variance</source>
      <translation>the drawer is {0} {1}: give a reason for the variance</translation>
    </message>
    <message>
      <source>the shift was closed meanwhile</source>
      <translation>the shift was closed meanwhile</translation>
    </message>
    <message>
      <source>cannot {0} {1}: the drawer should hold only {2}</source>
      <translation>cannot {0} {1}: the drawer should hold only {2}</translation>
    </message>
    <message>
      <source>a no-sale drawer opening</source>
      <translation>a no-sale drawer opening</translation>
    </message>
    <message>
      <source>the district priced {0}, a product it never sent</source>
      <translation>the district priced {0}, a product it never sent</translation>
    </message>
    <message>
      <source>the district sent a {0} change (version {1}) this till cannot read; nothing was applied: {2}</source>
      <translation>the district sent a {0} change (version {1}) this till cannot read; nothing was applied: {2}</translation>
    </message>
    <message>
      <source>the district's product {0} names an unknown SHG</source>
      <translation>the district's product {0} names an unknown SHG</translation>
    </message>
    <message>
      <source>the district's catalog changes stopped at version {0} of {1}; nothing was applied, the next sync tries again</source>
      <translation>the district's catalog changes stopped at version {0} of {1}; nothing was applied, the next sync tries again</translation>
    </message>
    <message>
      <source>the district server's certificate could not be verified ({0}); check the CA file given at enrolment</source>
      <translation>the district server's certificate could not be verified ({0}); check the CA file given at enrolment</translation>
    </message>
    <message>
      <source>the district's answer to a push could not be read</source>
      <translation>the district's answer to a push could not be read</translation>
    </message>
    <message>
      <source>the district's catalog changes could not be read</source>
      <translation>the district's catalog changes could not be read</translation>
    </message>
    <message>
      <source>the district's record of this till could not be read</source>
      <translation>the district's record of this till could not be read</translation>
    </message>
    <message>
      <source>the district's copy of this till's journal could not be read</source>
      <translation>the district's copy of this till's journal could not be read</translation>
    </message>
    <message>
      <source>the district's orders could not be read</source>
      <translation>the district's orders could not be read</translation>
    </message>
    <message>
      <source>this till recorded an event while catching up; the next sync retries</source>
      <translation>this till recorded an event while catching up; the next sync retries</translation>
    </message>
    <message>
      <source>the district's copy of event {0} does not check out</source>
      <translation>the district's copy of event {0} does not check out</translation>
    </message>
    <message>
      <source>the district's copy of event {0} is not readable</source>
      <translation>the district's copy of event {0} is not readable</translation>
    </message>
    <message>
      <source>the CA file {0} does not exist</source>
      <translation>the CA file {0} does not exist</translation>
    </message>
    <message>
      <source>the district answered for till {0}, not this one</source>
      <translation>the district answered for till {0}, not this one</translation>
    </message>
    <message>
      <source>this till is not enrolled with a district: pos enroll --server URL --code CODE</source>
      <translation>this till is not enrolled with a district: pos enroll --server URL --code CODE</translation>
    </message>
    <message>
      <source>this till's district key is not on this machine (a backup restored on another machine?): the district makes a replacement code (pos-server device replace {0}), then: pos enroll --server URL --code CODE</source>
      <translation>this till's district key is not on this machine (a backup restored on another machine?): the district makes a replacement code (pos-server device replace {0}), then: pos enroll --server URL --code CODE</translation>
    </message>
    <message>
      <source>the district's answer named none of the events sent</source>
      <translation>the district's answer named none of the events sent</translation>
    </message>
    <message>
      <source>the district left {0} event(s) unanswered; they stay pending</source>
      <translation>the district left {0} event(s) unanswered; they stay pending</translation>
    </message>
    <message>
      <source>a sync of this till is already running</source>
      <translation>a sync of this till is already running</translation>
    </message>
    <message>
      <source>The Z report is not available yet.</source>
      <translation type="vanished">The Z report is not available yet.</translation>
    </message>
    <message>
      <source>opening the drawer without a sale</source>
      <translation type="vanished">opening the drawer without a sale</translation>
    </message>
    <message>
      <source>paying cash out of the drawer</source>
      <translation type="vanished">paying cash out of the drawer</translation>
    </message>
    <message>
      <source>Cash difference a manager approves (paise)</source>
      <translation type="vanished">Cash difference a manager approves (paise)</translation>
    </message>
    <message>
      <source>Centre's commission</source>
      <translation type="vanished">Centre's commission</translation>
    </message>
    <message>
      <source>Paper width (dots)</source>
      <translation type="vanished">Paper width (dots)</translation>
    </message>
    <message>
      <source>Ask the printer its status</source>
      <translation type="vanished">Ask the printer its status</translation>
    </message>
    <message>
      <source>Printer wait (seconds)</source>
      <translation type="vanished">Printer wait (seconds)</translation>
    </message>
    <message>
      <source>Login screen language</source>
      <translation type="vanished">Login screen language</translation>
    </message>
    <message>
      <source>Customer display</source>
      <translation type="vanished">Customer display</translation>
    </message>
    <message>
      <source>Lock after idle (minutes)</source>
      <translation type="vanished">Lock after idle (minutes)</translation>
    </message>
    <message>
      <source>Nightly sync hour</source>
      <translation type="vanished">Nightly sync hour</translation>
    </message>
    <message>
      <source>Sync request time limit (seconds)</source>
      <translation type="vanished">Sync request time limit (seconds)</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation type="vanished">Backup folder</translation>
    </message>
    <message>
      <source>Weighing scale label layout</source>
      <translation type="vanished">Weighing scale label layout</translation>
    </message>
    <message>
      <source>yes</source>
      <translation type="vanished">yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation type="vanished">no</translation>
    </message>
    <message>
      <source>on</source>
      <translation type="vanished">on</translation>
    </message>
    <message>
      <source>auto</source>
      <translation type="vanished">auto</translation>
    </message>
    <message>
      <source>always</source>
      <translation type="vanished">always</translation>
    </message>
    <message>
      <source>never</source>
      <translation type="vanished">never</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation type="vanished">Hindi</translation>
    </message>
    <message>
      <source>not a valid GSTIN: {0} (15 characters, e.g. 10AAAGD1234F1Z5)</source>
      <translation type="vanished">not a valid GSTIN: {0} (15 characters, e.g. 10AAAGD1234F1Z5)</translation>
    </message>
    <message>
      <source>this till is already enrolled with {0}</source>
      <translation type="vanished">this till is already enrolled with {0}</translation>
    </message>
    <message>
      <source>not a valid UPI ID: {0} (e.g. gayashgcentre@sbi)</source>
      <translation type="vanished">not a valid UPI ID: {0} (e.g. gayashgcentre@sbi)</translation>
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
      <source>the district server did not answer in time ({0})</source>
      <translation type="vanished">the district server did not answer in time ({0})</translation>
    </message>
    <message>
      <source>the district server cannot be reached ({0}): no network, or it is down</source>
      <translation type="vanished">the district server cannot be reached ({0}): no network, or it is down</translation>
    </message>
    <message>
      <source>Void the whole sale {receipt}? {amount} goes back to the customer.</source>
      <translation type="vanished">Void the whole sale {receipt}? {amount} goes back to the customer.</translation>
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
