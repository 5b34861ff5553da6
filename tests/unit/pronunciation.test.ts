import { describe, expect, it } from 'vitest';
import { speakable } from '../../renderer/speech/pronunciation';

/** What the voice is given for what is shown: renderer/speech/pronunciation.ts. */
describe('speakable: Vietnamese', () => {
  const vi = (t: string) => speakable(t, 'vi');
  it('says the names as people at the point do, never "ai" (who) for AI', () => {
    expect(vi('Mở VNeID và tự nhập mã OTP.')).toBe('Mở vê en e ai đi và tự nhập mã ô tê pê.');
    expect(vi('Dùng trợ lý AI an toàn')).toBe('Dùng trợ lý ây ai an toàn');
    expect(vi('Quét mã QR, nhập mã PIN')).toBe('Quét mã kiu a, nhập mã pin');
    expect(vi('Tìm trong CH Play')).toBe('Tìm trong xê hát plây');
    // Only the capitalised abbreviation: the word "ai" stays a word.
    expect(vi('Không đọc mã cho ai')).toBe('Không đọc mã cho ai');
  });
  it('reads web addresses as words and "chấm"', () => {
    expect(vi('Gõ đúng dichvucong.gov.vn vào trình duyệt.')).toBe('Gõ đúng dịch vụ công chấm gov chấm vn vào trình duyệt.');
    expect(vi('https://binhdanhocvuso.gov.vn')).toBe('bình dân học vụ số chấm gov chấm vn');
    expect(vi('kiểm tra tại tinnhiemmang.vn')).toBe('kiểm tra tại tín nhiệm mạng chấm vn');
  });
  it('says @ and #, once, even where the text names them first', () => {
    expect(vi('như dấu a còng (@) hoặc dấu thăng (#).')).toBe('như dấu a còng hoặc dấu thăng.');
    expect(vi('ten@mail')).toBe('ten a còng mail');
  });
  it('says ticket numbers as the board shows them: letter, then each digit', () => {
    expect(vi('Mời số A012 đến bàn số 2')).toBe('Mời số A không một hai đến bàn số hai');
    expect(vi('Số của bạn: AB105')).toBe('Số của bạn: A B một không năm');
  });
  it('reads numbers, ranges, dates and amounts in đồng in words', () => {
    expect(vi('Passcode 6 số, mật khẩu 8–20 ký tự, dãy 12 số')).toBe('Passcode sáu số, mật khẩu tám đến hai mươi ký tự, dãy mười hai số');
    expect(vi('Từ ngày 1/7/2024')).toBe('Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư');
    expect(vi('Quà 100.000 đồng cho mỗi người')).toBe('Quà một trăm nghìn đồng cho mỗi người');
    expect(vi('trên 10 triệu đồng một lần')).toBe('trên mười triệu đồng một lần');
    expect(vi('phí 50.000đ')).toBe('phí năm mươi nghìn đồng');
  });
  it('reads hotlines and phone numbers digit by digit', () => {
    expect(vi('gọi 156, hoặc nhắn tin theo hướng dẫn tới 5656')).toBe('gọi một năm sáu, hoặc nhắn tin theo hướng dẫn tới năm sáu năm sáu');
    expect(vi('tổng đài 19001288')).toBe('tổng đài một chín không không một hai tám tám');
    expect(vi('đường dây nóng 1022, nhánh 8')).toBe('đường dây nóng một không hai hai, nhánh tám');
    expect(vi('số 0912345678')).toBe('số không chín một hai ba bốn năm sáu bảy tám');
  });
});

describe('speakable: English', () => {
  const en = (t: string) => speakable(t, 'en');
  it('spells the abbreviations and reads addresses with "dot"', () => {
    expect(en('Open VNeID and type the OTP.')).toBe('Open V N e I D and type the O T P.');
    expect(en('Type dichvucong.gov.vn exactly.')).toBe('Type dichvucong dot gov dot vn exactly.');
    expect(en('an AI assistant')).toBe('an A I assistant');
  });
  it('says symbols, tickets, dates and amounts', () => {
    expect(en('such as @ or #')).toBe('such as at or hash');
    expect(en('Number A012, please go to desk 2')).toBe('Number A zero one two, please go to desk 2');
    expect(en('Since 1/7/2024')).toBe('Since 1 July 2024');
    expect(en('a 100.000 đồng gift')).toBe('a 100,000 dong gift');
    expect(en('call 156')).toBe('call one five six');
    expect(en('8–20 characters')).toBe('8 to 20 characters');
  });
  it('leaves ordinary text alone and is stable (applying it twice changes nothing more)', () => {
    const t = 'Hang up and go to your commune police.';
    expect(en(t)).toBe(t);
    const once = speakable('Gõ dichvucong.gov.vn, mã OTP, số A012, 100.000 đồng', 'vi');
    expect(speakable(once, 'vi')).toBe(once);
  });
});
