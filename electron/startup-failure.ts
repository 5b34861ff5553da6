import path from 'node:path';
import type { BilingualLabel } from '../contract/labels';

/*
 * What the start-up error window says when the data file cannot be opened (finding
 * R3). Pure: the window itself is electron/startup-error-window.ts.
 *
 * The core's storage work (backups, recovery, start-up errors that name the file and
 * what to do) is being done in parallel. Until its typed error is on main, this
 * file maps the core's plain errors itself; once it is, the core's error is passed
 * through as it is: anything with the shape of `StartupFailure`, thrown directly or
 * as `err.startupFailure`, wins over the mapping below (`describeStartupFailure`).
 */

/** A start-up failure as staff should read it: what went wrong, where, and what to do. */
export interface StartupFailure {
  title: BilingualLabel;
  /** The file that could not be opened, in full. */
  file?: string;
  /** The folder it lives in (what to copy, back up or check permissions on). */
  folder?: string;
  whatToDo: BilingualLabel;
  /** The technical message, for support; shown small. */
  detail?: string;
}

function isBilingual(value: unknown): value is BilingualLabel {
  const v = value as BilingualLabel | null;
  return typeof v === 'object' && v !== null && typeof v.vi === 'string' && typeof v.en === 'string';
}

/** Whether `value` already is a start-up failure (the core's typed error, or one made here). */
export function isStartupFailure(value: unknown): value is StartupFailure {
  const v = value as StartupFailure | null;
  return typeof v === 'object' && v !== null && isBilingual(v.title) && isBilingual(v.whatToDo) && (v.file === undefined || typeof v.file === 'string') && (v.folder === undefined || typeof v.folder === 'string');
}

const COPY_FIRST: BilingualLabel = {
  vi: 'Đừng xoá tệp này. Sao chép cả thư mục trên sang USB trước khi làm gì khác.',
  en: 'Do not delete the file. Copy the whole folder above to a USB stick before anything else.',
};

interface Case {
  test: RegExp;
  title: BilingualLabel;
  whatToDo: BilingualLabel;
}

const TITLES = {
  newer: { vi: 'Tệp dữ liệu do một phiên bản mới hơn tạo ra', en: 'The data file was written by a newer version' },
  damaged: { vi: 'Tệp dữ liệu bị hỏng', en: 'The data file is damaged' },
  disk: { vi: 'Ổ đĩa đầy hoặc bị lỗi', en: 'The disk is full or failing' },
  write: { vi: 'Không ghi được vào thư mục dữ liệu', en: 'The data folder cannot be written to' },
} satisfies Record<string, BilingualLabel>;

/** The core's and SQLite's messages, as measured in reliability finding R4, and what each means for staff. */
const CASES: Case[] = [
  {
    test: /newer version/i,
    title: TITLES.newer,
    whatToDo: {
      vi: 'Cài lại phiên bản mới hơn của Điểm Hỗ trợ Số (phiên bản cũ không đọc được tệp này). Tệp vẫn còn nguyên.',
      en: 'Install the newer version of Digital Help Point again (an older one cannot read this file). The file is unchanged.',
    },
  },
  {
    test: /malformed|not a database|integrity check|encrypted|corrupt/i,
    title: TITLES.damaged,
    whatToDo: {
      vi: `${COPY_FIRST.vi} Sau đó khôi phục bản sao lưu mới nhất (thư mục backups bên cạnh, nếu có) hoặc gọi hỗ trợ kỹ thuật.`,
      en: `${COPY_FIRST.en} Then restore the newest backup (the backups folder beside it, if there is one) or call technical support.`,
    },
  },
  {
    test: /disk i\/o|disk is full|sqlite_full|enospc|no space/i,
    title: TITLES.disk,
    whatToDo: {
      vi: 'Giải phóng dung lượng trên ổ đĩa (hoặc kiểm tra ổ đĩa), rồi khởi động lại ứng dụng. Dữ liệu đã lưu vẫn còn.',
      en: 'Free some space on the disk (or have the disk checked), then start the app again. Saved data is kept.',
    },
  },
  {
    test: /read-?only|unable to open|eacces|eperm|erofs|permission denied|access is denied/i,
    title: TITLES.write,
    whatToDo: {
      vi: 'Kiểm tra rằng thư mục tồn tại, ổ đĩa đang được cắm, và tài khoản chạy ki-ốt có quyền ghi vào thư mục, rồi khởi động lại ứng dụng.',
      en: 'Check that the folder exists, its disk is connected, and the kiosk’s user account may write to it; then start the app again.',
    },
  },
];

const GENERIC: Case = {
  test: /.*/,
  title: { vi: 'Không mở được tệp dữ liệu', en: 'The data file could not be opened' },
  whatToDo: {
    vi: `Khởi động lại ứng dụng. Nếu lỗi lặp lại: ${COPY_FIRST.vi.charAt(0).toLowerCase()}${COPY_FIRST.vi.slice(1)} Rồi gọi hỗ trợ kỹ thuật.`,
    en: `Start the app again. If this happens again: ${COPY_FIRST.en.charAt(0).toLowerCase()}${COPY_FIRST.en.slice(1)} Then call technical support.`,
  },
};

function messageOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}

/**
 * The storage work's typed start-up error (core/storage/startup-error.ts on its branch,
 * not yet on main): `name` 'StartupError', a `problem`, the `path` concerned and a
 * bilingual `text` that names it and says what to do. Read by shape, so this file
 * needs no change when it lands.
 */
interface CoreStartupError {
  name: 'StartupError';
  problem: string;
  path: string;
  text: BilingualLabel;
  cause?: unknown;
}

function isCoreStartupError(err: unknown): err is CoreStartupError {
  const e = err as CoreStartupError | null;
  return typeof e === 'object' && e !== null && e.name === 'StartupError' && typeof e.problem === 'string' && typeof e.path === 'string' && isBilingual(e.text);
}

const PROBLEM_TITLES: Record<string, BilingualLabel> = {
  'newer-schema': TITLES.newer,
  'folder-missing': { vi: 'Không có thư mục dữ liệu', en: 'The data folder is missing' },
  'read-only': TITLES.write,
  unreadable: { vi: 'Không đọc được tệp dữ liệu', en: 'The data file cannot be read' },
  'disk-full': TITLES.disk,
  'cannot-open': GENERIC.title,
};

function fromCoreStartupError(err: CoreStartupError, dataFile: string): StartupFailure {
  const isFile = err.problem !== 'folder-missing' && (err.path === dataFile || /\.sqlite$/i.test(err.path));
  const cause = err.cause === undefined ? undefined : messageOf(err.cause);
  return {
    title: PROBLEM_TITLES[err.problem] ?? GENERIC.title,
    ...(isFile ? { file: err.path, folder: path.dirname(err.path) } : { folder: err.path }),
    // The core's text already names the file or folder and says what to do, in both languages.
    whatToDo: err.text,
    ...(cause ? { detail: cause } : {}),
  };
}

/**
 * The failure to show for an error thrown while opening the data file `dataFile`:
 * the core's own typed failure when it gives one, else the case its message matches.
 */
export function describeStartupFailure(err: unknown, dataFile: string): StartupFailure {
  const typed = isStartupFailure(err) ? err : isStartupFailure((err as { startupFailure?: unknown } | null)?.startupFailure) ? (err as { startupFailure: StartupFailure }).startupFailure : null;
  if (typed) return typed;
  if (isCoreStartupError(err)) return fromCoreStartupError(err, dataFile);
  const detail = messageOf(err);
  const found = CASES.find((c) => c.test.test(detail)) ?? GENERIC;
  return { title: found.title, file: dataFile, folder: path.dirname(dataFile), whatToDo: found.whatToDo, detail };
}

/** One line for the log and the console. */
export function startupFailureLine(failure: StartupFailure): string {
  const where = failure.file ?? failure.folder;
  return `Digital Help Point could not start: ${failure.title.en}${where ? ` (${where})` : ''}. ${failure.whatToDo.en}${failure.detail ? ` [${failure.detail}]` : ''}`;
}
