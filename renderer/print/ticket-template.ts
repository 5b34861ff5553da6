import type { IssuedTicket } from '../../contract/dto';
import { qrSvg } from '../components/qr-svg';
import { waitText } from '../i18n/wait-text';
import type { PrintJob } from '../platform/platform';
import { esc, printJob, standaloneDocument, type Receipt } from './html';

/**
 * The one ticket layout, for an 80 mm receipt roll: the number very large, the
 * service, the time, the wait, and a QR code. Plain HTML and CSS so the same
 * template prints from the browser, silently from Electron, and to PDF in tests.
 * No DOM here: it builds strings, so it also runs in Node.
 */

export const TICKET_PAGE = { widthMm: 80, heightMm: 150 } as const;

const TICKET_CSS = `
@page { size: ${TICKET_PAGE.widthMm}mm ${TICKET_PAGE.heightMm}mm; margin: 0; }
.dhp-ticket { box-sizing: border-box; width: ${TICKET_PAGE.widthMm}mm; padding: 4mm 5mm; color: #000; background: #fff;
  font-family: 'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif; text-align: center; line-height: 1.4; }
.dhp-ticket * { margin: 0; }
.dhp-ticket .point { font-size: 11pt; font-weight: 700; }
.dhp-ticket .label { font-size: 12pt; margin-top: 2mm; }
.dhp-ticket .number { font-size: 54pt; font-weight: 700; line-height: 1.25; letter-spacing: 1pt; }
.dhp-ticket .service { font-size: 13pt; font-weight: 700; }
.dhp-ticket .en { font-size: 9pt; font-weight: 400; }
.dhp-ticket .meta { font-size: 11pt; margin-top: 1.5mm; }
.dhp-ticket .qr { width: 30mm; height: 30mm; margin: 2mm auto 0; }
.dhp-ticket .qr svg { width: 100%; height: 100%; }
.dhp-ticket .hint { font-size: 9pt; }
.dhp-ticket .footer { font-size: 10pt; margin-top: 2mm; border-top: 0.4mm dashed #000; padding-top: 1.5mm; }
`;

function ticketBodyHtml(ticket: IssuedTicket): string {
  const issued = new Date(ticket.issuedAt);
  const time = new Intl.DateTimeFormat('vi-VN', { timeZone: ticket.timeZone, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }).format(issued);
  const wait = waitText(ticket.estimatedWaitMinutes);
  const qrText = ticket.takeHomeLink ?? `${ticket.pointName} — ${ticket.displayNumber} — ${ticket.serviceTitle.vi} — ${time}`;
  // The same synchronous encoder as the summary and the screen; no quiet zone drawn, as the ticket has always printed.
  const qr = qrSvg(qrText, { margin: 0, errorCorrectionLevel: 'M' });
  const ahead =
    ticket.peopleAhead === 0 ? { vi: 'Bạn là người tiếp theo', en: 'You are next' } : { vi: `Trước bạn: ${ticket.peopleAhead} người`, en: `${ticket.peopleAhead} ahead of you` };
  return `<div class="dhp-ticket" lang="vi">
  <p class="point">${esc(ticket.pointName)}</p>
  <p class="label">Số của bạn <span class="en">· Your number</span></p>
  <p class="number">${esc(ticket.displayNumber)}</p>
  <p class="service">${esc(ticket.serviceTitle.vi)}<br><span class="en">${esc(ticket.serviceTitle.en)}</span></p>
  <p class="meta">Lấy số lúc ${esc(time)}</p>
  <p class="meta">${esc(ahead.vi)} <span class="en">· ${esc(ahead.en)}</span></p>
  ${wait ? `<p class="meta">Thời gian chờ ${esc(wait.vi)} <span class="en">· Wait ${esc(wait.en)}</span></p>` : ''}
  <div class="qr" role="img" aria-label="QR">${qr}</div>
  <p class="hint">${ticket.takeHomeLink ? `Quét mã để xem trang chính thức <span class="en">· Scan for the official page</span>` : `Thông tin phiếu <span class="en">· Ticket details</span>`}</p>
  <p class="footer">Xin chờ gọi số trên màn hình. <span class="en">Please wait for your number on the screen.</span></p>
</div>`;
}

function ticketReceipt(ticket: IssuedTicket): Receipt {
  return { lang: 'vi', title: ticket.displayNumber, css: TICKET_CSS, bodyHtml: ticketBodyHtml(ticket) };
}

/** A standalone document: for the Electron print window and the PDF test. */
export function ticketDocument(ticket: IssuedTicket): string {
  return standaloneDocument(ticketReceipt(ticket));
}

export function ticketPrintJob(ticket: IssuedTicket): PrintJob {
  return printJob(ticketReceipt(ticket));
}
