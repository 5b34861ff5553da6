import type { Msg } from '../../i18n/format';

/** Every string the visitor sees on the kiosk, Vietnamese first, side by side with English. */
export const kioskText = {
  homeTitle: { vi: 'Bạn cần làm gì hôm nay?', en: 'What would you like to do today?' },
  homeHint: { vi: 'Chạm vào một ô để được hướng dẫn từng bước.', en: 'Tap a box to be guided step by step.' },
  homeSpoken: {
    vi: 'Xin chào. Bạn cần làm gì hôm nay? Chạm vào một ô để được hướng dẫn từng bước, hoặc chạm nút gọi tình nguyện viên.',
    en: 'Hello. What would you like to do today? Tap a box to be guided step by step, or tap the button to call a volunteer.',
  },
  steps: { vi: '{count} bước', en: '{count} steps' },
  noGuides: { vi: 'Chưa có bài hướng dẫn nào. Xin gọi tình nguyện viên.', en: 'No guides are available yet. Please call a volunteer.' },

  // Before the steps
  goal: { vi: 'Mục tiêu', en: 'What you will do' },
  needs: { vi: 'Bạn cần chuẩn bị', en: 'What you need' },
  noNeeds: { vi: 'Không cần chuẩn bị gì thêm.', en: 'Nothing else is needed.' },
  chooseMode: { vi: 'Bạn muốn học thế nào?', en: 'How would you like to learn?' },
  startGuide: { vi: 'Xem hướng dẫn từng bước', en: 'Show me step by step' },
  startPractice: { vi: 'Tập chạm trên hình điện thoại', en: 'Practise tapping on a phone picture' },
  practiceExplained: {
    vi: 'Khi tập, bạn chạm vào đúng chỗ trên hình điện thoại để sang bước sau.',
    en: 'When practising, you tap the right place on the phone picture to go on.',
  },

  // A step
  stepOf: { vi: 'Bước {n} trên {of}', en: 'Step {n} of {of}' },
  continue: { vi: 'Tiếp tục', en: 'Continue' },
  moreBelow: { vi: 'Còn nữa ở dưới, kéo lên để đọc tiếp', en: 'More below: swipe up to read on' },
  skipPractice: { vi: 'Bỏ qua, sang bước sau', en: 'Skip to the next step' },
  phoneCaption: { vi: 'Hình màn hình điện thoại: {title}', en: 'Phone screen picture: {title}' },
  phoneCaptionUntitled: { vi: 'Hình màn hình điện thoại', en: 'Phone screen picture' },
  tapHere: { vi: 'Chạm vào đây: {label}', en: 'Tap here: {label}' },
  placeToTap: { vi: 'Chỗ cần chạm: {label}', en: 'Place to tap: {label}' },
  placeToTapUnnamed: { vi: 'Chỗ cần chạm có viền sáng trên hình.', en: 'The place to tap has a bright border on the picture.' },
  practiceAsk: { vi: 'Hãy chạm vào đúng chỗ trên hình điện thoại.', en: 'Tap the right place on the phone picture.' },
  gentleHint: { vi: 'Gần đúng rồi! Hãy chạm vào chỗ có viền sáng: {label}.', en: 'Nearly! Tap the place with the bright border: {label}.' },
  gentleHintUnnamed: { vi: 'Gần đúng rồi! Hãy chạm vào chỗ có viền sáng.', en: 'Nearly! Tap the place with the bright border.' },
  safetyTitle: { vi: 'Lưu ý an toàn', en: 'Safety warning' },
  safetyRead: { vi: 'Tôi đã đọc lưu ý này', en: 'I have read this warning' },
  safetyDone: { vi: 'Bạn đã đọc lưu ý an toàn.', en: 'You have read the safety warning.' },
  safetyFirst: { vi: 'Xin đọc lưu ý an toàn trước, rồi chạm “Tôi đã đọc lưu ý này”.', en: 'Please read the safety warning first, then tap “I have read this warning”.' },

  // Questions
  questionOf: { vi: 'Câu hỏi {n} trên {of}', en: 'Question {n} of {of}' },
  questionsIntro: { vi: 'Thử trả lời một câu hỏi ngắn. Không có điểm, chỉ để nhớ lâu hơn.', en: 'Try a short question. There is no score; it just helps you remember.' },
  betterAnswer: { vi: 'Cách làm an toàn hơn có dấu ✓.', en: 'The safer choice has a ✓ mark.' },

  // The end
  finishedTitle: { vi: 'Bạn đã học xong!', en: 'You have finished!' },
  finishedLead: { vi: 'Bạn đã xem hết các bước: {title}.', en: 'You have seen all the steps: {title}.' },
  finishedSpoken: {
    vi: 'Bạn đã học xong. Bạn có thể quét mã để mở trang chính thức, in các bước để mang về, và cho chúng tôi biết hướng dẫn có giúp ích không.',
    en: 'You have finished. You can scan the code to open the official page, print the steps to take home, and tell us whether this guide helped.',
  },
  qrTitle: { vi: 'Trang chính thức', en: 'Official page' },
  qrHint: { vi: 'Mở máy ảnh điện thoại và hướng vào mã này.', en: 'Open your phone camera and point it at this code.' },
  qrLabel: { vi: 'Mã QR đến trang chính thức: {label}', en: 'QR code to the official page: {label}' },
  printSteps: { vi: 'In các bước để mang về', en: 'Print the steps to take home' },
  printing: { vi: 'Đang in. Xin lấy giấy ở khe máy in.', en: 'Printing. Please take the paper from the printer slot.' },
  feedbackQuestion: { vi: 'Hướng dẫn này có giúp ích cho bạn không?', en: 'Did this guide help you?' },
  feedbackThanks: { vi: 'Cảm ơn bạn đã cho biết!', en: 'Thank you for telling us!' },
  backHome: { vi: 'Về trang đầu', en: 'Back to the first page' },

  // Call a volunteer
  topicTitle: { vi: 'Bạn cần giúp việc gì?', en: 'What do you need help with?' },
  topicHint: { vi: 'Chạm vào một ô. Không cần gõ chữ.', en: 'Tap one box. No typing needed.' },
  topicCurrent: { vi: 'Việc bạn đang xem', en: 'What you were looking at' },
  priorityTitle: { vi: 'Bạn có thuộc nhóm được ưu tiên không?', en: 'Do you belong to a priority group?' },
  priorityHint: { vi: 'Người thuộc nhóm ưu tiên được gọi sớm hơn. Không cần giấy tờ.', en: 'People in a priority group are called sooner. No papers needed.' },
  priorityNone: { vi: 'Không, tôi chờ theo lượt', en: 'No, I will wait my turn' },
  issuing: { vi: 'Đang lấy số…', en: 'Getting your number…' },

  // The ticket
  yourNumber: { vi: 'Số của bạn', en: 'Your number' },
  ticketHint: { vi: 'Xin ngồi chờ. Tình nguyện viên sẽ gọi số này trên màn hình và loa.', en: 'Please take a seat. A volunteer will call this number on the screen and the speaker.' },
  peopleAhead: { vi: 'Còn {count} người trước bạn', en: '{count} people ahead of you' },
  nobodyAhead: { vi: 'Bạn là người tiếp theo', en: 'You are next' },
  waitAbout: { vi: 'Thời gian chờ {wait}', en: 'Waiting time {wait}' },
  ticketSpoken: { vi: 'Số của bạn là {spaced}. {ahead}. Xin ngồi chờ, tình nguyện viên sẽ gọi số này.', en: 'Your number is {spaced}. {ahead}. Please take a seat; a volunteer will call this number.' },
  printTicket: { vi: 'In phiếu số', en: 'Print my ticket' },
  keepLearning: { vi: 'Xem tiếp hướng dẫn trong lúc chờ', en: 'Keep reading the guide while you wait' },
  done: { vi: 'Xong', en: 'Done' },

  // Read-aloud bar
  readAloud: { vi: 'Đọc to', en: 'Read aloud' },
  stopReading: { vi: 'Dừng đọc', en: 'Stop reading' },
  quieter: { vi: 'Nhỏ hơn', en: 'Quieter' },
  louder: { vi: 'To hơn', en: 'Louder' },
  volumeState: { vi: 'Âm lượng {n} trên {of}', en: 'Volume {n} of {of}' },
  speaking: { vi: 'Đang đọc…', en: 'Reading aloud…' },
  noVoice: { vi: 'Máy này chưa có giọng đọc. Xin đọc chữ trên màn hình, hoặc gọi tình nguyện viên.', en: 'This kiosk has no reading voice. Please read the text on the screen, or call a volunteer.' },

  // Idle
  idleTitle: { vi: 'Bạn vẫn đang dùng máy chứ?', en: 'Are you still using the kiosk?' },
  idleBody: { vi: 'Nếu không ai chạm, màn hình sẽ về trang đầu sau {seconds} giây để giữ kín thông tin của bạn.', en: 'If nobody touches the screen, it goes back to the first page in {seconds} seconds to keep your information private.' },
  idleSpoken: { vi: 'Bạn vẫn đang dùng máy chứ? Nếu còn, xin chạm nút Tôi vẫn ở đây.', en: 'Are you still using the kiosk? If so, please tap I am still here.' },
  stillHere: { vi: 'Tôi vẫn ở đây', en: "I'm still here" },
} satisfies Record<string, Msg>;
