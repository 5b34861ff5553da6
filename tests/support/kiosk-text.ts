/**
 * The visitor-facing names the kiosk tests look for, in both languages. Written out
 * here (not imported from the renderer) so a changed label fails a test on purpose.
 */
export type Lang = 'vi' | 'en';

const m = (vi: string, en: string) => ({ vi, en });

export const K = {
  controls: m('Điều khiển', 'Controls'),
  startOver: m('Bắt đầu lại', 'Start over'),
  back: m('Quay lại', 'Back'),
  listenAgain: m('Nghe lại', 'Listen again'),
  textSize: m('Cỡ chữ', 'Text size'),
  contrast: m('Tương phản cao', 'High contrast'),
  /** The language switch is labelled in the language it switches to. */
  otherLanguage: m('English', 'Tiếng Việt'),
  callVolunteer: m('Gọi tình nguyện viên', 'Call a volunteer'),

  readAloud: m('Đọc to', 'Read aloud'),
  stopReading: m('Dừng đọc', 'Stop reading'),
  quieter: m('Nhỏ hơn', 'Quieter'),
  louder: m('To hơn', 'Louder'),

  homeTitle: m('Bạn cần làm gì hôm nay?', 'What would you like to do today?'),
  startGuide: m('Xem hướng dẫn từng bước', 'Show me step by step'),
  startPractice: m('Tập chạm trên hình điện thoại', 'Practise tapping on a phone picture'),

  stepOf: (n: number, of: number) => m(`Bước ${n} trên ${of}`, `Step ${n} of ${of}`),
  continue: m('Tiếp tục', 'Continue'),
  skipPractice: m('Bỏ qua, sang bước sau', 'Skip to the next step'),
  tapHere: (label: { vi: string; en: string }) => m(`Chạm vào đây: ${label.vi}`, `Tap here: ${label.en}`),
  phoneCaption: (title: { vi: string; en: string }) => m(`Hình màn hình điện thoại: ${title.vi}`, `Phone screen picture: ${title.en}`),
  phoneCaptionUntitled: m('Hình màn hình điện thoại', 'Phone screen picture'),
  gentleHint: (label: { vi: string; en: string }) =>
    m(`Gần đúng rồi! Hãy chạm vào chỗ có viền sáng: ${label.vi}.`, `Nearly! Tap the place with the bright border: ${label.en}.`),
  safetyTitle: m('Lưu ý an toàn', 'Safety warning'),
  safetyRead: m('Tôi đã đọc lưu ý này', 'I have read this warning'),
  safetyDone: m('Bạn đã đọc lưu ý an toàn.', 'You have read the safety warning.'),

  questionOf: (n: number, of: number) => m(`Câu hỏi ${n} trên ${of}`, `Question ${n} of ${of}`),
  betterAnswer: m('Cách làm an toàn hơn có dấu ✓.', 'The safer choice has a ✓ mark.'),

  finishedTitle: m('Bạn đã học xong!', 'You have finished!'),
  qrLabel: (label: { vi: string; en: string }) => m(`Mã QR đến trang chính thức: ${label.vi}`, `QR code to the official page: ${label.en}`),
  printSteps: m('In các bước để mang về', 'Print the steps to take home'),
  feedbackQuestion: m('Hướng dẫn này có giúp ích cho bạn không?', 'Did this guide help you?'),
  feedbackFaces: [m('Chưa giúp được', 'Not helpful'), m('Tạm được', 'Okay'), m('Rất có ích', 'Helpful')],
  feedbackThanks: m('Cảm ơn bạn đã cho biết!', 'Thank you for telling us!'),
  backHome: m('Về trang đầu', 'Back to the first page'),

  topicTitle: m('Bạn cần giúp việc gì?', 'What do you need help with?'),
  topicCurrent: m('Việc bạn đang xem', 'What you were looking at'),
  topicOther: m('Việc khác', 'Something else'),
  priorityTitle: m('Bạn có thuộc nhóm được ưu tiên không?', 'Do you belong to a priority group?'),
  priorityChoices: [
    m('Từ 60 tuổi trở lên', 'Aged 60 or over'),
    m('Người khuyết tật', 'Person with a disability'),
    m('Đang mang thai', 'Pregnant'),
    m('Lý do ưu tiên khác', 'Another priority reason'),
    m('Không, tôi chờ theo lượt', 'No, I will wait my turn'),
  ],
  priorityNone: m('Không, tôi chờ theo lượt', 'No, I will wait my turn'),
  yourNumber: m('Số của bạn', 'Your number'),
  printTicket: m('In phiếu số', 'Print my ticket'),
  keepLearning: m('Xem tiếp hướng dẫn trong lúc chờ', 'Keep reading the guide while you wait'),
  done: m('Xong', 'Done'),

  idleTitle: m('Bạn vẫn đang dùng máy chứ?', 'Are you still using the kiosk?'),
  stillHere: m('Tôi vẫn ở đây', "I'm still here"),
} as const;
