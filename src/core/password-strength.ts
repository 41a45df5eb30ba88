/**
 * A small password strength estimate: no multi-hundred-kilobyte dictionary, just the patterns people use most
 * (a handful of the most common passwords and words, repeats, sequences, keyboard rows, years, their own name or
 * address) and brute force for the rest. Each part of the password is priced in bits by the cheapest way to guess
 * it, the bits are added up, and the total becomes a score from 0 (guessed at once) to 4 (very strong).
 *
 * It is a guide for the person choosing a password, not a security proof: the backend still has the last word.
 */

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** The single most useful hint for the password, as a key the UI turns into a sentence. */
export type PasswordFeedback =
  | 'empty'
  | 'common'
  | 'personal'
  | 'repeats'
  | 'sequence'
  | 'keyboard'
  | 'common-word'
  | 'year'
  | 'short'
  | 'variety'
  | 'longer'
  | 'good';

export interface PasswordStrength {
  score: PasswordScore;
  feedback: PasswordFeedback;
  /** The estimate in bits (log2 of the guesses needed); the score is derived from it. */
  bits: number;
}

/**
 * Longer passwords are scored on their first characters only, which keeps the estimate fast on any input: a
 * password whose first hundred characters are not very strong is not rescued by more of the same.
 */
const MAX_ANALYSED = 100;
/** Below this length a password never scores above 1, whatever its characters. */
const SHORT = 8;

/**
 * Among the most used passwords (breach lists), in English, Spanish and Portuguese, and words they are built
 * from. A whole password that is one of these (give or take digits and symbols around it) scores 0; one that
 * contains one pays a few bits for it instead of a guess per letter.
 */
const COMMON = new Set(
  (
    'password passw0rd pass contraseña contrasena clave senha segredo secreto secret 123456 1234567 12345678 ' +
    '123456789 1234567890 12345 1234 111111 000000 123123 654321 666666 121212 112233 123321 qwerty qwertyuiop ' +
    'azerty asdfgh asdf zxcvbn abc123 iloveyou teamo teamo123 tequiero amor amore love princess princesa dragon ' +
    'monkey mono football futbol soccer baseball master letmein welcome bienvenido bemvindo admin administrator ' +
    'administrador root user usuario usuário login hello hola olá sunshine shadow superman batman trustno1 ' +
    'starwars pokemon charlie michael jordan jessica daniel maria jose juan carlos brasil brazil colombia mexico ' +
    'argentina españa espana peru chile madrid barcelona america estrella flamengo corinthians palmeiras ' +
    'gremio santos mariposa angel angelito familia dios jesus cristo computer computador internet google ' +
    'samsung iphone apple cheese chocolate pepito perro gato tigre lobo summer winter invierno verano ' +
    'primavera soporte support helpdesk ayuda ticket empresa company access acceso test prueba teste demo ' +
    'changeme cambiame mudar default inicio'
  ).split(' ')
);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'qazwsxedc', 'azertyuiop'];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Lower case, accents removed, so "Contraseña" and "MARÍA" meet the lists. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function unleet(text: string): string {
  return [...text].map(char => LEET[char] ?? char).join('');
}

function poolSize(password: string): number {
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[ -/:-@[-`{-~]/.test(password)) pool += 33;
  // Letters with accents, other scripts, emoji: a large alphabet, but counted once.
  if (/[^\x20-\x7e]/.test(password)) pool += 100;
  return Math.max(pool, 10);
}

function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter(pattern => pattern.test(password)).length;
}

type MatchKind = 'personal' | 'repeats' | 'sequence' | 'keyboard' | 'common-word' | 'year';

interface Match {
  kind: MatchKind;
  length: number;
  bits: number;
}

const log2 = Math.log2;

/** A run of one character (`aaaa`) or of one chunk (`abcabc`, `1212`) starting at `start`. */
function repeatAt(chars: string[], start: number, charBits: number): Match | undefined {
  let best: Match | undefined;
  const rest = chars.length - start;
  for (let size = 1; size <= rest / 2; size += 1) {
    let count = 1;
    while (
      start + (count + 1) * size <= chars.length &&
      chars.slice(start + count * size, start + (count + 1) * size).join('') ===
        chars.slice(start, start + size).join('')
    ) {
      count += 1;
    }
    const length = count * size;
    if (count < 2 || (size === 1 && count < 3)) continue;
    const bits = size * charBits + log2(count);
    if (!best || length > best.length) best = { kind: 'repeats', length, bits };
  }
  return best;
}

/** `abcd`, `4321`, `mnop`: characters that go up or down by one. */
function sequenceAt(folded: string[], start: number): Match | undefined {
  const code = (index: number) => folded[index]?.charCodeAt(0) ?? NaN;
  const isAlnum = (index: number) => /[a-z0-9]/.test(folded[index] ?? '');
  if (!isAlnum(start) || !isAlnum(start + 1)) return undefined;
  const delta = code(start + 1) - code(start);
  if (delta !== 1 && delta !== -1) return undefined;
  let end = start + 1;
  while (end + 1 < folded.length && isAlnum(end + 1) && code(end + 1) - code(end) === delta) end += 1;
  const length = end - start + 1;
  if (length < 3) return undefined;
  const alphabet = /[0-9]/.test(folded[start] ?? '') ? 10 : 26;
  return { kind: 'sequence', length, bits: log2(alphabet) + log2(length) + (delta < 0 ? 1 : 0) };
}

/** Four or more neighbours on a keyboard row, either way: `qwer`, `lkjh`, `7890`. */
function keyboardAt(folded: string[], start: number): Match | undefined {
  let best = 0;
  const first = folded[start];
  if (!first) return undefined;
  for (const row of KEYBOARD_ROWS) {
    for (const line of [row, [...row].reverse().join('')]) {
      const position = line.indexOf(first);
      if (position < 0) continue;
      let length = 0;
      while (position + length < line.length && line[position + length] === folded[start + length]) length += 1;
      best = Math.max(best, length);
    }
  }
  return best >= 4 ? { kind: 'keyboard', length: best, bits: log2(KEYBOARD_ROWS.length * 20) + log2(best) } : undefined;
}

/** The longest common word (or the person's own name or address) starting at `start`. */
function wordAt(
  original: string[],
  folded: string[],
  plain: string[],
  start: number,
  personal: readonly string[]
): Match | undefined {
  for (let end = Math.min(folded.length, start + 20); end - start >= 3; end -= 1) {
    const foldedPart = folded.slice(start, end).join('');
    const plainPart = plain.slice(start, end).join('');
    const isPersonal = personal.some(token => token === foldedPart || token === plainPart);
    const isCommon = end - start >= 4 && (COMMON.has(foldedPart) || COMMON.has(plainPart));
    if (!isPersonal && !isCommon) continue;
    const part = original.slice(start, end).join('');
    // Capitals anywhere but first, and digits standing for letters, add a little: people do both predictably.
    const caseBits = part === part.toLowerCase() ? 0 : /^[A-ZÀ-Ý][^A-Z]*$/.test(part) ? 1 : 2;
    const leetBits = foldedPart === plainPart ? 0 : 1;
    const base = isPersonal ? 1 : log2(COMMON.size);
    return { kind: isPersonal ? 'personal' : 'common-word', length: end - start, bits: base + caseBits + leetBits };
  }
  return undefined;
}

function yearAt(folded: string[], start: number): Match | undefined {
  const part = folded.slice(start, start + 4).join('');
  return /^(19\d\d|20[0-4]\d)$/.test(part) ? { kind: 'year', length: 4, bits: log2(150) } : undefined;
}

/** The words of a person's name and address worth looking for: "María Pérez", "mperez@x.com" → maria, perez, mperez. */
function personalTokens(userInputs: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const input of userInputs) {
    for (const token of fold(input).split(/[^a-z0-9]+/)) {
      if (token.length >= 3 && !['com', 'net', 'org', 'gmail', 'hotmail', 'outlook', 'yahoo'].includes(token)) {
        tokens.add(token);
      }
    }
  }
  return [...tokens];
}

function scoreFor(bits: number, length: number): PasswordScore {
  const score: PasswordScore = bits < 20 ? 0 : bits < 30 ? 1 : bits < 40 ? 2 : bits < 52 ? 3 : 4;
  return length < SHORT ? (Math.min(score, 1) as PasswordScore) : score;
}

const FEEDBACK_ORDER: MatchKind[] = ['personal', 'repeats', 'sequence', 'keyboard', 'common-word', 'year'];

/**
 * Estimates how hard `password` is to guess. `userInputs` are things an attacker would try first for this person:
 * their name and e-mail address.
 */
export function estimatePasswordStrength(password: string, userInputs: readonly string[] = []): PasswordStrength {
  if (password.length === 0) return { score: 0, feedback: 'empty', bits: 0 };
  const original = [...password].slice(0, MAX_ANALYSED);
  const folded = original.map(fold);
  const plain = folded.map(char => unleet(char));
  const whole = folded.join('');
  // The password without the digits and symbols people put around a word: "Password1!" is "password".
  const core = whole.replace(/^[^a-z]+|[^a-z]+$/g, '');
  const aroundCommonWord = core.length >= 4 && whole.length - core.length <= 4;
  if (
    COMMON.has(whole) ||
    COMMON.has(unleet(whole)) ||
    (aroundCommonWord && (COMMON.has(core) || COMMON.has(unleet(core))))
  ) {
    return { score: 0, feedback: 'common', bits: log2(COMMON.size) };
  }

  const personal = personalTokens(userInputs);
  const charBits = log2(poolSize(password));
  const found = new Set<MatchKind>();
  let bits = 0;
  let index = 0;
  while (index < original.length) {
    const candidates = [
      wordAt(original, folded, plain, index, personal),
      repeatAt(original, index, charBits),
      sequenceAt(folded, index),
      keyboardAt(folded, index),
      yearAt(folded, index)
    ].filter((match): match is Match => match !== undefined);
    // The match that saves the most bits over guessing its characters one by one.
    let best: Match | undefined;
    for (const match of candidates) {
      const saving = match.length * charBits - match.bits;
      if (saving > 0 && (!best || saving > best.length * charBits - best.bits)) best = match;
    }
    if (best) {
      found.add(best.kind);
      bits += best.bits;
      index += best.length;
    } else {
      bits += charBits;
      index += 1;
    }
  }

  const score = scoreFor(bits, [...password].length);
  let feedback: PasswordFeedback = 'good';
  if (score < 3) {
    feedback =
      FEEDBACK_ORDER.find(kind => found.has(kind)) ??
      ([...password].length < SHORT ? 'short' : characterClasses(password) < 2 ? 'variety' : 'longer');
  }
  return { score, feedback, bits: Math.round(bits * 10) / 10 };
}
